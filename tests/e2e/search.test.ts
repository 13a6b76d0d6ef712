/**
 * Search as people type it on a phone, in Debian's Chromium against the production build under
 * its Content-Security-Policy. Each query must bring the expected page into the top three.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser, newPhoneContext, open } from './setup/browser.ts';

const TAN_CHAU = '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/';
const TINH_BIEN = '/mo-hinh/ho-tro-thanh-nien-vay-von-khoi-nghiep-tinh-bien/';
const PHU_TAN = '/mo-hinh/do-dau-phu-nu-don-than-tre-em-khuyet-tat-phu-tan/';
const THOAI_SON = '/mo-hinh/hien-dat-lam-duong-thoai-son/';
const NEWS = '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

// One phone for the whole file, a new tab for each test: the site keeps no state in the browser
// (no cookies, no storage), and Pagefind's files then come from the browser's cache after the
// first search, as they do for a reader who searches twice. Routing a page (the test where the
// index cannot load) turns that page's cache off.
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context } = await newPhoneContext(browser));
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await context.newPage();
  errors = [];
  // A CSP violation or a script error shows up here; none is allowed.
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

const status = () => page.locator('[data-search-status]');
const resultLinks = () => page.locator('[data-search-results] h2 a');

/** Opens the search page with `params` and waits for the result count to be announced. */
async function searchFor(params: string): Promise<string[]> {
  await open(page, `/tim-kiem/?${params}`);
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  const hrefs = await resultLinks().evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs;
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/** [what is being tried, URL parameters, page expected in the top three]. */
const QUERIES: [string, string, string][] = [
  ['full marks', q('đường ra cánh đồng'), TAN_CHAU],
  ['no marks, đ typed as d', q('duong ra canh dong'), TAN_CHAU],
  ['upper case without marks', q('DUONG RA CANH DONG'), TAN_CHAU],
  ['upper case with marks', q('ĐƯỜNG RA CÁNH ĐỒNG'), TAN_CHAU],
  ['marks in NFD form', q('đường ra cánh đồng'.normalize('NFD')), TAN_CHAU],
  ['marks on the wrong letters', q('đưòng ra cảnh đông'), TAN_CHAU],
  ['old-style tone placement', q('bê tông hoá'), TAN_CHAU],
  ['a phrase without marks', q('be tong'), TAN_CHAU],
  ['the place without marks', q('tan chau'), TAN_CHAU],
  ['the place as written before 2025', q('thị xã Tân Châu'), TAN_CHAU],
  ['words from the summary without marks', q('thanh nien vay von'), TINH_BIEN],
  ['one word without marks', q('khoi nghiep'), TINH_BIEN],
  ['the place with marks', q('Tịnh Biên'), TINH_BIEN],
  ['the place in upper case', q('TINH BIEN'), TINH_BIEN],
  ['đ as d in two words', q('do dau phu nu don than'), PHU_TAN],
  ['words from the title', q('tre em khuyet tat'), PHU_TAN],
  ['the district', q('huyen phu tan'), PHU_TAN],
  ['an action without marks', q('hien dat lam duong'), THOAI_SON],
  ['the place with marks', q('Thoại Sơn'), THOAI_SON],
  ['a figure', q('118 km'), THOAI_SON],
  ['the outlet that reported it', q('vietnamnet'), THOAI_SON],
  ['the conference without marks', q('hoi nghi tong ket'), NEWS],
  ['a person named in the news, without marks', q('le van nung'), NEWS],
  ['a programme with đ-free words', q('nghia tinh dan van'), NEWS],
  ['ethnic minority areas', q('dong bao dan toc thieu so'), NEWS],
  ['a filter with an empty query', 'linh-vuc=van-hoa-xa-hoi', PHU_TAN],
  ['a place filter with an empty query', 'dia-ban=huyen-thoai-son', THOAI_SON],
  ['a query narrowed to news', `${q('dan van')}&loai=tin-tuc`, NEWS],
  ['a query narrowed to a field', `${q('duong')}&linh-vuc=kinh-te`, TAN_CHAU],
  ['collective models of a year, newest first', 'hinh-thuc=tap-the&nam=2024&sap-xep=moi-nhat', TINH_BIEN],
];

describe('search › finds what people type', () => {
  test.each(QUERIES)('%s (%s) has the expected page in the top three', async (_, params, expected) => {
    const hrefs = await searchFor(params);
    expect(hrefs.slice(0, 3)).toContain(expected);
  });
});

describe('search › ranking', () => {
  test('ranks the exact marks first: “động” finds “Vận động…” above “cánh đồng”', async () => {
    expect((await searchFor(q('động')))[0]).toBe(THOAI_SON);
  });

  test('ranks the exact marks first: “đồng” finds “cánh đồng” above “Vận động…”', async () => {
    // “đồng” alone: with “cánh” in the query, Tân Châu would come first whatever the marks did.
    const hrefs = await searchFor(q('đồng'));
    expect(hrefs[0]).toBe(TAN_CHAU);
  });

  test('puts the model above the news item that mentions the same place', async () => {
    const hrefs = await searchFor(q('phu tan'));
    // Other models may come between: Tân Châu's, whose area is now partly phường Long Phú, holds
    // both words among the names of today's units.
    expect(hrefs[0]).toBe(PHU_TAN);
    expect(hrefs.indexOf(NEWS)).toBeGreaterThan(0);
  });

  test('sorts by newest when asked', async () => {
    const hrefs = await searchFor(`${q('an giang')}&sap-xep=moi-nhat`);
    expect(hrefs.length).toBeGreaterThan(1);
    await expect(page.locator('input[name="sap-xep"][value="moi-nhat"]').isChecked()).resolves.toBe(true);
  });
});

describe('search › what a result shows', () => {
  test('shows kind, place, field, year, a highlighted excerpt and a thumbnail', async () => {
    await searchFor(q('cánh đồng'));
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('.result-meta').innerText()).resolves.toBe('Mô hình · thị xã Tân Châu · Kinh tế · 2024');
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    const thumb = first.locator('img');
    await expect(thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
  });

  test('says so in Vietnamese when nothing matches', async () => {
    const hrefs = await searchFor(q('xyzxyz qwerty'));
    expect(hrefs).toEqual([]);
    await expect(status().innerText()).resolves.toBe('Không tìm thấy kết quả nào cho “xyzxyz qwerty”.');
  });

  test('counts in the filters follow the results once the filters are opened', async () => {
    await searchFor(q('tan chau'));
    await page.getByText('Bộ lọc và sắp xếp').click();
    const count = (name: RegExp) => page.locator('label.option', { hasText: name }).locator('[data-count]');
    // Opening the filters starts a search that replaces the build's totals with the counts for
    // these results: wait for that (Playwright's 30 s at most, not a poll's 1 s), then read them all.
    await count(/Mô hình/)
      .filter({ hasText: /^\(1\)$/ })
      .waitFor();
    await expect(count(/Tin tức/).textContent()).resolves.toBe('(1)');
    await expect(count(/huyện Thoại Sơn/).textContent()).resolves.toBe('(0)');
  });

  test('announces the result count to screen readers', async () => {
    await searchFor(q('tan chau'));
    await expect(status().getAttribute('role')).resolves.toBe('status');
    await expect(status().innerText()).resolves.toMatch(/^Tìm thấy \d+ kết quả cho “tan chau”\.$/);
  });

  test('browses everything, newest first, with an empty query and both kinds chosen', async () => {
    const hrefs = await searchFor('loai=mo-hinh&loai=tin-tuc');
    expect(hrefs).toHaveLength(5);
    await expect(status().innerText()).resolves.toBe('Tìm thấy 5 kết quả theo bộ lọc đã chọn.');
  });

  test('loads nothing for search until someone searches', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await open(page, '/tim-kiem/');
    await expect(status().innerText()).resolves.toBe('Gõ từ khóa, hoặc chọn bộ lọc để duyệt mô hình và tin tức.');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });
});

describe('search › the URL holds the search', () => {
  test('typing updates the address, a filter adds to history, Back restores it', async () => {
    await open(page, '/tim-kiem/');
    await page.getByLabel(/Từ khóa/).fill('duong');
    await page.waitForURL(/\?q=duong$/);
    await page.getByText('Bộ lọc và sắp xếp').click();
    await page.getByRole('checkbox', { name: /Văn hóa – xã hội/ }).check();
    await page.waitForURL(/\?q=duong&linh-vuc=van-hoa-xa-hoi$/);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“duong”'));
    await page.goBack();
    await page.waitForURL(/\?q=duong$/);
    await expect(page.getByRole('checkbox', { name: /Văn hóa – xã hội/ }).isChecked()).resolves.toBe(false);
  });

  test('the header box on any page leads to the results', async () => {
    await open(page, '/gioi-thieu/');
    await page.getByRole('searchbox', { name: 'Tìm mô hình, tin tức' }).fill('khoi nghiep');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=khoi\+nghiep$/);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] h2 a').length > 0);
    await expect(resultLinks().first().getAttribute('href')).resolves.toBe(TINH_BIEN);
  });
});

describe('search › keyboard only', () => {
  test('arrows move through results, Escape returns to the box, Enter opens', async () => {
    await searchFor(q('an giang'));
    const input = page.getByLabel(/Từ khóa/);
    await input.focus();
    await page.keyboard.press('ArrowDown');
    const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    const hrefs = await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect(focusedHref()).resolves.toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focusedHref()).resolves.toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await expect(focusedHref()).resolves.toBe(hrefs[0]);
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tu-khoa');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${hrefs[0]}`);
  });

  test('Escape in the box clears the query', async () => {
    await searchFor(q('tan chau'));
    await page.getByLabel(/Từ khóa/).focus();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/tim-kiem\/$/);
    await expect(page.getByLabel(/Từ khóa/).inputValue()).resolves.toBe('');
  });
});

describe('search › when things go wrong', () => {
  test('says in Vietnamese that the index could not load', async () => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await open(page, `/tim-kiem/?${q('tan chau')}`);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    await expect(status().innerText()).resolves.toMatch(/^Không tải được bộ tìm kiếm\./);
    await expect(resultLinks().count()).resolves.toBe(0);
    page.removeAllListeners('console'); // the aborted requests log network errors by design
    errors.length = 0;
  });

  test('without JavaScript the form still leads to the listings', async () => {
    const noScript = await newPhoneContext(browser, { javaScriptEnabled: false });
    const p = await noScript.context.newPage();
    await open(p, '/');
    await p.getByRole('searchbox', { name: 'Tìm mô hình, tin tức' }).fill('tan chau');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/tim-kiem\/\?q=tan\+chau$/);
    await expect(p.locator('main').innerText()).resolves.toContain('Tìm kiếm trên trang cần JavaScript');
    await p.getByRole('link', { name: 'theo địa bàn' }).click();
    await p.waitForURL('**/dia-ban/');
    await noScript.context.close();
  });
});
