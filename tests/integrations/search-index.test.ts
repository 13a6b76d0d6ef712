import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';

let site: string;
beforeEach(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'dvk-index-'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

async function page(file: string, body: string) {
  await mkdir(path.dirname(path.join(site, file)), { recursive: true });
  await writeFile(
    path.join(site, file),
    `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`,
  );
}

describe('writeSearchIndex', () => {
  test('indexes model and news pages only, and writes the index into the site', async () => {
    await page(
      'mo-hinh/a/index.html',
      '<nav>Mô hình</nav><article data-pagefind-body><h1>Đường ra đồng</h1></article>',
    );
    await page('tin-tuc/b/index.html', '<article data-pagefind-body><h1>Hội nghị</h1></article>');
    await page('mo-hinh/index.html', '<h1>Danh sách</h1>');
    // The web editor for staff is never searched, even if its page had an indexable part.
    await page('admin/index.html', '<article data-pagefind-body><h1>Biên tập</h1></article>');
    const summary = await writeSearchIndex(site);
    expect(summary.pages).toBe(2);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 30_000);

  test('fails loudly, in Vietnamese, when there is nothing to search', async () => {
    await page('index.html', '<h1>Trang chủ</h1>');
    await page('mo-hinh/index.html', '<h1>Danh sách</h1>');
    await expect(writeSearchIndex(site)).rejects.toThrow(/Không có trang mô hình hay tin tức nào/);
  }, 30_000);
});
