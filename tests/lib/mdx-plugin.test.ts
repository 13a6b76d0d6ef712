/**
 * The component rules run through Sätteri, as the build and `npm run check` run them: each misuse
 * in a real `.mdx` body gives its Vietnamese message with the file, the line, the component and the prop.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-errors.ts';
import { blankFrontmatter, checkBody, contentProcessor, mdxComponentsPlugin } from '../../src/lib/mdx-plugin.ts';

const root = '/du-an';
const MODEL = path.join(root, 'content/models/thu/index.mdx');
const NEWS = path.join(root, 'content/news/thu/index.mdx');
const modelFrontmatter = { title: 'Thử', sources: [{ title: 'Bài một' }, { title: 'Bài hai' }] };
const newsFrontmatter = { title: 'Tin', source: { title: 'Bài' } };

/** An `.mdx` file: eight lines of frontmatter, a blank line, then `body` from line 10. */
function mdxFile(
  body: string,
  frontmatterLines = ['title: Thử', 'sources:', '  - title: Bài một', '  - title: Bài hai'],
) {
  const lines = [...frontmatterLines, ...Array(8 - 2 - frontmatterLines.length).fill('# …')];
  return ['---', ...lines, '---', '', body].join('\n');
}

describe('checkBody', () => {
  test('finds nothing in a body that uses every component as documented', async () => {
    const body = [
      'Đoạn mở đầu.',
      '',
      '<TrichDan nguoi="ông A, Chủ tịch UBND xã" nguon={2}>Lời nói nguyên văn.</TrichDan>',
      '',
      '<DongThoiGian>',
      '  <Moc ngay="2020" nguon={1}>Họp dân.</Moc>',
      '  <Moc ngay="2020-07-30" nguon={2}>',
      '    Khởi công.',
      '',
      '    Bà con góp công.',
      '  </Moc>',
      '</DongThoiGian>',
      '',
      '<DongThoiGian><Moc ngay="2021" nguon={1}>Một dòng.</Moc></DongThoiGian>',
      '',
      '<SoLieu so={43} donVi="km" nhan="đường mở nhờ dân hiến đất" nguon={1} uocLuong="hơn" />',
      '',
      '{/* ghi chú của biên tập viên */}',
    ].join('\n');
    expect(await checkBody(mdxFile(body), MODEL, modelFrontmatter, { root })).toEqual([]);
  });

  test.each([
    ['an unknown component', '<TrichDann nguoi="ông A" nguon={1}>Lời.</TrichDann>', 'không có thẻ <TrichDann>'],
    [
      'an unknown prop',
      '<SoLieu so={4} donVi="km" nhan="đường" nguon={1} donvi="km" />',
      'thẻ <SoLieu>, thuộc tính “donvi”: không có thuộc tính này',
    ],
    ['a missing nguon', '<TrichDan nguoi="ông A">Lời.</TrichDan>', 'thẻ <TrichDan>, thuộc tính “nguon”: còn thiếu'],
    [
      'nguon past the entry’s sources',
      '<TrichDan nguoi="ông A" nguon={3}>Lời.</TrichDan>',
      'thẻ <TrichDan>, thuộc tính “nguon”: nguồn số 3 không có: danh sách sources của bài có 2 nguồn',
    ],
    [
      'a bad date',
      '<DongThoiGian><Moc ngay="2020-13" nguon={1}>Lời.</Moc></DongThoiGian>',
      'thẻ <Moc>, thuộc tính “ngay”: “2020-13” không phải ngày hợp lệ',
    ],
    [
      'a bad qualifier',
      '<SoLieu so={4} donVi="km" nhan="đường" nguon={1} uocLuong="chừng" />',
      'thẻ <SoLieu>, thuộc tính “uocLuong”: “chừng” không dùng được',
    ],
    [
      'a number that is not one',
      '<SoLieu so={bốn} donVi="km" nhan="đường" nguon={1} />',
      'thẻ <SoLieu>, thuộc tính “so”: “bốn” không phải con số',
    ],
    ['an empty quotation', '<TrichDan nguoi="ông A" nguon={1}></TrichDan>', 'thẻ <TrichDan>: chưa có lời trích'],
    ['an import', "import X from './x.astro'", "dòng “import X from './x.astro'” không dùng được"],
    ['code in braces', 'Tổng {1 + 1} hộ.', '“{1 + 1}”: dấu ngoặc nhọn'],
    ['a component inside a sentence', 'Có <SoLieu so={4} donVi="km" nhan="đường" nguon={1} /> ở đây.', 'đoạn riêng'],
  ])('reports %s with the file and its line', async (_name, body, expected) => {
    const problems = await checkBody(mdxFile(body), MODEL, modelFrontmatter, { root });
    expect(problems.map((p) => p.file)).toContain('content/models/thu/index.mdx:10');
    expect(problems.map((p) => p.message).join('\n')).toContain(expected);
  });

  test('counts a news item’s single source as 1', async () => {
    const frontmatter = ['title: Tin', 'source:', '  title: Bài'];
    const ok = mdxFile('<TrichDan nguoi="bà B" nguon={1}>Lời.</TrichDan>', frontmatter);
    const wrong = mdxFile('<TrichDan nguoi="bà B" nguon={2}>Lời.</TrichDan>', frontmatter);
    expect(await checkBody(ok, NEWS, newsFrontmatter, { root })).toEqual([]);
    expect(await checkBody(wrong, NEWS, newsFrontmatter, { root })).toEqual([
      {
        file: 'content/news/thu/index.mdx:10',
        message:
          'thẻ <TrichDan>, thuộc tính “nguon”: nguồn số 2 không có: tin tức chỉ có một nguồn (trường source). Ghi nguon={1}.',
      },
    ]);
  });

  test('reports every problem of a file in line order', async () => {
    const body = ['<Moc ngay="2020" nguon={1}>Lạc chỗ.</Moc>', '', '<TrichDan nguoi="ông A" nguon={9}>Lời.</TrichDan>'];
    const problems = await checkBody(mdxFile(body.join('\n')), MODEL, modelFrontmatter, { root });
    expect(problems.map((p) => p.file)).toEqual(['content/models/thu/index.mdx:10', 'content/models/thu/index.mdx:12']);
  });

  test('says in Vietnamese where the MDX itself is broken', async () => {
    const problems = await checkBody(
      mdxFile('Đoạn.\n\n<Moc ngay="2020" nguon={1}>\n\nChưa đóng.'),
      MODEL,
      {},
      { root },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/models/thu/index.mdx:12');
    expect(problems[0]!.message).toContain('lỗi cú pháp MDX: thẻ <Moc> chưa được đóng');
  });

  test('asks for an .mdx file when a component is written in a .md one', async () => {
    const file = path.join(root, 'content/models/thu/index.md');
    const problems = await checkBody(mdxFile('<SoLieu so={4} />'), file, {}, { root });
    expect(problems).toEqual([
      {
        file: 'content/models/thu/index.md:10',
        message:
          'thẻ <SoLieu> chỉ dùng được trong tệp .mdx. Đổi tên tệp index.md thành index.mdx, hoặc bỏ thẻ và viết bằng Markdown.',
      },
    ]);
  });

  test('accepts every example of the editor guide', async () => {
    const guide = await readFile(new URL('../../docs/huong-dan-bien-tap.md', import.meta.url), 'utf8');
    const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      expect(await checkBody(mdxFile(example), MODEL, modelFrontmatter, { root }), example).toEqual([]);
    }
  });

  test('leaves a plain Markdown file alone', async () => {
    const file = path.join(root, 'content/models/thu/index.md');
    expect(await checkBody(mdxFile('Đoạn văn **đậm**, {không phải mã}.'), file, {}, { root })).toEqual([]);
  });
});

describe('mdxComponentsPlugin', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dvk-mdx-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('throws one ContentError holding every problem, as the build shows it', async () => {
    const file = path.join(dir, 'content/models/thu/index.mdx');
    const source = blankFrontmatter(mdxFile('<TrichDan nguoi="ông A">Lời.</TrichDan>\n\n<Bang />'));
    // Sätteri throws at once when every plugin is synchronous; Astro awaits it either way.
    const compiling = (async () =>
      mdxToJs(source, {
        mdastPlugins: [mdxComponentsPlugin({ root: dir })],
        fileURL: pathToFileURL(file),
        data: {
          astro: {
            frontmatter: modelFrontmatter,
            headings: [],
            localImagePaths: new Set(),
            remoteImagePaths: new Set(),
          },
        },
      }))();
    await expect(compiling).rejects.toThrow(ContentError);
    await expect(compiling).rejects.toThrow(
      /^Có 2 lỗi trong nội dung[^\n]*\n {2}• content\/models\/thu\/index\.mdx:10: thẻ <TrichDan>, thuộc tính “nguon”: còn thiếu[^\n]*\n {2}• content\/models\/thu\/index\.mdx:12: không có thẻ <Bang>/,
    );
  });

  test('finds the line in the file when a Markdown body comes without its frontmatter, as Astro renders .md', async () => {
    const file = path.join(dir, 'index.md');
    const raw = mdxFile('Đoạn.\n\n<TrichDan nguoi="ông A" nguon={1}>Lời.</TrichDan>\n');
    await writeFile(file, raw);
    const body = raw.slice(raw.indexOf('Đoạn.')).trim();
    const rendering = (async () =>
      markdownToHtml(body, { mdastPlugins: [mdxComponentsPlugin({ root: dir })], fileURL: pathToFileURL(file) }))();
    await expect(rendering).rejects.toThrow('index.md:12: thẻ <TrichDan> chỉ dùng được trong tệp .mdx');
  });
});

describe('contentProcessor', () => {
  test('is Astro’s Sätteri processor with the component rules and the invisible-character removal', () => {
    const processor = contentProcessor({ root });
    expect(processor.name).toBe('satteri');
    expect(processor.options.mdastPlugins).toHaveLength(2);
    expect(typeof processor.createMdxRenderer).toBe('function');
  });
});

describe('blankFrontmatter', () => {
  test('keeps every line and column where it was', () => {
    const raw = '---\ntitle: Thử\n---\n\nĐoạn.';
    const blank = blankFrontmatter(raw);
    expect(blank).toHaveLength(raw.length);
    expect(blank.split('\n')).toHaveLength(5);
    expect(blank.trim()).toBe('Đoạn.');
  });
});
