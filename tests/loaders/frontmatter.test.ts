import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-errors.ts';
import {
  bodyAfterFrontmatter,
  parseFrontmatter,
  parseYaml,
  placeholderLine,
  readFrontmatter,
} from '../../src/loaders/frontmatter.ts';

/** The first problem of the ContentError `run` throws; fails the test if it throws nothing else. */
function problemOf(run: () => unknown) {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ContentError);
  return (thrown as ContentError).problems[0]!;
}

describe('readFrontmatter', () => {
  test('keeps dates as the text the editor wrote', () => {
    expect(readFrontmatter('---\npublished: 2024-02-30\nyear: 2024\n---\nBody', 'a.md')).toEqual({
      published: '2024-02-30',
      year: 2024,
    });
  });

  test('refuses a file without frontmatter, in Vietnamese', () => {
    expect(() => readFrontmatter('# Tiêu đề', 'a.md')).toThrow(/thiếu phần thông tin đầu bài/);
  });

  test('reports a YAML error with its line in the file', () => {
    expect(
      problemOf(() => readFrontmatter('---\ntitle: Một\nsummary: a: b\n---\n', 'content/models/x/index.md')).file,
    ).toBe('content/models/x/index.md:3');
  });

  test.each([
    ['title: a\ntitle: b', 'một trường được ghi hai lần'],
    ['title: "abc', 'thiếu dấu ngoặc kép " đóng câu'],
    ['tags: [a, b', 'danh sách trong ngoặc [ ] hoặc { } chưa đóng'],
    ['title: a\nfoo\nbar: 1', 'có dòng thiếu dấu “:” sau tên trường'],
    ['a: b\n\tc: d', 'dùng phím Tab để thụt đầu dòng'],
    ['title: *Quan trọng*', 'giá trị bắt đầu bằng dấu “*” bị hiểu là bí danh YAML'],
  ])('says what is wrong with the YAML in Vietnamese: %j', (yamlText, expected) => {
    const { message } = problemOf(() => readFrontmatter(`---\n${yamlText}\n---\n`, 'x.md'));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/[a-z]+ [a-z]+ (of|in|the) /);
  });
});

describe('parseFrontmatter', () => {
  test('removes invisible characters from every value and says where they were', () => {
    expect(parseFrontmatter('---\ntitle: Dân\u200B vận\ntags:\n  - a\u00ADb\n---\n', 'x.md')).toEqual({
      data: { title: 'Dân vận', tags: ['ab'] },
      invisible: [
        { field: 'title', chars: ['\u200B'] },
        { field: 'tags.0', chars: ['\u00AD'] },
      ],
    });
  });
});

describe('placeholderLine', () => {
  test('finds fill-in text in a value or after it, with the line as an editor sees it', () => {
    expect(placeholderLine('---\ntitle: Tên\nsummary: «Viết tóm tắt»\n---\n')).toBe(3);
    expect(placeholderLine('---\ntitle: Tên\nplace: an-giang # «chọn địa bàn»\n---\n')).toBe(3);
  });

  test('ignores comment lines and the body', () => {
    expect(
      placeholderLine('---\ntitle: Tên\n# cover: «Mô tả ảnh»\n---\n\nMột câu «trích» trong bài.\n'),
    ).toBeUndefined();
  });
});

describe('parseYaml', () => {
  test('reads lists of places', () => {
    expect(parseYaml('- id: tan-chau\n  name: Tân Châu\n', 'p.yaml')).toEqual([{ id: 'tan-chau', name: 'Tân Châu' }]);
  });

  const REFUSED =
    'tệp dùng neo/bí danh YAML (dấu & hoặc * đứng đầu giá trị) — không được hỗ trợ; viết giá trị trực tiếp. Nếu “&” hoặc “*” là chữ của nội dung, đặt cả giá trị trong ngoặc kép.';

  test('refuses an alias bomb at its first anchor, with the line in the file', () => {
    const bomb = ['title: A', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    for (let i = 0; i < 30; i++) bomb.push(`c${i}: &c${i} [${`*${i === 0 ? 'b' : `c${i - 1}`}, `.repeat(9)}x]`);
    expect(problemOf(() => parseYaml(bomb.join('\n'), 'x.md', 1))).toEqual({ file: 'x.md:3', message: REFUSED });
  });

  test('refuses any anchor, even one never used', () => {
    expect(problemOf(() => parseYaml('- id: a\n  kind: &k Ban\n', 'o.yaml'))).toEqual({
      file: 'o.yaml:2',
      message: REFUSED,
    });
  });

  test('reads & and * inside text, and whole values in quotes, as text', () => {
    expect(parseYaml('a: Tom & Jerry *x*\nb: "&abc"\nc: "*Mới*"\n', 'x.md')).toEqual({
      a: 'Tom & Jerry *x*',
      b: '&abc',
      c: '*Mới*',
    });
  });
});

describe('bodyAfterFrontmatter', () => {
  const content = fileURLToPath(new URL('../../content/', import.meta.url));
  /**
   * The body Astro's own Markdown entry type gives for `contents` (MDX's is the same code). Astro
   * does not export that module, so it is imported by its path.
   */
  const astroBody = async (contents: string): Promise<string> => {
    const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const entryType = pathToFileURL(path.join(astro, 'dist/vite-plugin-markdown/content-entry-type.js')).href;
    const { markdownContentEntryType } = (await import(/* @vite-ignore */ entryType)) as {
      markdownContentEntryType: { getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body: string }> };
    };
    const info = await markdownContentEntryType.getEntryInfo({ contents, fileUrl: pathToFileURL(`${content}a.md`) });
    return info.body;
  };

  test('is the body Astro’s entry type gives, for every entry of content/', async () => {
    const files = readdirSync(content, { recursive: true })
      .map(String)
      .filter((file) => /\.mdx?$/.test(file));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const contents = readFileSync(path.join(content, file), 'utf8');
      expect(bodyAfterFrontmatter(contents), file).toBe(await astroBody(contents));
    }
  });

  test.each([
    ['Windows line ends', '---\r\ntitle: A\r\n---\r\n\r\nĐoạn một.\r\n\r\nĐoạn hai.\r\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: A\n---\nĐoạn một.\n'],
    ['blank lines and spaces around the body', '---\ntitle: A\n---\n\n\n   Đoạn một.  \n\n\n'],
    ['a rule (---) in the body', '---\ntitle: A\n---\nĐoạn một.\n\n---\n\nĐoạn hai.\n'],
    ['an empty body', '---\ntitle: A\n---\n'],
    ['no line end after the closing line', '---\ntitle: A\n---'],
  ])('is the body Astro’s entry type gives, with %s', async (_name, contents) => {
    expect(bodyAfterFrontmatter(contents)).toBe(await astroBody(contents));
  });
});
