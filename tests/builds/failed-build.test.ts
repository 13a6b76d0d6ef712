/**
 * A failed build never leaves a broken site (scripts/lib/build-site.ts): `npm run build` checks
 * the content first and builds into a staging folder that replaces `dist/` only when the whole
 * build succeeded. One project copy is built once, then, in order:
 * - content the check refuses: Astro, started beside the check, is stopped before it builds
 *   anything (its wait is tested in tests/integrations/check-gate.test.ts); `dist/` stays byte
 *   for byte;
 * - an edit that builds: `dist/` is replaced, the summary names the edited page first, and the
 *   fresh staging folder still lets Astro reuse the unchanged pages;
 * - a page component that throws, which the check cannot see: Astro fails halfway through
 *   writing pages, and `dist/` stays byte for byte;
 * - an edit, then a build that fails once Astro has rendered the edited page, then the edit undone:
 *   the next build publishes the page as it is now, not Astro's copy from the failed build
 *   (src/integrations/unfinished-build.ts);
 * - the search index failing once Astro has succeeded (it runs after Astro's process exits):
 *   `dist/` stays byte for byte too.
 * Six Astro builds in all; the refusal builds nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildMessage,
  buildCopy,
  createProjectCopy,
  hashTree,
  seedPictures,
  type BuildResult,
} from './build-fixture.ts';

const THOAI_SON = 'content/models/hien-dat-lam-duong-thoai-son/index.mdx';
const THOAI_SON_URL = '/mo-hinh/hien-dat-lam-duong-thoai-son/';
const KEPT = 'Trang web cũ trong dist/ vẫn giữ nguyên, không có gì bị ghi đè.';

/** The summary that ends a build: everything from its rule on. */
const summaryOf = (output: string) => output.slice(output.lastIndexOf('── Tóm tắt'));

describe('npm run build', () => {
  let root = '';
  let first: BuildResult | undefined;
  const dist = () => path.join(root, 'dist');
  /** The staging and swap folders a build may leave beside dist/, which must all be gone. */
  const leftBehind = () => ['dist.new', 'dist.old'].filter((name) => existsSync(path.join(root, name)));

  beforeAll(async () => {
    root = await createProjectCopy({});
    await seedPictures(root);
    first = await buildCopy(root);
  });
  afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  test('builds the site the first time, and says there is nothing to compare with', () => {
    expect(first?.code, buildMessage(first)).toBe(0);
    const summary = summaryOf(first?.output ?? '');
    expect(summary).toMatch(/✓ Đã xây dựng xong trang web: \d+ trang, trong dist\//);
    expect(summary).toContain('Đây là lần xây dựng đầu tiên');
    expect(leftBehind()).toEqual([]);
    // The web editor comes from the bundle seeded from the project's cache: no copy bundles it again.
    expect(first?.output).toContain('Trình biên tập /admin/: dùng lại bản đóng gói trong bộ nhớ đệm');
    expect(existsSync(path.join(dist(), 'admin', 'index.html'))).toBe(true);
  });

  test('refused by the check, leaves the last good site byte for byte and no staging folder', async () => {
    const before = hashTree(dist());
    const broken = path.join(root, 'content/models/ngay-sai/index.md');
    await mkdir(path.dirname(broken), { recursive: true });
    await writeFile(
      broken,
      '---\ntitle: Mô hình ngày sai\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n' +
        'published: 2024-02-30\nsources:\n  - title: Một bài báo\n    outlet: Báo thử\n    url: https://example.org/bai-thu\n' +
        '    date: 2024\n---\n\nNội dung.\n',
    );
    try {
      const { code, output } = await buildCopy(root);
      expect(code, output).toBe(1);
      expect(output).toContain(
        '✗ content/models/ngay-sai/index.md:8 — trường “published”: “2024-02-30” không phải ngày hợp lệ',
      );
      expect(output).not.toContain('[build]');
      const summary = summaryOf(output);
      expect(summary).toContain('✗ Chưa xây dựng: kiểm tra nội dung thấy 1 lỗi');
      expect(summary).toContain(KEPT);
      expect(hashTree(dist())).toEqual(before);
      expect(leftBehind()).toEqual([]);
    } finally {
      await rm(path.dirname(broken), { recursive: true, force: true });
    }
  });

  test('replaces the site when the build succeeds, naming the edited page first among the changed', async () => {
    // A killed build's staging folder: removed, never published.
    await mkdir(path.join(root, 'dist.new'), { recursive: true });
    await writeFile(path.join(root, 'dist.new', 'do-dang.html'), '<p>nửa chừng</p>');
    const file = path.join(root, THOAI_SON);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Hiến đất mở đường ở Thoại Sơn (bản sửa)'),
    );
    const { code, output } = await buildCopy(root);
    expect(code, output).toBe(0);
    const summary = summaryOf(output);
    expect(summary.trim().split('\n').length, summary).toBeLessThanOrEqual(10);
    expect(summary).toMatch(/So với lần trước: không trang nào mới, \d+ trang thay đổi, không trang nào bị bỏ\./);
    expect(summary).toContain(`  Thay đổi: ${THOAI_SON_URL}, `);
    expect(summary).toContain('Xem thử: chạy “npm run preview” rồi mở http://localhost:4321/');
    expect(readFileSync(path.join(dist(), THOAI_SON_URL, 'index.html'), 'utf8')).toContain('(bản sửa)');
    expect(existsSync(path.join(dist(), 'do-dang.html'))).toBe(false);
    expect(leftBehind()).toEqual([]);
    // Astro's incremental build keeps its copies in the cache folder: a fresh staging folder
    // still reuses the pages the edit did not reach.
    expect(output.match(/\((?:restored|cached)\)/g)?.length ?? 0).toBeGreaterThan(50);
  });

  test('failing inside Astro (a page that throws), leaves the last good site byte for byte', async () => {
    const before = hashTree(dist());
    const page = path.join(root, 'src/pages/trang-hong.astro');
    await writeFile(page, "---\nthrow new Error('Trang thử hỏng');\n---\n<p>Không bao giờ hiện.</p>\n");
    try {
      const { code, output } = await buildCopy(root);
      expect(code, output).not.toBe(0);
      // It got past the check and wrote pages before it failed.
      expect(output).toContain('Kết quả: không có lỗi');
      expect(output).toMatch(/generating static routes[\s\S]*\/index\.html/);
      const summary = summaryOf(output);
      expect(summary).toContain('✗ Xây dựng không thành công: Caught error rendering /trang-hong');
      expect(summary).toContain('Trang thử hỏng');
      expect(summary).toContain(KEPT);
      expect(hashTree(dist())).toEqual(before);
      expect(leftBehind()).toEqual([]);
    } finally {
      await rm(page, { force: true });
    }
  });

  test('after a build that failed halfway, an edit undone since is not published from its copies', async () => {
    const file = path.join(root, THOAI_SON);
    // What the last good build was made from (the edit of the test above that replaced the site).
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^title: .*$/m, 'title: Hiến đất mở đường ở Thoại Sơn (bản bỏ dở)'));
    // Astro's copy of the model page in its cache; the page below fails the build once it is written.
    const copy = path.join(root, '.cache', 'dist', THOAI_SON_URL.slice(1), 'index.html');
    const page = path.join(root, 'src/pages/trang-hong-sau.astro');
    await writeFile(
      page,
      `---
import { readFileSync } from 'node:fs';
const written = () => {
  try {
    return readFileSync(${JSON.stringify(copy)}, 'utf8').includes('(bản bỏ dở)');
  } catch {
    return false;
  }
};
// Waits (two minutes at most) until Astro has rendered the edited model and kept its copy.
for (let i = 0; i < 1200 && !written(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
throw new Error('Trang thử hỏng sau trang đã sửa');
---
`,
    );
    try {
      const failed = await buildCopy(root);
      expect(failed.code, failed.output).not.toBe(0);
      expect(summaryOf(failed.output)).toContain('Trang thử hỏng sau trang đã sửa');
      // The cache now holds the page of an edit no site shows, which Astro's record does not know.
      expect(readFileSync(copy, 'utf8')).toContain('(bản bỏ dở)');
    } finally {
      await rm(page, { force: true });
    }
    // The edit undone: the content is again what the last good build was made from.
    writeFileSync(file, good);
    const result = await buildCopy(root);
    expect(result.code, buildMessage(result)).toBe(0);
    const published = readFileSync(path.join(dist(), THOAI_SON_URL, 'index.html'), 'utf8');
    expect(published).toContain('(bản sửa)');
    expect(published).not.toContain('(bản bỏ dở)');
  });

  test('failing in the search index after Astro succeeded, leaves the last good site byte for byte', async () => {
    const before = hashTree(dist());
    // Astro copies public/ into the site as it is: a file where Pagefind writes its folder.
    const blocker = path.join(root, 'public/pagefind');
    await writeFile(blocker, 'không phải thư mục');
    try {
      const { code, output } = await buildCopy(root);
      expect(code, output).not.toBe(0);
      expect(output).toMatch(/\[build\] Complete!/);
      const summary = summaryOf(output);
      expect(summary).toContain('✗ Xây dựng không thành công: Không ghi được chỉ mục tìm kiếm');
      expect(summary).toContain(KEPT);
      expect(hashTree(dist())).toEqual(before);
      expect(leftBehind()).toEqual([]);
    } finally {
      await rm(blocker, { force: true });
    }
  });
});
