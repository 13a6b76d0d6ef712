/**
 * Search order on a real build, with entries made for it: dates that all differ, more results
 * than one batch shows, models and news of near-equal relevance, and places inside a province.
 * Pagefind and the search page's own code decide the order here, in Debian's Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchTestChromium } from '../chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildWithContent } from './build-fixture.ts';

/** A word no real entry holds, so only the entries below match it. */
const WORD = 'xqyw';
const PLACES = ['tan-chau', 'chau-doc', 'tri-ton', 'cho-moi', 'phu-tan'];

const model = (i: number) =>
  [
    '---',
    `title: Mô hình thử ${WORD} số ${i}`,
    `summary: Mô hình thử ${WORD} để kiểm tra thứ tự tìm kiếm.`,
    `place: ${PLACES[i - 1]}`,
    'field: kinh-te',
    'kind: tap-the',
    'year: 2024',
    `published: 2024-01-0${i}`,
    'sources:',
    '  - outlet: Nguồn thử',
    '    url: https://example.org/bai-thu',
    '    date: 2024',
    '---',
    '',
    `Nội dung thử ${WORD}.`,
    '',
  ].join('\n');

const news = (i: number) =>
  [
    '---',
    `title: Tin thử ${WORD} số ${i}`,
    `summary: Tin thử ${WORD} để kiểm tra thứ tự tìm kiếm.`,
    `date: 2024-02-0${i}`,
    'author: Ban biên tập',
    'models:',
    `  - mo-hinh-thu-${i}`,
    '---',
    '',
    `Nội dung thử ${WORD}.`,
    '',
  ].join('\n');

const files = Object.fromEntries([
  ...[1, 2, 3, 4, 5].map((i) => [`models/mo-hinh-thu-${i}/index.md`, model(i)]),
  ...[1, 2, 3, 4].map((i) => [`news/tin-thu-${i}/index.md`, news(i)]),
]);

/** Every result of a search, clicking "Xem thêm" until none is left, as [path, kind] pairs. */
async function allResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-results] h2 a').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] h2 a').length > n, shown);
  }
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search order', () => {
  test('newest first, models before news across batches, and a province filter that finds what lies inside it', async () => {
    const found: Record<string, string[]> = {};
    const { code, output } = await buildWithContent(files, async (dist) => {
      const { server, url } = await startStaticServer(dist);
      const browser = await launchTestChromium();
      try {
        const page = await browser.newPage();
        found.newest = await allResults(page, `${url}/tim-kiem/?q=${WORD}&sap-xep=moi-nhat`);
        found.relevance = await allResults(page, `${url}/tim-kiem/?q=${WORD}`);
        found.province = await allResults(page, `${url}/tim-kiem/?q=${WORD}&dia-ban=tinh-an-giang`);
        // The filter was recognised (an unknown value would be dropped and match everything).
        found.provinceChosen = [String(await page.locator('input[name="dia-ban"][value="tinh-an-giang"]').isChecked())];
        found.district = await allResults(page, `${url}/tim-kiem/?q=${WORD}&dia-ban=huyen-tri-ton`);
      } finally {
        await browser.close();
        server.close();
      }
    });
    expect(code, output).toBe(0);

    // Distinct dates: the news of February (newest first), then the models of January.
    expect(found.newest).toEqual([
      '/tin-tuc/tin-thu-4/',
      '/tin-tuc/tin-thu-3/',
      '/tin-tuc/tin-thu-2/',
      '/tin-tuc/tin-thu-1/',
      '/mo-hinh/mo-hinh-thu-5/',
      '/mo-hinh/mo-hinh-thu-4/',
      '/mo-hinh/mo-hinh-thu-3/',
      '/mo-hinh/mo-hinh-thu-2/',
      '/mo-hinh/mo-hinh-thu-1/',
    ]);

    // Nine results, shown six at a time: every model (near-equal relevance) before every news item.
    const kinds = (found.relevance ?? []).map((path) => (path.startsWith('/mo-hinh/') ? 'M' : 'N')).join('');
    expect(kinds).toBe('MMMMMNNNN');

    // The province holds every district's model, and news about them; a district only its own.
    expect(found.provinceChosen).toEqual(['true']);
    expect(found.province).toHaveLength(9);
    expect(found.district).toEqual(expect.arrayContaining(['/mo-hinh/mo-hinh-thu-3/', '/tin-tuc/tin-thu-3/']));
    expect(found.district).toHaveLength(2);
  });
});
