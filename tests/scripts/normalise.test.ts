/**
 * `npm run normalise`: files come out exactly as the web editor (Sveltia CMS 0.221.1) writes them —
 * compared with Sveltia's own code (tests/scripts/sveltia-harness.ts) —, in the field order of
 * src/schemas/field-order.ts, with the values the site reads unchanged and the body untouched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  editorValues,
  formatEntry,
  normaliseContent,
  normaliseEntry,
  NormaliseRefused,
  orderFields,
  serialiseFrontmatter,
} from '../../scripts/lib/normalise.ts';
import { FIELD_ORDER } from '../../src/schemas/field-order.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { listEntryFiles } from '../../src/loaders/entries.ts';
import { loadSveltia, SVELTIA_DIR } from './sveltia-harness.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const contentRoot = path.join(projectRoot, 'content');
const read = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

let sveltia: Awaited<ReturnType<typeof loadSveltia>>;
beforeAll(async () => {
  sveltia = await loadSveltia();
});

/** Values that need care in YAML, each as an editor could type it. */
const TRICKY: Record<string, unknown> = {
  colon: 'Tin mới: hội nghị tổng kết',
  colonNoSpace: 'Giờ họp 8:30',
  hash: '# số 1 của huyện',
  hashInside: 'Mã hồ sơ AG#12',
  spaceHash: 'Mô hình số 1 #xã',
  dash: '- gạch đầu dòng',
  star: '*Mô hình mới*',
  ampersand: '& cộng đồng',
  at: '@ban-dan-van',
  singleQuote: "Mô hình 'Dân vận khéo'",
  doubleQuote: 'Mô hình "Dân vận khéo"',
  bothQuotes: `Ông nói: "được" và 'tốt'`,
  curlyQuotes: 'Mô hình “Dân vận khéo” của xã',
  vietnamese: 'Đường điện thắp sáng ấp Hòa Long, xã Vĩnh Xương (nay là phường Tân Châu)',
  long: 'Hội nghị tổng kết công tác dân vận năm 2023 của tỉnh. '.repeat(12).trim(),
  multiLine: 'Dòng thứ nhất.\nDòng thứ hai.',
  leadingSpace: ' cách đầu',
  trailingSpace: 'cách cuối ',
  year: '2024',
  month: '2024-03',
  day: '2024-03-07',
  yearNumber: 2024,
  decimal: 1870.5,
  zero: 0,
  trueText: 'true',
  nullText: 'null',
  tilde: '~',
  octalText: '0o17',
  hexText: '0x1F',
  exponentText: '1e3',
  url: 'https://baoangiang.com.vn/bai-viet.html?id=12#phan-2',
  yes: true,
  no: false,
  empty: [],
  list: ['một', 'hai: ba', '2024'],
  objects: [
    { label: 'Đường bê tông', value: 12, unit: 'km', asOf: '2024', source: 1 },
    { label: 'Nhà: đại đoàn kết', value: 48, unit: 'căn', asOf: '2026-01', source: 2 },
  ],
  nested: { src: './anh-bia.png', alt: 'Hình vẽ: hội trường', credit: 'Ban biên tập' },
};

describe('serialiseFrontmatter', () => {
  test('writes what Sveltia CMS writes, byte for byte', async () => {
    for (const [key, value] of Object.entries(TRICKY)) {
      const data = { title: 'Mô hình', [key]: value };
      expect(formatEntry(data, 'Nội dung.'), key).toBe(await sveltia.format({ ...data, body: 'Nội dung.' }));
    }
    expect(formatEntry(TRICKY, '')).toBe(await sveltia.format({ ...TRICKY }));
  });

  test('writes every tricky value so that the loaders read it back unchanged', () => {
    expect(read(serialiseFrontmatter(TRICKY))).toEqual(TRICKY);
  });

  test('writes each string on one line, quoted only when YAML needs it, in single quotes', () => {
    const lines = serialiseFrontmatter(TRICKY).split('\n');
    expect(lines).toContain("colon: 'Tin mới: hội nghị tổng kết'");
    expect(lines).toContain('colonNoSpace: Giờ họp 8:30');
    expect(lines).toContain("hash: '# số 1 của huyện'");
    expect(lines).toContain('hashInside: Mã hồ sơ AG#12');
    expect(lines).toContain("spaceHash: 'Mô hình số 1 #xã'");
    expect(lines).toContain("dash: '- gạch đầu dòng'");
    expect(lines).toContain("star: '*Mô hình mới*'");
    expect(lines).toContain("ampersand: '& cộng đồng'");
    expect(lines).toContain("singleQuote: Mô hình 'Dân vận khéo'");
    expect(lines).toContain('doubleQuote: Mô hình "Dân vận khéo"');
    expect(lines).toContain(`bothQuotes: 'Ông nói: "được" và ''tốt'''`);
    expect(lines).toContain(`long: ${String(TRICKY.long)}`);
    expect(lines).toContain("year: '2024'");
    expect(lines).toContain('month: 2024-03');
    expect(lines).toContain('day: 2024-03-07');
    expect(lines).toContain('yearNumber: 2024');
    expect(lines).toContain('decimal: 1870.5');
    expect(lines).toContain("trueText: 'true'");
    expect(lines).toContain('yes: true');
    expect(lines).toContain('empty: []');
    // Text on several lines (never in this content) becomes a literal block.
    expect(lines.slice(lines.indexOf('multiLine: |-'), lines.indexOf('multiLine: |-') + 3)).toEqual([
      'multiLine: |-',
      '  Dòng thứ nhất.',
      '  Dòng thứ hai.',
    ]);
    // Lists are indented under their key, objects in them two spaces further.
    expect(serialiseFrontmatter({ sources: [{ outlet: 'Báo An Giang', date: '2024-03' }] })).toBe(
      'sources:\n  - outlet: Báo An Giang\n    date: 2024-03',
    );
  });
});

describe('orderFields', () => {
  test('puts fields in the table’s order, at every level, and unknown keys last, sorted', () => {
    const data = {
      draft: false,
      sources: [{ url: 'https://a.vn/', outlet: 'A', date: '2024' }],
      zeta: { b: 1, a: 2 },
      cover: { credit: 'C', alt: 'B', src: './a.png' },
      title: 'T',
      figures: [{ source: 1, unit: 'km', label: 'L', value: 1 }],
      alpha: 1,
    };
    const ordered = orderFields(data, FIELD_ORDER.models);
    expect(Object.keys(ordered)).toEqual(['title', 'cover', 'figures', 'sources', 'draft', 'alpha', 'zeta']);
    expect(Object.keys(ordered.cover as object)).toEqual(['src', 'alt', 'credit']);
    expect(Object.keys((ordered.figures as object[])[0]!)).toEqual(['label', 'value', 'unit', 'source']);
    expect(Object.keys((ordered.sources as object[])[0]!)).toEqual(['outlet', 'date', 'url']);
    expect(Object.keys(ordered.zeta as object)).toEqual(['a', 'b']);
    expect(ordered).toEqual(data);
  });
});

const context = { image: () => z.string() } as unknown as SchemaContext;
const model = {
  summary: 'Tóm tắt: hai câu.',
  title: 'Mô hình',
  place: 'tan-chau',
  field: 'kinh-te',
  kind: 'tap-the',
  organisations: [],
  published: '2024-03-08',
  figures: [{ label: 'Đường', value: 12, unit: 'km', asOf: 2024, source: 1 }],
  steps: [],
  sources: [{ outlet: 'Báo An Giang', url: 'https://baoangiang.com.vn/', date: 2023 }],
};

describe('editorValues', () => {
  test('writes defaults out, leaves empty lists out, makes bare years text, and nothing else', () => {
    const { values, changes } = editorValues(model, 'models');
    expect(values).toEqual({
      ...model,
      organisations: undefined,
      steps: undefined,
      featured: false,
      draft: false,
      figures: [{ ...model.figures[0], asOf: '2024' }],
      sources: [{ ...model.sources[0], date: '2023' }],
    });
    expect(Object.keys(values)).not.toContain('steps');
    expect(changes).toHaveLength(6);
    expect(model.figures[0]!.asOf).toBe(2024);
  });

  test('changes nothing the site reads: the schemas give the same entry before and after', () => {
    const models = modelSchema(context);
    expect(models.parse(editorValues(model, 'models').values)).toEqual(models.parse(model));
    const item = { title: 'Tin', summary: 'Tóm tắt.', date: '2024-03-08', author: 'Ban biên tập', tags: [] };
    const news = newsSchema(context);
    expect(news.parse(editorValues(item, 'news').values)).toEqual(news.parse(item));
  });

  test('keeps a draft a draft', () => {
    expect(editorValues({ ...model, draft: true }, 'models').values.draft).toBe(true);
  });
});

describe('normaliseEntry', () => {
  const folded = `---
title: Mô hình
summary: >-
  Một câu dài được gấp
  thành hai dòng.
place: tan-chau
field: kinh-te
kind: tap-the
published: 2024-03-08
# Ghi chú của biên tập viên
cover:
  alt: "Hình vẽ: hội trường"
  src: ./anh-bia.png
  credit: 'Ban biên tập'
sources:
  - url: https://baoangiang.com.vn/
    outlet: Báo An Giang
    date: '2023'
draft: true
---

Nội dung **giữ nguyên**.

Đoạn hai.
`;

  test('rewrites a hand-written file as the editor does, body byte for byte', async () => {
    const result = normaliseEntry(folded, 'models', 'x.md');
    expect(result.text).toBe(`---
title: Mô hình
summary: Một câu dài được gấp thành hai dòng.
place: tan-chau
field: kinh-te
kind: tap-the
published: 2024-03-08
cover:
  src: ./anh-bia.png
  alt: 'Hình vẽ: hội trường'
  credit: Ban biên tập
sources:
  - outlet: Báo An Giang
    date: '2023'
    url: https://baoangiang.com.vn/
featured: false
draft: true
---

Nội dung **giữ nguyên**.

Đoạn hai.
`);
    expect(result.bodyChanged).toBe(false);
    expect(result.changes).toEqual([
      'ghi rõ “featured: false” (giá trị trang vẫn dùng khi không ghi)',
      'bỏ các dòng ghi chú “#” trong phần thông tin đầu bài (trình soạn thảo cũng bỏ chúng khi lưu)',
    ]);
    // What the editor reads from the result and writes back on a save is the result itself.
    expect(await sveltia.format(await sveltia.parse(result.text))).toBe(result.text);
    expect(normaliseEntry(result.text, 'models', 'x.md').changed).toBe(false);
  });

  test('gives the body the blank line and the single last newline the editor writes, nothing more', () => {
    const bare = folded.replace('---\n\nNội dung', '---\nNội dung').replace(/\n$/, '\n\n\n');
    const result = normaliseEntry(bare, 'models', 'x.md');
    expect(result.bodyChanged).toBe(true);
    expect(result.text).toBe(normaliseEntry(folded, 'models', 'x.md').text);
  });

  test('writes an entry without a body as the editor does', async () => {
    const result = normaliseEntry('---\ntitle: Tin\ndraft: false\n---\n', 'news', 'x.md');
    expect(result).toMatchObject({ text: '---\ntitle: Tin\ndraft: false\n---\n', changed: false });
    expect(await sveltia.format({ title: 'Tin', draft: false, body: '' })).toBe(result.text);
  });

  test('refuses a file whose values would read differently, and says which field', () => {
    // js-yaml reads 0b101 as the number 5; the yaml package writes the text 0b101 without quotes.
    const risky = "---\ntitle: '0b101'\ndraft: false\n---\n";
    expect(() => normaliseEntry(risky, 'news', 'x.md')).toThrow(NormaliseRefused);
    expect(() => normaliseEntry(risky, 'news', 'x.md')).toThrow(/“title”/);
  });

  test('refuses a file without frontmatter, or with broken YAML', () => {
    expect(() => normaliseEntry('Chỉ có nội dung.\n', 'news', 'x.md')).toThrow(NormaliseRefused);
    expect(() => normaliseEntry('---\ntitle: a: b\n---\n', 'news', 'x.md')).toThrow(/lỗi cú pháp YAML/);
  });
});

describe('the real content', () => {
  const entries = (['models', 'news'] as const).flatMap((collection) =>
    listEntryFiles(contentRoot, collection).map((entry) => path.join(contentRoot, entry)),
  );

  test('is normalised: npm run normalise -- --check passes', () => {
    const output = execFileSync(process.execPath, [path.join(projectRoot, 'scripts/normalise-content.ts'), '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(output).toMatch(/^Cả \d+ bài đã viết đúng thứ tự và cách viết của trình soạn thảo\.$/m);
  });

  test('comes back unchanged from a save in the editor that changes nothing', async () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const file of entries) {
      const text = await readFile(file, 'utf8');
      const saved = await sveltia.format(await sveltia.parse(text));
      expect(saved, file).toBe(text);
    }
  });

  test('lists each entry’s fields in the table’s order', async () => {
    for (const file of entries) {
      const collection = file.includes(`${path.sep}models${path.sep}`) ? 'models' : 'news';
      const data = read((await readFile(file, 'utf8')).split('\n---\n')[0]!.slice(4)) as Record<string, unknown>;
      expect(isDeepStrictEqual(Object.keys(data), Object.keys(orderFields(data, FIELD_ORDER[collection]))), file).toBe(
        true,
      );
    }
  });
});

describe('normaliseContent', () => {
  test('writes only with write: true, reports what it would change, and then finds nothing to do', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dvk-normalise-'));
    try {
      const content = path.join(root, 'content');
      await cp(contentRoot, content, { recursive: true });
      const file = path.join(content, 'models', 'tet-quan-dan', 'index.mdx');
      const before = await readFile(file, 'utf8');
      await writeFile(file, before.replace('\nkind: tap-the\n', '\n').replace(/^title: .*$/m, '$&\nkind: tap-the'));
      const shuffled = await readFile(file, 'utf8');
      const checked = await normaliseContent(root, content, { write: false });
      expect(checked.filter((r) => r.status !== 'unchanged')).toEqual([
        { file: 'content/models/tet-quan-dan/index.mdx', status: 'normalised', notes: [], bodyChanged: false },
      ]);
      expect(await readFile(file, 'utf8')).toBe(shuffled);
      await normaliseContent(root, content, { write: true });
      expect(await readFile(file, 'utf8')).toBe(before);
      expect((await normaliseContent(root, content, { write: false })).every((r) => r.status === 'unchanged')).toBe(
        true,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the copy of Sveltia’s code', () => {
  const require = createRequire(import.meta.url);
  // The editor's package (a dependency); its `exports` hide package.json from require.resolve.
  const installed = path.join(projectRoot, 'node_modules', '@sveltia', 'cms');

  test('is the code of the installed @sveltia/cms, which bundles the yaml version pinned here', () => {
    const map = JSON.parse(readFileSync(path.join(installed, 'npm/index.js.map'), 'utf8')) as {
      sources: string[];
      sourcesContent: string[];
    };
    for (const name of ['format.js', 'parse.js']) {
      const index = map.sources.findIndex((source) => source.endsWith(`src/lib/services/contents/file/${name}`));
      expect(map.sourcesContent[index], name).toBe(readFileSync(path.join(SVELTIA_DIR, name), 'utf8'));
    }
    const bundled = map.sources.map((source) => /\/yaml@([\d.]+)\//.exec(source)?.[1]).find(Boolean);
    const pinned = (
      JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.yaml;
    expect(pinned).toBe(bundled);
  });

  test('runs against the yaml version pinned here', () => {
    expect(existsSync(path.join(SVELTIA_DIR, 'format.js'))).toBe(true);
    expect((require('yaml/package.json') as { version: string }).version).toBe('2.9.1');
  });
});
