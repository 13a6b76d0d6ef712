/** YAML lists (places, fields, organisations): every item checked, invisible characters removed. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { readYamlList, yamlEntries } from '../../src/loaders/yaml.ts';
import { fieldSchema } from '../../src/schemas/field.ts';

/** Astro's own content store, which the loader writes to (not exported under a public name). */
const { MutableDataStore } = (await import(
  new URL('content/mutable-data-store.js', import.meta.resolve('astro')).href
)) as { MutableDataStore: new () => { scopedStore(collection: string): LoaderContext['store'] } };

describe('readYamlList', () => {
  test('removes invisible characters from items, naming each item and field for check’s warnings', () => {
    const text = [
      '- id: kinh-te\u200B',
      '  name: Kinh\u00AD tế',
      '  description: Làm ăn.',
      '- id: van-hoa',
      '  name: Văn hóa',
      '  description: An sinh.',
    ].join('\n');
    const { items, problems, removed } = readYamlList(text, 'content/fields.yaml', fieldSchema);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.parsed)).toEqual([
      { id: 'kinh-te', name: 'Kinh tế', description: 'Làm ăn.' },
      { id: 'van-hoa', name: 'Văn hóa', description: 'An sinh.' },
    ]);
    expect(removed.map((r) => `${r.file} ${r.field}`)).toEqual([
      'content/fields.yaml (kinh-te) id',
      'content/fields.yaml (kinh-te) name',
    ]);
    expect(removed[1]?.message).toContain('dấu gạch nối mềm (U+00AD)');
  });

  test('refuses a name made only of invisible characters as empty', () => {
    const { problems } = readYamlList('- id: a\n  name: "\u200B"\n  description: B.\n', 'f.yaml', fieldSchema);
    expect(problems).toEqual([
      {
        file: 'f.yaml (mục thứ 1)',
        field: 'name',
        message:
          'chỉ có ký tự vô hình (ký tự rộng 0 (U+200B)): trông như có chữ nhưng thực ra để trống. Hãy xoá hết giá trị rồi gõ lại nội dung cho trường này.',
      },
    ]);
  });
});

describe('yamlEntries', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A project with `src/` (for the fingerprint) and a fields list, loaded into Astro's own store. */
  function project(list: string) {
    const root = mkdtempSync(path.join(tmpdir(), 'dvk-yaml-loader-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'src/schemas'), { recursive: true });
    mkdirSync(path.join(root, 'src/loaders'));
    writeFileSync(path.join(root, 'src/schemas/field.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'fields.yaml'), list);
    const data = new MutableDataStore();
    const store = data.scopedStore('fields');
    const sets: string[] = [];
    const parsed: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      store: { ...store, set: (entry: { id: string }) => (sets.push(entry.id), store.set(entry as never)) },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
      generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
      logger: { warn: () => {}, error: () => {} },
    };
    const load = async () => {
      sets.length = 0;
      parsed.length = 0;
      await yamlEntries({ file: 'fields.yaml', schema: fieldSchema }).load(context as never);
      return { sets: [...sets], parsed: [...parsed], ids: store.keys() };
    };
    return { root, store, load };
  }

  const KINH_TE = '- id: kinh-te\n  name: Kinh tế\n  description: Làm ăn.\n';
  const VAN_HOA = '- id: van-hoa\n  name: Văn hóa\n  description: An sinh.\n';

  test('stores again only the items that changed, and drops the ones removed from the list', async () => {
    const { root, store, load } = project(KINH_TE + VAN_HOA);
    expect(await load()).toEqual({
      sets: ['kinh-te', 'van-hoa'],
      parsed: ['kinh-te', 'van-hoa'],
      ids: ['kinh-te', 'van-hoa'],
    });
    // The same file: nothing is stored, so Astro has nothing to write.
    expect(await load()).toEqual({ sets: [], parsed: [], ids: ['kinh-te', 'van-hoa'] });

    writeFileSync(path.join(root, 'fields.yaml'), KINH_TE.replace('Làm ăn.', 'Tăng thu nhập.'));
    expect(await load()).toEqual({ sets: ['kinh-te'], parsed: ['kinh-te'], ids: ['kinh-te'] });
    expect(store.get('kinh-te')?.data).toMatchObject({ description: 'Tăng thu nhập.' });
  });

  test('stores every item again when the code or the packages that check them changed', async () => {
    const { root, load } = project(KINH_TE + VAN_HOA);
    await load();
    writeFileSync(path.join(root, 'src/schemas/field.ts'), 'export const a = 2;\n');
    expect((await load()).parsed).toEqual(['kinh-te', 'van-hoa']);
    // So does another version of a package that parses them (zod, the YAML parser).
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/zod":{"version":"4.1.0"}}}');
    expect((await load()).parsed).toEqual(['kinh-te', 'van-hoa']);
    expect((await load()).parsed).toEqual([]);
  });
});
