import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { scaffoldEntry, shortenedSlugNote, shortSlug, SLUG_MAX, yamlString } from '../../scripts/lib/scaffold.ts';
import { normaliseEntry } from '../../scripts/lib/normalise.ts';
import { parseYaml } from '../../src/loaders/frontmatter.ts';
import { MODEL_FIELDS } from '../../src/schemas/field-order.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let root: string;
let content: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dvk-scaffold-'));
  content = path.join(root, 'content');
  await cp(path.join(projectRoot, 'content'), content, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('scaffoldEntry', () => {
  test('creates a model folder with an ASCII slug (đ → d) and today’s date', async () => {
    const { file, slug } = await scaffoldEntry(content, 'mo-hinh', 'Đường điện sáng ở Đồng Tháp', '2026-11-25');
    expect(slug).toBe('duong-dien-sang-o-dong-thap');
    expect(file).toBe(path.join(content, 'models', slug, 'index.md'));
    const text = await readFile(file, 'utf8');
    expect(text).toContain('title: Đường điện sáng ở Đồng Tháp\n');
    expect(text).toContain('published: 2026-11-25\n');
    expect(text).toContain('draft: true\n');
  });

  test('writes every schema field, each under a Vietnamese comment', async () => {
    const { file } = await scaffoldEntry(content, 'mo-hinh', 'Mô hình mới', '2026-11-25');
    const lines = (await readFile(file, 'utf8')).split('\n');
    // Every field of the one order table, but `slug` and `gallery`, which the scaffolder leaves
    // for editors who need them (the guide explains both).
    const fields = MODEL_FIELDS.filter((field) => field !== 'slug' && field !== 'gallery');
    for (const field of fields) {
      const at = lines.findIndex((l) => new RegExp(`^(# )?${field}:`).test(l));
      expect(at, field).toBeGreaterThan(0);
      expect(lines[at - 1], field).toMatch(/^# \S/);
    }
  });

  test.each([
    ['mo-hinh', 'models'],
    ['tin-tuc', 'news'],
  ] as const)('gives a %s that, filled in, is already as the web editor writes it', async (kind, collection) => {
    const { file } = await scaffoldEntry(content, kind, 'Tin mới: hội nghị', '2026-11-25');
    const scaffolded = await readFile(file, 'utf8');
    // What the scaffolder asks for: fill in every «…», delete the comments and the lines not used.
    const filled = scaffolded
      .split('\n')
      .filter((line) => !/^#/.test(line) && !/: \[\]$/.test(line))
      .map((line) => line.replace(/ # «.*$/, '').replace(/«[^»]*»/g, 'Nội dung thật'))
      .join('\n');
    const { text, changed, changes } = normaliseEntry(scaffolded, collection, file);
    expect(
      changes.every((change) => /^bỏ (danh sách rỗng|các dòng ghi chú)/.test(change)),
      changes.join(),
    ).toBe(true);
    // Only comments and empty lists go; no field moves.
    const frontmatter = (entry: string) => parseYaml(entry.split('\n---\n')[0]!.slice(4), file) as object;
    const empty = Object.entries(frontmatter(scaffolded)).filter(([, value]) => Array.isArray(value) && !value.length);
    expect(Object.keys(frontmatter(text))).toEqual(
      Object.keys(frontmatter(scaffolded)).filter((key) => !empty.some(([name]) => name === key)),
    );
    expect(changed).toBe(true);
    expect(normaliseEntry(filled, collection, file)).toMatchObject({ changed: false, changes: [] });
  });

  test('gives a file the checker accepts as a draft, with only the placeholder warning', async () => {
    await scaffoldEntry(content, 'mo-hinh', 'Mô hình mới', '2026-11-25');
    await scaffoldEntry(content, 'tin-tuc', 'Tin mới: hội nghị', '2026-11-25');
    const { findings } = await checkContent(root, content); // today: real content is checked as it would be published now
    expect(findings.map((f) => `${f.severity} ${f.file}`)).toEqual([
      'warning content/models/mo-hinh-moi/index.md',
      'warning content/news/tin-moi-hoi-nghi/index.md',
    ]);
  });

  test('warns about a picture too large to be worth processing', async () => {
    const { default: sharp } = await import('sharp');
    const { file, folder } = await scaffoldEntry(content, 'mo-hinh', 'Ảnh quá lớn', '2026-11-25');
    await sharp({ create: { width: 4200, height: 300, channels: 3, background: '#888888' } })
      .png()
      .toFile(path.join(folder, 'anh-bia.png'));
    const text = (await readFile(file, 'utf8'))
      .replace('# cover:', 'cover:')
      .replace('#   src: ./anh-bia.jpg', '  src: ./anh-bia.png')
      .replace('#   alt: «Mô tả ảnh cho người không nhìn thấy»', '  alt: Một mảng màu xám')
      .replace('#   credit: «Ai chụp hoặc vẽ; hình minh họa thì ghi rõ là hình minh họa»', '  credit: Bộ kiểm thử');
    await writeFile(file, text);
    const { findings } = await checkContent(root, content); // today: real content is checked as it would be published now
    const picture = findings.find((f) => f.field === 'cover.src');
    expect(picture).toMatchObject({ severity: 'warning', file: 'content/models/anh-qua-lon/index.md' });
    expect(picture?.message).toMatch(/rộng 4200 px\. Hãy thu nhỏ \(rộng tối đa 4000 px, dưới 3 MB\)\.$/);
  });

  test('refuses to overwrite an existing entry, says so, and changes nothing', async () => {
    const existing = path.join(content, 'models', 'duong-be-tong-ra-canh-dong-tan-chau', 'index.md');
    const before = await readFile(existing, 'utf8');
    await expect(
      scaffoldEntry(content, 'mo-hinh', 'Đường bê tông ra cánh đồng Tân Châu', '2026-11-25'),
    ).rejects.toThrow(
      /^Đã có bài ở .*duong-be-tong-ra-canh-dong-tan-chau \(địa chỉ “duong-be-tong-ra-canh-dong-tan-chau”\)\. Không ghi đè/,
    );
    expect(await readFile(existing, 'utf8')).toBe(before);
  });

  test('makes a short address from a long news title, and says which one it shortened', async () => {
    const title =
      'Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị sơ kết công tác dân vận sáu tháng đầu năm và triển khai nhiệm vụ';
    const { slug, fullSlug, folder } = await scaffoldEntry(content, 'tin-tuc', title, '2026-11-25');
    expect(fullSlug).toBe(
      'ban-dan-van-tinh-uy-an-giang-to-chuc-hoi-nghi-so-ket-cong-tac-dan-van-sau-thang-dau-nam-va-trien-khai-nhiem-vu',
    );
    expect(slug).toBe('ban-dan-van-tinh-uy-an-giang-to-chuc-hoi-nghi-so-ket-cong');
    expect(folder).toBe(path.join(content, 'news', slug));
    // The title itself is kept whole.
    expect(await readFile(path.join(folder, 'index.md'), 'utf8')).toContain(`title: ${title}\n`);
  });

  test('keeps a short title’s address whole and says nothing about it', async () => {
    const result = await scaffoldEntry(content, 'mo-hinh', 'Đường ra cánh đồng mới', '2026-11-25');
    expect(result).not.toHaveProperty('fullSlug');
  });

  test('refuses a long title whose shortened address is taken, and says the address comes from its start', async () => {
    const start = 'Hội nghị tổng kết công tác dân vận năm 2025 của Ban Dân vận Tỉnh ủy';
    await scaffoldEntry(content, 'tin-tuc', `${start} An Giang và các huyện`, '2026-11-25');
    await expect(scaffoldEntry(content, 'tin-tuc', `${start} An Giang tại Long Xuyên`, '2026-11-25')).rejects.toThrow(
      /Không ghi đè: hãy sửa bài đó, hoặc chọn tên khác\. Địa chỉ chỉ lấy khoảng 60 ký tự đầu của tên, nên hãy đổi phần đầu tên\.$/,
    );
  });

  test('refuses a title with no letters', async () => {
    await expect(scaffoldEntry(content, 'tin-tuc', '!!!', '2026-11-25')).rejects.toThrow(/Không tạo được địa chỉ/);
    expect(existsSync(path.join(content, 'news', 'index.md'))).toBe(false);
  });
});

describe('shortSlug', () => {
  test.each([
    ['duong-ra-canh-dong', 'duong-ra-canh-dong'],
    // Exactly 60 characters: kept.
    ['a'.repeat(28) + '-' + 'b'.repeat(31), 'a'.repeat(28) + '-' + 'b'.repeat(31)],
    // Cut after the last whole word that fits.
    [
      'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2025-ban-dan-van-tinh-uy-an-giang',
      'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2025-ban-dan-van-tinh',
    ],
    // A function word is not left at the end ("…-cua", "…-va").
    [
      'khen-thuong-tap-the-dien-hinh-trong-phong-trao-thi-dua-cua-tinh-an-giang',
      'khen-thuong-tap-the-dien-hinh-trong-phong-trao-thi-dua',
    ],
    ['a'.repeat(70), 'a'.repeat(60)],
  ])('%s → %s', (slug, short) => {
    expect(shortSlug(slug)).toBe(short);
    expect(shortSlug(slug).length).toBeLessThanOrEqual(SLUG_MAX);
  });

  test('never ends on a hyphen or cuts a word', () => {
    const slug = 'mot-hai-ba-bon-nam-sau-bay-tam-chin-muoi-muoi-mot-muoi-hai-muoi-ba-muoi-bon';
    for (const max of [20, 33, 41, 60]) {
      const short = shortSlug(slug, max);
      expect(short.length).toBeLessThanOrEqual(max);
      expect(slug.startsWith(`${short}-`)).toBe(true);
    }
  });
});

describe('shortenedSlugNote', () => {
  test('says the address was shortened and how to choose another with slug:', () => {
    expect(shortenedSlugNote('hoi-nghi-tong-ket', 'hoi-nghi-tong-ket-cong-tac-dan-van')).toBe(
      [
        'Tên bài dài nên địa chỉ được rút gọn còn 17 ký tự (để nguyên thì dài 34 ký tự).',
        'Muốn địa chỉ khác: mở tệp, thêm một dòng ngay dưới dòng title, ví dụ',
        '  slug: hoi-nghi-tong-ket',
        'rồi sửa phần sau “slug: ”. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, nên dưới 60 ký tự.',
      ].join('\n'),
    );
  });
});

describe('yamlString', () => {
  test.each([
    ['Đường ra cánh đồng', 'Đường ra cánh đồng'],
    ['Tin mới: hội nghị', "'Tin mới: hội nghị'"],
    ['#1 mô hình', "'#1 mô hình'"],
    ['2025', "'2025'"],
    ["Mô hình 'Dân vận khéo': xã", `"Mô hình 'Dân vận khéo': xã"`],
    ['0b101', '"0b101"'],
  ])('%s → %s', (text, written) => {
    expect(yamlString(text)).toBe(written);
  });

  test.each([
    '“Dân vận khéo” ở Phú Tân',
    '- gạch đầu dòng',
    'true',
    'null',
    '1.870',
    '0x1F',
    '0b101',
    'Có "ngoặc kép" và \\ gạch chéo',
    'Hai\ndòng',
  ])('reads back as the same text: %s', (text) => {
    expect(parseYaml(`title: ${yamlString(text)}`, 'x.md')).toEqual({ title: text });
  });
});
