import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../scripts/lib/search-index.ts';
import { memoryScratchDir } from '../scratch-dir.ts';

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

  test('fails in Vietnamese when the pages cannot be laid out for Pagefind, leaving no folder behind', async () => {
    await page('mo-hinh/a/index.html', '<article data-pagefind-body><h1>Đường ra đồng</h1></article>');
    // A folder where a page should be: it can be neither linked nor copied.
    await mkdir(path.join(site, 'tin-tuc', 'b', 'index.html'), { recursive: true });
    await expect(writeSearchIndex(site)).rejects.toThrow(/^Không chuẩn bị được các trang để lập chỉ mục tìm kiếm/);
    expect(existsSync(path.join(site, '.pagefind-pages'))).toBe(false);
  }, 30_000);

  test('gives the same index whatever order the pages were written in', async () => {
    // A file system that lists a folder in the order its entries were made (tmpfs, when the
    // machine has one) is where the order used to leak into the index; ext4 lists by name hash.
    const base = memoryScratchDir() ?? tmpdir();
    const sites = [await mkdtemp(path.join(base, 'dvk-order-a-')), await mkdtemp(path.join(base, 'dvk-order-b-'))];
    try {
      const names = Array.from({ length: 30 }, (_, i) => `mo-hinh/mo-hinh-${String(i).padStart(2, '0')}/index.html`);
      const prints: string[] = [];
      for (const [n, dir] of sites.entries()) {
        for (const name of n === 0 ? names : [...names].reverse()) {
          await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
          await writeFile(
            path.join(dir, name),
            `<!doctype html><html lang="vi"><head><title>${name}</title></head><body><article data-pagefind-body><h1>Mô hình ${name}</h1><p>Đường bê tông ra đồng ${name.length}</p></article></body></html>`,
          );
        }
        await writeSearchIndex(dir);
        expect(existsSync(path.join(dir, '.pagefind-pages')), 'the folder of links is removed').toBe(false);
        prints.push(treeHash(path.join(dir, 'pagefind')));
      }
      expect(prints[1]).toBe(prints[0]);
    } finally {
      await Promise.all(sites.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  }, 60_000);
});

/** One hash of every file under `dir`, by sorted path. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(path.relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}
