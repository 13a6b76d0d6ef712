/**
 * The web editor's config is generated from the schemas: every schema field has its place in it,
 * it has no field the schemas do not know, selects offer exactly the schema's options, and fields
 * come in the order `npm run new` writes them. The schemas are walked here on their own, not with
 * the generator's code, so a generator that skips a field cannot pass.
 */
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  BODY_FIELD,
  EDITOR_SCHEMAS,
  editorConfig,
  editorConfigYaml,
  editorField,
  LISTS_COLLECTION,
  newEntryValues,
  type EditorField,
} from '../../src/admin/config.ts';
import { NEW_ENTRY_VALUES } from '../../src/admin/app/new-entry.ts';
import { text } from '../../src/schemas/common.ts';
import { label } from '../../src/schemas/editor.ts';
import { FIELD_ORDER } from '../../src/schemas/field-order.ts';
import { MAX_SLUG_LENGTH } from '../../src/schemas/rules.ts';
import { modelTemplate, newsTemplate } from '../../scripts/lib/scaffold.ts';

type Schema = z.core.$ZodType;
const def = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** What a schema field is, under its wrappers (optional, default, the pipes of ref() and preprocess()). */
function inner(schema: Schema): Schema {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default') return inner(d['innerType'] as Schema);
  if (d.type === 'pipe') {
    const input = d['in'] as Schema;
    return inner(def(input).type === 'transform' ? (d['out'] as Schema) : input);
  }
  return schema;
}

/** Every field path of an object schema (`cover.alt`, `figures.*.unit`) with its enum options, if any. */
function schemaPaths(schema: Schema, prefix = ''): Map<string, string[] | undefined> {
  const paths = new Map<string, string[] | undefined>();
  for (const [name, field] of Object.entries(def(inner(schema))['shape'] as Record<string, Schema>)) {
    const at = `${prefix}${name}`;
    const core = inner(field);
    const d = def(core);
    paths.set(at, d.type === 'enum' ? Object.values(d['entries'] as Record<string, string>) : undefined);
    if (d.type === 'object') for (const [p, o] of schemaPaths(core, `${at}.`)) paths.set(p, o);
    if (d.type === 'array' && def(inner(d['element'] as Schema)).type === 'object') {
      for (const [p, o] of schemaPaths(d['element'] as Schema, `${at}.*.`)) paths.set(p, o);
    }
  }
  return paths;
}

/** Every field path of the editor's fields, with a select's option values. */
function configPaths(fields: EditorField[], prefix = ''): Map<string, unknown[] | undefined> {
  const paths = new Map<string, unknown[] | undefined>();
  for (const field of fields) {
    const at = `${prefix}${field.name}`;
    const options =
      field.widget === 'select' ? (field['options'] as { value: unknown }[]).map((o) => o.value) : undefined;
    paths.set(at, options);
    const nested = field['fields'] as EditorField[] | undefined;
    if (nested) {
      for (const [p, o] of configPaths(nested, field.widget === 'list' ? `${at}.*.` : `${at}.`)) paths.set(p, o);
    }
  }
  return paths;
}

/**
 * What differs between a schema and the editor fields made for it: fields missing on either side
 * and selects whose options are not the enum's. Empty when they agree. A literal (`dateNotShown:
 * true`) is a select of its one value.
 */
function differences(schema: Schema, fields: EditorField[]): string[] {
  const fromSchema = schemaPaths(schema);
  const fromConfig = configPaths(fields);
  const found: string[] = [];
  for (const [at, options] of fromSchema) {
    if (!fromConfig.has(at)) found.push(`thiếu trong trình biên tập: ${at}`);
    else if (options && JSON.stringify(fromConfig.get(at)) !== JSON.stringify(options)) {
      found.push(`lựa chọn khác nhau ở ${at}: ${JSON.stringify(fromConfig.get(at))} ≠ ${JSON.stringify(options)}`);
    }
  }
  for (const at of fromConfig.keys()) if (!fromSchema.has(at)) found.push(`không có trong schema: ${at}`);
  return found;
}

const config = editorConfig({ contentDir: 'content' });
type Collection = { name: string; fields?: EditorField[]; files?: { name: string; fields: EditorField[] }[] };
const collection = (name: string) => (config.collections as Collection[]).find((c) => c.name === name)!;
/** An entry collection's fields without the Markdown body, which is not a frontmatter field. */
const frontmatterFields = (name: 'models' | 'news') => collection(name).fields!.filter((f) => f !== BODY_FIELD);
const listFields = (name: string) =>
  collection(LISTS_COLLECTION).files!.find((file) => file.name === name)!.fields[0]!.fields as EditorField[];

describe('editorConfig', () => {
  test.each(['models', 'news'] as const)('gives every field of the %s schema a place, and no other', (name) => {
    expect(differences(EDITOR_SCHEMAS[name], frontmatterFields(name))).toEqual([]);
    expect(collection(name).fields!.at(-1)).toBe(BODY_FIELD);
  });

  test.each(['places', 'fields', 'organisations'] as const)(
    'reads the %s list through a hidden file collection with every field of its schema',
    (name) => {
      expect(differences(EDITOR_SCHEMAS[name], listFields(name))).toEqual([]);
      const file = collection(LISTS_COLLECTION).files!.find((f) => f.name === name)!;
      expect(file).toMatchObject({
        file: `content/${name}.yaml`,
        fields: [{ name: 'items', widget: 'list', root: true }],
      });
      expect(collection(LISTS_COLLECTION)).toMatchObject({ hide: true });
    },
  );

  test('the comparison fails on a missing field, an unknown field and different options', () => {
    const schema = EDITOR_SCHEMAS.fields.extend({ extra: text().meta(label('Thêm')) });
    const fields = listFields('fields').filter((f) => f.name !== 'name');
    fields.push({ name: 'unknown', label: 'Lạ', widget: 'string' });
    expect(differences(schema, fields)).toEqual([
      'thiếu trong trình biên tập: name',
      'thiếu trong trình biên tập: extra',
      'không có trong schema: unknown',
    ]);
    const kinds = listFields('places').map((f) =>
      f.name === 'kind' ? { ...f, options: (f['options'] as unknown[]).slice(1) } : f,
    );
    expect(differences(EDITOR_SCHEMAS.places, kinds)).toEqual([expect.stringMatching(/^lựa chọn khác nhau ở kind:/)]);
  });

  test.each([
    ['models', modelTemplate('Tên', '2024-03-08')],
    ['news', newsTemplate('Tên', '2024-03-08')],
  ] as const)('puts the %s fields in the order npm run new writes them', (name, template) => {
    const order = frontmatterFields(name).map((f) => f.name);
    // Keys as the scaffold writes them, commented out or not (`# movement: …`).
    const written = [...template.matchAll(/^(?:# ?)?([A-Za-z]+):/gm)]
      .map((m) => m[1]!)
      .filter((key) => order.includes(key));
    expect(written.length).toBeGreaterThan(10);
    expect(written).toEqual(order.filter((key) => written.includes(key)));
  });

  test('stores pictures beside the entry, in folders named by an ASCII slug, and omits empty fields', () => {
    expect(collection('models')).toMatchObject({
      folder: 'content/models',
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
    });
    expect(config).toMatchObject({
      slug: { encoding: 'ascii', clean_accents: true, maxlength: MAX_SLUG_LENGTH },
      media_libraries: { default: { config: { slugify_filename: true } } },
      output: { omit_empty_optional_fields: true },
    });
  });

  test('makes required what the schema requires, and picture alt text and credit required', () => {
    const fields = new Map(frontmatterFields('models').map((f) => [f.name, f]));
    expect(fields.get('title')).toMatchObject({ required: true, label: 'Tên mô hình', maxlength: 120 });
    expect(fields.get('summary')).toMatchObject({ required: true, widget: 'text' });
    expect(fields.get('year')).toMatchObject({ required: false, widget: 'number', value_type: 'int', min: 1930 });
    expect(fields.get('sources')).toMatchObject({ required: true, min: 1, widget: 'list' });
    // The schema's default: the editor also fills defaults into existing entries lacking the field.
    expect(fields.get('draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(fields.get('published')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    const cover = fields.get('cover')!['fields'] as EditorField[];
    expect(cover.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['credit', 'string', true],
      ['caption', 'string', false],
    ]);
  });

  test('picks places, fields, organisations and models by id', () => {
    const fields = new Map(frontmatterFields('models').map((f) => [f.name, f]));
    expect(fields.get('place')).toMatchObject({ widget: 'relation', file: 'places', value_field: 'items.*.id' });
    expect(fields.get('organisations')).toMatchObject({ widget: 'relation', multiple: true, file: 'organisations' });
    expect(fields.get('related')).toMatchObject({ widget: 'relation', collection: 'models', value_field: '{{slug}}' });
    const figure = new Map((fields.get('figures')!['fields'] as EditorField[]).map((f) => [f.name, f]));
    expect(figure.get('asOf')).toMatchObject({ widget: 'string', pattern: [expect.any(String), expect.any(String)] });
    expect(new RegExp((figure.get('asOf')!['pattern'] as string[])[0]!).test('2024-03')).toBe(true);
    expect(figure.get('qualifier')).toMatchObject({ widget: 'select', required: false });
  });

  test('writes a never-true checkbox as a select, since the schema refuses `false`', () => {
    const source = frontmatterFields('models').find((f) => f.name === 'sources')!['fields'] as EditorField[];
    expect(source.find((f) => f.name === 'dateNotShown')).toMatchObject({
      widget: 'select',
      options: [{ value: true, label: expect.any(String) }],
      required: false,
    });
  });

  test('writes an optional flag without a default as a select too, so saving never adds `repost: false`', () => {
    const source = frontmatterFields('models').find((f) => f.name === 'sources')!['fields'] as EditorField[];
    expect(source.find((f) => f.name === 'repost')).toMatchObject({
      widget: 'select',
      options: [{ value: true, label: 'Đúng vậy' }],
      required: false,
    });
  });
});

describe('newEntryValues', () => {
  test.each(['models', 'news'] as const)(
    'starts a new %s entry as a draft, with the values the editor puts in its address',
    (name) => {
      expect(newEntryValues(name)).toEqual({ draft: 'true' });
      expect(NEW_ENTRY_VALUES[name]).toEqual(newEntryValues(name));
    },
  );
});

describe('editorField', () => {
  test('refuses a field without a Vietnamese label', () => {
    expect(() => editorField('x', text(), 'models.x')).toThrow(/Trường “models.x” chưa có nhãn tiếng Việt/);
  });
});

describe('editorConfigYaml', () => {
  test('writes the config as YAML that reads back the same, under the content folder given', () => {
    const written = editorConfigYaml({ contentDir: 'noi-dung' });
    expect(written.startsWith('# ')).toBe(true);
    const read = yaml.load(written) as ReturnType<typeof editorConfig>;
    expect(read).toEqual(JSON.parse(JSON.stringify(editorConfig({ contentDir: 'noi-dung' }))));
    expect(read.collections[0]).toMatchObject({ folder: 'noi-dung/models' });
  });

  test('sends the editor to the forge of the backend settings, with the OAuth app id when there is one', () => {
    const forge = {
      name: 'gitea' as const,
      origin: 'https://git.x.example',
      repo: 'a/b',
      branch: 'main',
      appId: 'abc',
    };
    expect(editorConfig({ contentDir: 'content', forge }).backend).toMatchObject({
      name: 'gitea',
      repo: 'a/b',
      base_url: 'https://git.x.example',
      api_root: 'https://git.x.example/api/v1',
      app_id: 'abc',
    });
    expect(editorConfig({ contentDir: 'content', forge: { ...forge, appId: '' } }).backend).not.toHaveProperty(
      'app_id',
    );
  });
});

describe('the editor’s field order', () => {
  // A save through the editor writes keys in its config's order; the files are normalised to
  // FIELD_ORDER (npm run normalise). The two must agree, or the first save reorders a whole file.
  const config = editorConfig({ contentDir: 'content' });
  const names = (fields: readonly { name: string }[]) => fields.map((f) => f.name);
  test.each(['models', 'news'] as const)('of %s is the order the files are written in', (collection) => {
    const found = config.collections.find((c) => c.name === collection) as unknown as {
      fields: { name: string; fields?: { name: string }[] }[];
    };
    const order = FIELD_ORDER[collection];
    expect(names(found.fields).filter((n) => n !== 'body')).toEqual([...order.fields]);
    for (const [field, nested] of Object.entries(order.nested)) {
      expect(names(found.fields.find((f) => f.name === field)?.fields ?? []), field).toEqual([...nested]);
    }
  });
});
