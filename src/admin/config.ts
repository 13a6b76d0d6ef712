/**
 * The web editor's configuration (/admin/config.yml, Sveltia CMS's Decap-style format), generated
 * from the Zod schemas instead of written a second time: every schema field becomes an editor
 * field, in the schema's order (the order `npm run new` writes, so a saved entry keeps the file's
 * order), with the label and hint the schema gives it (`.meta()`, src/schemas/editor.ts).
 * - required: a field that is neither optional nor defaulted; a list with a minimum says so;
 * - enums become selects (option labels from the schema), references pickers that store the id
 *   the checker expects (places, fields and organisations read from their YAML lists through a
 *   hidden collection; models by their folder name), numbers numbers, calendar days date pickers
 *   written `YYYY-MM-DD`, partial dates and slugs text checked with the schema's own pattern;
 * - pictures are saved beside the entry's index.md under an ASCII name (the global `slug` options
 *   also turn file names into lower-case ASCII, extension included);
 * - empty optional fields are left out of the file, as a hand-written entry does.
 * tests/admin/config.test.ts walks the schemas and fails when a field has no place here, or this
 * config has a field the schemas do not know, or their options differ.
 */
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { toPosix } from '../lib/posix-path.ts';
import { fieldSchema } from '../schemas/field.ts';
import type { EditorMeta } from '../schemas/editor.ts';
import { modelSchema } from '../schemas/model.ts';
import { newsSchema } from '../schemas/news.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { placeSchema } from '../schemas/place.ts';
import { MAX_SLUG_LENGTH } from '../schemas/rules.ts';
import { FAVICON_URL } from '../lib/urls.ts';
import { FORGE, type ForgeSettings } from './backend.ts';

/** One field of the editor's config (the subset of Sveltia's field options used here). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

/** Stand-in for Astro's `image()`: a path beside the entry, marked as a picture for the editor. */
const pictureContext = { image: () => z.string().meta({ editor: { image: true } }) } as unknown as SchemaContext;

/** The schemas the editor writes, by collection. */
export const EDITOR_SCHEMAS = {
  models: modelSchema(pictureContext),
  news: newsSchema(pictureContext),
  places: placeSchema,
  fields: fieldSchema,
  organisations: organisationSchema,
} as const;

/** The hidden collection whose files hold the lists pickers choose from (a list at the file's top level). */
export const LISTS_COLLECTION = 'lists';
/** What each list's picker shows and searches: names alone are not unique (three places called Châu Thành). */
const LIST_DISPLAY: Record<string, { display: string[]; search: string[] }> = {
  places: { display: ['{{items.*.kind}} {{items.*.name}} ({{items.*.id}})'], search: ['items.*.name', 'items.*.id'] },
  fields: { display: ['{{items.*.name}}'], search: ['items.*.name'] },
  organisations: { display: ['{{items.*.name}}'], search: ['items.*.name', 'items.*.id'] },
};

type Schema = z.core.$ZodType;

/** What a field's schema says once its wrappers are removed. */
interface Unwrapped {
  schema: Schema;
  optional: boolean;
  defaultValue: unknown;
  title?: string;
  description?: string;
  editor: EditorMeta;
}

const defOf = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };
const metaOf = (schema: Schema) => z.globalRegistry.get(schema);

/**
 * Removes `optional`, `default` and the pipes of `ref()` (string → id object) and of
 * `preprocess()` (number → string), gathering the metadata of every layer; an outer layer's wins.
 */
export function unwrap(field: Schema): Unwrapped {
  const found: Unwrapped = { schema: field, optional: false, defaultValue: undefined, editor: {} };
  const layers: Schema[] = [];
  let schema = field;
  for (;;) {
    layers.push(schema);
    const def = defOf(schema);
    if (def.type === 'optional') {
      found.optional = true;
      schema = def['innerType'] as Schema;
    } else if (def.type === 'default') {
      found.defaultValue = def['defaultValue'];
      schema = def['innerType'] as Schema;
    } else if (def.type === 'pipe') {
      const input = def['in'] as Schema;
      schema = defOf(input).type === 'transform' ? (def['out'] as Schema) : input;
    } else break;
  }
  found.schema = schema;
  for (const layer of layers.reverse()) {
    // `.meta()` on a schema that has metadata already makes a copy whose metadata replaces its
    // parent's key by key: `editor` settings of both are kept here, the copy's winning.
    const lineage: Schema[] = [];
    for (let at: Schema | undefined = layer; at; at = (at._zod as { parent?: Schema }).parent) lineage.unshift(at);
    for (const ancestor of lineage) {
      const meta = metaOf(ancestor);
      if (!meta) continue;
      if (meta.title) found.title = meta.title;
      if (meta.description) found.description = meta.description;
      if (meta.editor) found.editor = { ...found.editor, ...(meta.editor as EditorMeta) };
    }
  }
  return found;
}

/** What the checks of a string, number or list schema say: its length or value bounds, whether it is an integer. */
export function boundsOf(schema: Schema): { min?: number; max?: number; int?: boolean } {
  const bounds: { min?: number; max?: number; int?: boolean } = {};
  for (const check of (defOf(schema)['checks'] as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const def = check._zod.def;
    if (def['check'] === 'min_length') bounds.min = def['minimum'] as number;
    if (def['check'] === 'max_length') bounds.max = def['maximum'] as number;
    if (def['check'] === 'greater_than' && def['inclusive']) bounds.min = def['value'] as number;
    if (def['check'] === 'number_format' && String(def['format']).includes('int')) bounds.int = true;
  }
  return bounds;
}

/** The fields of an object schema, in order. */
export function shapeOf(schema: Schema): Record<string, Schema> {
  const def = defOf(schema);
  if (def.type !== 'object') throw new Error(`không phải đối tượng: ${def.type}`);
  return def['shape'] as Record<string, Schema>;
}

/** The options of an enum schema, in order. */
export function enumValues(schema: Schema): string[] {
  return Object.values(defOf(schema)['entries'] as Record<string, string>);
}

/** A picker for the entries of `collection`, storing their ids. */
function relation(collection: string, multiple: boolean): { widget: 'relation'; [option: string]: unknown } {
  const many = multiple ? { multiple: true } : {};
  if (collection === 'models' || collection === 'news') {
    return {
      widget: 'relation',
      collection,
      value_field: '{{slug}}',
      display_fields: ['title'],
      search_fields: ['title'],
      ...many,
    };
  }
  const list = LIST_DISPLAY[collection];
  if (!list) throw new Error(`không có danh sách cho “${collection}”`);
  return {
    widget: 'relation',
    collection: LISTS_COLLECTION,
    file: collection,
    value_field: 'items.*.id',
    display_fields: list.display,
    search_fields: list.search,
    // Lists of a few items (fields, organisations) show as radio buttons or checkboxes.
    dropdown_threshold: 8,
    ...many,
  };
}

/** A flag that is `true` or absent: a select with the one choice “Đúng vậy”, left out when not chosen. */
function trueOrNothing(base: { name: string; label: string; hint?: string }): EditorField {
  return { ...base, widget: 'select', options: [{ label: 'Đúng vậy', value: true }], required: false };
}

/**
 * The editor field for the schema field `name` (`where` names it in errors: `models.cover.alt`).
 * `fallbackLabel` labels the items of a list of plain values, which have no label of their own.
 */
export function editorField(name: string, field: Schema, where = name, fallbackLabel?: string): EditorField {
  const found = unwrap(field);
  const { schema, editor } = found;
  const title = found.title ?? fallbackLabel;
  if (!title) throw new Error(`Trường “${where}” chưa có nhãn tiếng Việt (.meta(label(…)) trong src/schemas/).`);
  const def = defOf(schema);
  const required = !found.optional && found.defaultValue === undefined;
  const base = {
    name,
    label: title,
    ...(found.description ? { hint: found.description } : {}),
  };
  const bounds = boundsOf(schema);
  const pattern = editor.pattern ? { pattern: editor.pattern } : {};

  if (editor.ref) return { ...base, ...relation(editor.ref, false), required };
  if (editor.image) return { ...base, widget: 'image', required, choose_url: false };
  switch (def.type) {
    case 'string': {
      if (editor.date) {
        // Safe as a default: a required day is in every entry already (see newEntryValues).
        const initial = required && editor.initial !== undefined ? { default: editor.initial } : {};
        return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...initial, required };
      }
      const url = def['format'] === 'url' ? { type: 'url' } : {};
      const maxlength = bounds.max === undefined ? {} : { maxlength: bounds.max };
      return { ...base, widget: editor.multiline ? 'text' : 'string', ...url, ...maxlength, ...pattern, required };
    }
    case 'number': {
      const min = bounds.min === undefined ? {} : { min: bounds.min };
      return { ...base, widget: 'number', value_type: bounds.int ? 'int' : 'float', ...min, required };
    }
    case 'boolean': {
      // An optional flag with no default (`repost`) is written `repost: true` or not at all: a
      // switch would write `repost: false` into every list item the editor saves, new or old.
      if (found.optional && found.defaultValue === undefined) return trueOrNothing(base);
      // The schema's own default only: the editor fills defaults into existing entries too.
      const initial = found.defaultValue === undefined ? {} : { default: found.defaultValue };
      return { ...base, widget: 'boolean', ...initial, required: false };
    }
    case 'literal': {
      // `dateNotShown: true` or nothing: a checkbox would write `false`, which the schema refuses.
      const values = [...(def['values'] as Set<unknown>)];
      if (values.length === 1 && values[0] === true && !required) return trueOrNothing(base);
      return {
        ...base,
        widget: 'select',
        options: values.map((value) => ({ label: value === true ? 'Đúng vậy' : String(value), value })),
        required,
      };
    }
    case 'enum': {
      const labels = editor.options ?? {};
      const options = enumValues(schema).map((value) => ({ label: labels[value] ?? value, value }));
      return { ...base, widget: 'select', options, required, dropdown_threshold: 6 };
    }
    case 'object': {
      const summary = editor.summary ? { summary: editor.summary } : {};
      return { ...base, widget: 'object', ...summary, fields: fieldsOf(schema, where), required };
    }
    case 'array': {
      const item = def['element'] as Schema;
      const inner = unwrap(item);
      const min = bounds.min === undefined ? {} : { min: bounds.min };
      const listRequired = required || (bounds.min ?? 0) > 0;
      if (inner.editor.ref) return { ...base, ...relation(inner.editor.ref, true), ...min, required: listRequired };
      const singular = editor.singular ? { label_singular: editor.singular } : {};
      const summary = editor.summary ? { summary: editor.summary } : {};
      if (defOf(inner.schema).type === 'object') {
        return {
          ...base,
          widget: 'list',
          ...singular,
          ...summary,
          ...min,
          fields: fieldsOf(inner.schema, `${where}.*`),
          required: listRequired,
        };
      }
      // A list of plain values: one subfield, which the list stores as the bare value.
      const sub = editorField('item', item, `${where}.*`, editor.singular ?? title);
      const field = { ...sub, ...(editor.multiline ? { widget: 'text' } : {}) };
      return { ...base, widget: 'list', ...singular, ...min, field, required: listRequired };
    }
    default:
      throw new Error(`Trường “${where}”: trình biên tập chưa biết kiểu “${def.type}”.`);
  }
}

/**
 * What a new entry of `collection` starts with where that differs from the schema's default
 * (`draft: true`), as the address of a new entry carries it (`…/new?draft=true`). Not a field
 * `default`: Sveltia fills defaults into existing entries that lack the field as well, and a
 * default of `draft: true` would turn every published entry saved without a `draft` line back into
 * a draft. src/admin/app/new-entry.ts puts these values in the address; a test keeps the two equal.
 */
export function newEntryValues(collection: 'models' | 'news'): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, field] of Object.entries(shapeOf(EDITOR_SCHEMAS[collection]))) {
    const found = unwrap(field);
    const required = !found.optional && found.defaultValue === undefined;
    if (!required && found.editor.initial !== undefined) values[name] = String(found.editor.initial);
  }
  return values;
}

/** Every field of an object schema, in order. */
export function fieldsOf(schema: Schema, where: string): EditorField[] {
  return Object.entries(shapeOf(schema)).map(([name, field]) => editorField(name, field, `${where}.${name}`));
}

/** The Markdown body after the frontmatter: not a schema field, the one field the editor adds. */
export const BODY_FIELD: EditorField = {
  name: 'body',
  label: 'Nội dung chi tiết',
  widget: 'markdown',
  hint: 'Không bắt buộc. Có thể dùng tiêu đề, danh sách, liên kết và ảnh.',
  required: false,
  // Code blocks need the syntax highlighter, which the site does not use (astro.config.mjs).
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  linked_images: false,
};

export interface EditorConfigOptions {
  /** The content folder, relative to the repository's root (`content`). */
  contentDir: string;
  /** Where the editor saves besides the local repository (src/admin/backend.ts). */
  forge?: ForgeSettings;
}

/** A collection of entries in folders (`content/models/<slug>/index.md`, pictures beside). */
function entryCollection(name: 'models' | 'news', contentDir: string) {
  const labels = {
    models: { label: 'Mô hình', singular: 'mô hình', url: 'mo-hinh', sort: ['title', 'published'] },
    news: { label: 'Tin tức', singular: 'tin', url: 'tin-tuc', sort: ['title', 'date'] },
  }[name];
  return {
    name,
    label: labels.label,
    label_singular: labels.singular,
    folder: path.posix.join(contentDir, name),
    path: '{{slug}}/index',
    extension: 'md',
    format: 'yaml-frontmatter',
    // Pictures go beside index.md and are written as bare file names (`anh-bia.png`).
    media_folder: '',
    public_folder: '',
    create: true,
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: labels.sort,
    preview_path: `${labels.url}/{{slug}}/`,
    fields: [...fieldsOf(EDITOR_SCHEMAS[name], name), BODY_FIELD],
  };
}

/** A YAML list (`content/places.yaml`…) as a file whose top level is the list, for pickers to read. */
function listFile(name: 'places' | 'fields' | 'organisations', contentDir: string) {
  const label = { places: 'Địa bàn', fields: 'Lĩnh vực', organisations: 'Tổ chức' }[name];
  return {
    name,
    label,
    file: path.posix.join(contentDir, `${name}.yaml`),
    fields: [{ name: 'items', label, widget: 'list', root: true, fields: fieldsOf(EDITOR_SCHEMAS[name], name) }],
  };
}

/** The whole configuration, as an object. */
export function editorConfig({ contentDir, forge = FORGE }: EditorConfigOptions) {
  const content = toPosix(contentDir).replace(/\/+$/, '') || '.';
  return {
    backend: {
      name: forge.name,
      repo: forge.repo,
      branch: forge.branch,
      base_url: forge.origin,
      api_root: `${forge.origin}/api/v1`,
      ...(forge.appId ? { app_id: forge.appId } : {}),
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}”',
        update: 'Sửa {{collection}} “{{slug}}”',
        delete: 'Xoá {{collection}} “{{slug}}”',
        uploadMedia: 'Thêm tệp “{{path}}”',
        deleteMedia: 'Xoá tệp “{{path}}”',
      },
    },
    app_title: 'Biên tập — Dân vận khéo An Giang',
    // The site's own mark on the sign-in page and the tab, instead of Sveltia's.
    logo: { src: FAVICON_URL },
    // Required by the editor; every collection keeps its pictures beside its entries instead.
    media_folder: content,
    slug: { encoding: 'ascii', clean_accents: true, maxlength: MAX_SLUG_LENGTH },
    media_libraries: { default: { config: { slugify_filename: true } } },
    output: { omit_empty_optional_fields: true },
    collections: [
      entryCollection('models', content),
      entryCollection('news', content),
      {
        name: LISTS_COLLECTION,
        label: 'Danh mục',
        // Saving rewrites a list without its comment header: the lists are edited by hand.
        hide: true,
        files: [listFile('places', content), listFile('fields', content), listFile('organisations', content)],
      },
    ],
  };
}

/** The configuration as /admin/config.yml. */
export function editorConfigYaml(options: EditorConfigOptions): string {
  return `# Sinh tự động từ src/schemas/ bởi src/admin/config.ts — không sửa tay.\n${yaml.dump(editorConfig(options), {
    lineWidth: -1,
    noRefs: true,
    quotingType: '"',
  })}`;
}
