import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  changedBytes,
  changedSpan,
  compareSites,
  failureReason,
  formatFailure,
  formatSuccess,
  listPages,
  listUrls,
  pageUrl,
} from '../../scripts/lib/build-summary.ts';

/**
 * Two builds' pages from their texts (address → text) as the arguments of `compareSites`: each
 * page's "file" is its text, and two are compared as `changedBytes` compares files.
 */
function sites(before: Record<string, string>, after: Record<string, string>) {
  const bytes = (text: string) => new TextEncoder().encode(text);
  return [
    new Map(Object.entries(before)),
    new Map(Object.entries(after)),
    (old: string, next: string) => changedSpan(bytes(old), bytes(next)),
  ] as const;
}

describe('pageUrl', () => {
  test.each([
    ['index.html', '/'],
    ['mo-hinh/ten/index.html', '/mo-hinh/ten/'],
    ['404.html', '/404.html'],
    [path.join('dia-ban', 'tan-chau', 'trang', '2', 'index.html'), '/dia-ban/tan-chau/trang/2/'],
  ])('%s is served at %s', (file, url) => {
    expect(pageUrl(file)).toBe(url);
  });
});

describe('listPages', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dvk-pages-'));
    await mkdir(path.join(dir, 'mo-hinh', 'a'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<p>trang chủ</p>');
    await writeFile(path.join(dir, 'mo-hinh', 'a', 'index.html'), '<p>mô hình</p>');
    await writeFile(path.join(dir, 'mo-hinh', 'rss.xml'), '<rss/>');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('lists every HTML page by its address, with its file, and nothing else', () => {
    expect(Object.fromEntries(listPages(dir))).toEqual({
      '/': path.join(dir, 'index.html'),
      '/mo-hinh/a/': path.join(dir, 'mo-hinh', 'a', 'index.html'),
    });
  });

  test('is empty for a folder that does not exist (the first build)', () => {
    expect(listPages(path.join(dir, 'khong-co')).size).toBe(0);
  });
});

describe('changedBytes', () => {
  let dir = '';
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dvk-bytes-'));
    await writeFile(file('a.html'), '<h1>A</h1> giữa <p>A</p>');
    await writeFile(file('a-copy.html'), '<h1>A</h1> giữa <p>A</p>');
    await writeFile(file('b.html'), '<h1>B</h1> giữa <p>B</p>');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('is 0 for two files with the same bytes', () => {
    expect(changedBytes(file('a.html'), file('a-copy.html'))).toBe(0);
  });

  test('is the changed span of two files that differ', () => {
    expect(changedBytes(file('a.html'), file('b.html'))).toBe(18);
  });
});

describe('changedSpan', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  test.each([
    ['abc', 'abc', 0],
    ['<h1>A</h1> giua <p>A</p>', '<h1>B</h1> giua <p>B</p>', 16],
    ['giua <p>A</p>', 'giua <p>B</p>', 1],
    ['abc', 'abcdef', 3],
    ['abcdef', 'abc', 3],
  ])('from %j to %j: %i bytes', (before, after, span) => {
    expect(changedSpan(bytes(before), bytes(after))).toBe(span);
  });
});

describe('compareSites', () => {
  test('sorts pages into new, changed and removed, and leaves out the unchanged', () => {
    const before = { '/': '1', '/mo-hinh/a/': '2', '/mo-hinh/b/': '3' };
    const after = { '/': '1', '/mo-hinh/a/': '9', '/mo-hinh/c/': '4' };
    expect(compareSites(...sites(before, after))).toEqual({
      added: ['/mo-hinh/c/'],
      changed: ['/mo-hinh/a/'],
      removed: ['/mo-hinh/b/'],
    });
  });

  test('lists model and news pages before listings, and the most changed page first', () => {
    // Each page's "file" is its address; the span of each changed page is given outright.
    const pages = new Map(
      ['/', '/dia-ban/x/', '/mo-hinh/trang/2/', '/mo-hinh/a/', '/tin-tuc/b/'].map((url) => [url, url]),
    );
    const spans: Record<string, number> = {
      '/tin-tuc/b/': 500,
      '/mo-hinh/a/': 20,
      '/': 1,
      '/dia-ban/x/': 900,
      '/mo-hinh/trang/2/': 1,
    };
    expect(compareSites(pages, pages, (file) => spans[file] ?? 0).changed).toEqual([
      '/tin-tuc/b/',
      '/mo-hinh/a/',
      '/dia-ban/x/',
      '/',
      '/mo-hinh/trang/2/',
    ]);
  });

  test('finds every page new when there was no site before', () => {
    expect(compareSites(...sites({}, { '/b/': '1', '/a/': '1' })).added).toEqual(['/a/', '/b/']);
  });
});

describe('listUrls', () => {
  test('names up to five addresses, then how many more', () => {
    const urls = ['/1/', '/2/', '/3/', '/4/', '/5/', '/6/', '/7/'];
    expect(listUrls(urls)).toBe('/1/, /2/, /3/, /4/, /5/ và 2 trang khác');
    expect(listUrls(urls.slice(0, 5))).toBe('/1/, /2/, /3/, /4/, /5/');
    expect(listUrls(['/a/'])).toBe('/a/');
  });
});

describe('formatSuccess', () => {
  test('says how many pages were built, what changed and where to look, in at most ten lines', () => {
    const text = formatSuccess({
      pages: 312,
      outLabel: 'dist/',
      hadPrevious: true,
      changes: {
        added: ['/mo-hinh/moi/'],
        changed: ['/mo-hinh/a/', '/', '/2/', '/3/', '/4/', '/5/', '/6/'],
        removed: [],
      },
      warnings: 2,
    });
    expect(text.split('\n').length).toBeLessThanOrEqual(10);
    expect(text).toContain('✓ Đã xây dựng xong trang web: 312 trang, trong dist/');
    expect(text).toContain('So với lần trước: 1 trang mới, 7 trang thay đổi, không trang nào bị bỏ.');
    expect(text).toContain('  Mới: /mo-hinh/moi/\n');
    expect(text).toContain('  Thay đổi: /mo-hinh/a/, /, /2/, /3/, /4/ và 2 trang khác\n');
    expect(text).not.toContain('Bị bỏ');
    expect(text).toContain('Nội dung có 2 cảnh báo');
    expect(text).toContain('Xem thử: chạy “npm run preview” rồi mở http://localhost:4321/');
  });

  test('says so when nothing changed', () => {
    const text = formatSuccess({
      pages: 3,
      outLabel: 'dist/',
      hadPrevious: true,
      changes: { added: [], changed: [], removed: [] },
      warnings: 0,
    });
    expect(text).toContain('So với lần trước: không trang nào mới, thay đổi hay bị bỏ.');
    expect(text).not.toContain('cảnh báo');
  });

  test('says a first build has nothing to compare with, instead of listing every page as new', () => {
    const text = formatSuccess({
      pages: 3,
      outLabel: 'dist/',
      hadPrevious: false,
      changes: { added: ['/', '/a/', '/b/'], changed: [], removed: [] },
      warnings: 0,
    });
    expect(text).toContain('Đây là lần xây dựng đầu tiên');
    expect(text).not.toContain('Mới:');
  });
});

describe('formatFailure', () => {
  test.each([
    ['refused', '✗ Chưa xây dựng: kiểm tra nội dung thấy 2 lỗi', 'Sửa các lỗi rồi chạy lại “npm run build”.'],
    ['failed', '✗ Xây dựng không thành công: kiểm tra nội dung thấy 2 lỗi', 'Đọc thông báo lỗi ở trên'],
    ['stopped', '✗ Xây dựng bị dừng giữa chừng: kiểm tra nội dung thấy 2 lỗi', 'Chạy lại “npm run build”'],
  ] as const)('a %s build gives its reason and says the old site is kept', (kind, heading, next) => {
    const text = formatFailure({ reason: 'kiểm tra nội dung thấy 2 lỗi', kind, outLabel: 'dist/', hadPrevious: true });
    expect(text).toContain(heading);
    expect(text).toContain('Trang web cũ trong dist/ vẫn giữ nguyên, không có gì bị ghi đè.');
    expect(text).toContain(next);
    expect(text.split('\n').length).toBeLessThanOrEqual(10);
  });

  test('says there was no site to keep on a first build', () => {
    const text = formatFailure({ reason: 'lỗi', kind: 'failed', outLabel: 'dist/', hadPrevious: false });
    expect(text).toContain('dist/ chưa có trang web nào từ trước');
  });
});

describe('failureReason', () => {
  test('prefers the error Astro labelled, the one naming the page', () => {
    const output = [
      '01:12:08   ├─ /loi-thu/index.html01:12:08 [ERROR] Error: Lỗi thử trong trang',
      '    at file:///tmp/x/dist.new/.prerender/chunks/loi-thu.mjs:11:8',
      '01:12:08 [ERROR] [build] Caught error rendering /loi-thu: Error: Lỗi thử trong trang',
      '  Stack trace:',
    ].join('\n');
    expect(failureReason(output)).toBe('Caught error rendering /loi-thu: Error: Lỗi thử trong trang');
  });

  test('takes the cause printed after a "Build failed" line, in colour or not', () => {
    const output = [
      '01:07:11 [vite] ✓ built in 822ms',
      '\u001b[31m01:07:12 [ERROR] [vite] ✗ Build failed in 1.20s\u001b[39m',
      '[MDXError] Could not parse expression with acorn',
      '  Location:',
      '    /tmp/x/content/models/a/index.mdx:3:1',
    ].join('\n');
    expect(failureReason(output)).toBe('[MDXError] Could not parse expression with acorn');
  });

  test('joins a thrown content error’s heading to its first item', () => {
    const output = [
      '01:07:36 [content] Syncing content',
      '(node:123) Warning: something else',
      'Có 1 lỗi trong nội dung, cần sửa trước khi xuất bản:',
      '  • content/models/a/index.mdx:111: lỗi cú pháp MDX: dấu ngoặc nhọn { chưa được đóng bằng }.',
      '  Location:',
    ].join('\n');
    expect(failureReason(output)).toBe(
      'Có 1 lỗi trong nội dung, cần sửa trước khi xuất bản: content/models/a/index.mdx:111: lỗi cú pháp MDX: dấu ngoặc nhọn { chưa được đóng bằng }.',
    );
  });

  test('cuts a long reason to one short line', () => {
    const reason = failureReason(`01:00:00 [ERROR] [build] ${'dài '.repeat(200)}\nmore`);
    expect(reason?.length).toBeLessThanOrEqual(220);
    expect(reason).toMatch(/…$/);
  });

  test('is undefined when the output names no cause', () => {
    expect(failureReason('01:00:00 [build] Collecting build info...\n    at somewhere\n')).toBeUndefined();
  });
});
