/**
 * The 2025 reorganisation on a real build, with models made for it (the real content may have none
 * in a former commune or in Kiên Giang yet): a model of a former commune is listed on the page of
 * the commune it is part of today and shows that commune; a former Kiên Giang district has its page
 * with the models of its communes; wherever a model or news page names a former unit, it says so
 * ("(trước 1/7/2025)", with today's unit when it is one); search finds a model by today's name and
 * filters by today's unit.
 * Read in Debian's Chromium, as a reader would.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchTestChromium } from '../chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildMessage, buildAndKeep, type BuiltCopy } from './build-fixture.ts';

/** A word no real entry holds, so only the models below match it. */
const WORD = 'xqzp';

const model = (slug: string, title: string, place: string) => [
  `models/${slug}/index.md`,
  [
    '---',
    `title: ${title} ${WORD}`,
    `summary: Mô hình thử ${WORD} để kiểm tra địa bàn trước và sau ngày 1/7/2025.`,
    `place: ${place}`,
    'field: kinh-te',
    'kind: tap-the',
    'year: 2020',
    'published: 2024-01-02',
    'sources:',
    '  - outlet: Nguồn thử',
    '    url: https://example.org/bai-thu',
    '    date: 2024',
    '---',
    '',
    `Nội dung thử ${WORD}.`,
    '',
  ].join('\n'),
];

/** A news item about the model of the former commune (without the word: search must not find it). */
const NEWS = [
  'news/thu-tin-dia-ban-cu/index.md',
  [
    '---',
    'title: Tin thử về một mô hình ở địa bàn cũ',
    'summary: Tin thử để kiểm tra tên địa bàn trên trang tin.',
    'date: 2024-01-03',
    'author: Ban biên tập',
    'models:',
    '  - thu-khanh-an',
    '---',
    '',
    'Nội dung tin thử.',
    '',
  ].join('\n'),
];

const FILES = Object.fromEntries([
  model('thu-khanh-an', 'Mô hình thử ở xã Khánh An', 'xa-khanh-an-an-phu'),
  model('thu-rach-gia', 'Mô hình thử ở thành phố Rạch Giá', 'rach-gia'),
  model('thu-vinh-thanh', 'Mô hình thử ở phường Vĩnh Thanh', 'phuong-vinh-thanh-rach-gia'),
  NEWS,
]);

let site: BuiltCopy | undefined;
let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  site = await buildAndKeep(FILES);
  expect(site.code, buildMessage(site)).toBe(0);
  server = await startStaticServer(site.dist);
  browser = await launchTestChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
  await site?.dispose();
});

const open = (path: string) => page.goto(`${server!.url}${path}`);
const cards = () =>
  page
    .locator('article.card h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('places before and after 1/7/2025', () => {
  test('a new commune names the former communes it came from and lists their models; the model shows today’s commune', async () => {
    await open('/dia-ban/xa-khanh-binh/');
    await expect(page.locator('.place-former').innerText()).resolves.toContain(
      'Trước ngày 1/7/2025, địa bàn này thuộc: xã Khánh An (huyện An Phú)',
    );
    expect(await cards()).toContain('/mo-hinh/thu-khanh-an/');
    // Its card names the former commune as it was, and says what it is part of today.
    const card = page.locator('article.card', { hasText: `Mô hình thử ở xã Khánh An ${WORD}` });
    await expect(card.locator('.card-meta').innerText()).resolves.toMatch(
      /^xã Khánh An \(trước 1\/7\/2025, nay thuộc xã Khánh Bình\) · /,
    );
    await page.locator('.place-former').getByRole('link', { name: 'xã Khánh An' }).click();
    await page.waitForURL('**/dia-ban/xa-khanh-an-an-phu/');
    await expect(page.locator('.place-became').innerText()).resolves.toBe(
      'Từ ngày 1/7/2025, xã Khánh An thuộc xã Khánh Bình, tỉnh An Giang.',
    );
    await page.getByRole('link', { name: `Mô hình thử ở xã Khánh An ${WORD}` }).click();
    await page.waitForURL('**/mo-hinh/thu-khanh-an/');
    // Wherever the page names the former commune, it says the name is the one before 1/7/2025.
    await expect(page.locator('.eyebrow').innerText()).resolves.toMatch(/ · xã Khánh An \(trước 1\/7\/2025\)$/);
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('xã Khánh An, huyện An Phú (trước 1/7/2025)');
    expect(facts).toMatch(/Nay thuộc\s+xã Khánh Bình, tỉnh An Giang/);
  });

  test('a news page names the place of the model it is about as it was, and today’s unit', async () => {
    await open('/tin-tuc/thu-tin-dia-ban-cu/');
    const card = page.locator('article.card', { hasText: `Mô hình thử ở xã Khánh An ${WORD}` });
    await expect(card.locator('.card-meta').innerText()).resolves.toMatch(
      /^xã Khánh An \(trước 1\/7\/2025, nay thuộc xã Khánh Bình\) · /,
    );
  });

  test('a former Kiên Giang district has its page, with the models of its communes', async () => {
    await open('/dia-ban/rach-gia/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thành phố Rạch Giá');
    await expect(page.locator('.place-note').innerText()).resolves.toContain('Thuộc tỉnh Kiên Giang.');
    expect(await cards()).toEqual(expect.arrayContaining(['/mo-hinh/thu-rach-gia/', '/mo-hinh/thu-vinh-thanh/']));
    await open('/mo-hinh/thu-rach-gia/');
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('thành phố Rạch Giá, tỉnh Kiên Giang (trước 1/7/2025)');
    expect(facts).toMatch(/Địa bàn nay thuộc\s+phường Rạch Giá, phường Vĩnh Thông/);
  });

  test('the place index counts them under the former and the new units', async () => {
    await open('/dia-ban/');
    /** The count after a name in the index (0 when none is shown). */
    const countOf = async (text: Promise<string>) => Number(/\((\d+)\)$/.exec(await text)?.[1] ?? 0);
    const kienGiang = page.getByRole('region', { name: 'Tỉnh Kiên Giang trước ngày 1/7/2025' });
    const district = kienGiang.getByRole('heading', { level: 3, name: /Thành phố Rạch Giá/ }).innerText();
    // The real content may hold models there too: at least the two made here.
    expect(await countOf(district)).toBeGreaterThanOrEqual(2);
    const today = page.getByRole('region', { name: 'Tỉnh An Giang hiện nay' });
    const ward = today.getByRole('listitem').filter({ hasText: 'phường Rạch Giá' }).innerText();
    expect(await countOf(ward)).toBeGreaterThanOrEqual(1);
  });

  test('search finds a former commune’s model by today’s name, and under today’s commune as a filter', async () => {
    const results = async (query: string) => {
      await open(`/tim-kiem/?${query}`);
      await page.waitForFunction(() =>
        /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      );
      return page
        .locator('[data-search-results] h2 a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect(await results(`q=${WORD}+khanh+binh`)).toEqual(['/mo-hinh/thu-khanh-an/']);
    expect(await results(`q=${WORD}&dia-ban=xa-khanh-binh-tinh-an-giang`)).toEqual(['/mo-hinh/thu-khanh-an/']);
    await expect(page.locator('input[name="dia-ban"][value="xa-khanh-binh-tinh-an-giang"]').isChecked()).resolves.toBe(
      true,
    );
    expect((await results(`q=${WORD}&dia-ban=tinh-kien-giang`)).sort()).toEqual([
      '/mo-hinh/thu-rach-gia/',
      '/mo-hinh/thu-vinh-thanh/',
    ]);
  });
});
