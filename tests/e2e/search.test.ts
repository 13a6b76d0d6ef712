/**
 * Search as people type it on a phone, in Debian's Chromium against the production build under
 * its Content-Security-Policy. Each query must bring the expected page into the top three.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser, newPhoneContext, open } from './setup/browser.ts';
import { builtArticles } from './setup/built.ts';

const TAN_CHAU = '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/';
const TINH_BIEN = '/mo-hinh/ho-tro-thanh-nien-vay-von-khoi-nghiep-tinh-bien/';
const PHU_TAN = '/mo-hinh/do-dau-phu-nu-don-than-tre-em-khuyet-tat-phu-tan/';
const THOAI_SON = '/mo-hinh/hien-dat-lam-duong-thoai-son/';
const NEWS = '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/';
/** Bridges built with the people's money and labour, and the news of their opening. */
const CAU_TU_BEN = '/mo-hinh/cau-tu-ben-kien-thanh/';
const CAU_THIEN_PHUC = '/mo-hinh/cau-thien-phuc-an-thanh-trung/';
const CAU_THIEN_PHUC_NEWS = '/tin-tuc/khanh-thanh-cau-thien-phuc-1-an-thanh-trung/';
/** A model that a source calls “Dân vận khéo”, and one about security that no source calls so. */
const CAMERA_TINH_BIEN = '/mo-hinh/camera-an-ninh-duong-pho-tinh-bien/';
const AN_NINH_AN_PHU = '/mo-hinh/mo-hinh-an-ninh-trat-tu-an-phu/';

/** The search value of the “Ghi nhận” filter for models a source calls “Dân vận khéo”. */
const GHI_NHAN_DVK = 'ghi-nhan=mo-hinh-dan-van-kheo';
/** Built model pages whose recognition note says a source calls the model “Dân vận khéo”. */
const DAN_VAN_KHEO = builtArticles()
  .filter((a) => a.recognition === 'dan-van-kheo')
  .map((a) => a.path)
  .sort();

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

/** Shows every result of the open search, pressing “Xem thêm kết quả” until it is gone. */
async function allResults(): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await resultLinks().count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] h2 a').length > n, shown);
  }
  return resultLinks().evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

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
  // Tịnh Biên's own news item leads; its models follow (“Tịnh” and “Biên” are common words too).
  ['the place with marks', q('Tịnh Biên'), '/tin-tuc/tinh-bien-dai-hoi-thi-dua-yeu-nuoc-lan-thu-vi/'],
  ['the place in upper case', q('TINH BIEN'), '/tin-tuc/tinh-bien-dai-hoi-thi-dua-yeu-nuoc-lan-thu-vi/'],
  ['đ as d in two words', q('do dau phu nu don than'), PHU_TAN],
  ['words from the title', q('tre em khuyet tat'), PHU_TAN],
  ['the district', q('huyen phu tan'), '/mo-hinh/den-chieu-sang-duong-que-phu-tan/'],
  ['an action without marks', q('hien dat lam duong'), THOAI_SON],
  ['the place with marks', q('Thoại Sơn'), THOAI_SON],
  ['a figure', q('118 km'), THOAI_SON],
  ['the outlet that reported it', q('vietnamnet'), THOAI_SON],
  ['the conference without marks', q('hoi nghi tong ket'), NEWS],
  ['a person named in the news, without marks', q('le van nung'), NEWS],
  ['ethnic minority areas', q('dong bao dan toc thieu so'), NEWS],
  [
    'filters with an empty query, newest event first',
    'loai=tin-tuc&nam=2025',
    '/tin-tuc/pho-thu-tuong-du-ngay-hoi-dai-doan-ket-khu-pho-minh-long/',
  ],
  ['a place filter with an empty query', 'dia-ban=huyen-thoai-son', THOAI_SON],
  // Without the filter, bridge models fill the top three (see “cau” below).
  ['a query narrowed to news', `${q('cau')}&loai=tin-tuc`, '/tin-tuc/tri-ton-khanh-thanh-16-cay-cau-nong-thon/'],
  // Without the filter, two news items and a security model come first.
  ['a query narrowed to a field', `${q('tinh bien')}&linh-vuc=kinh-te`, TINH_BIEN],
  ['collective models of a year, newest first', 'hinh-thuc=tap-the&nam=2024&sap-xep=moi-nhat', TINH_BIEN],
  // The content of issue 11, typed as people type it.
  ['one word without marks: bridge', q('cau'), CAU_TU_BEN],
  ['a bridge’s name in upper case without marks', q('CAU TU BEN'), CAU_TU_BEN],
  ['a commune as it was before 2025, without marks', q('an thanh trung'), CAU_THIEN_PHUC],
  [
    'a place in the former Kiên Giang province, with marks',
    q('Vĩnh Thuận'),
    '/mo-hinh/rac-thai-nhua-doi-gao-vinh-thuan/',
  ],
  ['upper case, đ as d', q('GIAN HANG 0 DONG'), '/mo-hinh/gian-hang-0-dong/'],
  ['a person’s name without marks', q('chu ba thoi'), '/mo-hinh/lop-hoc-tinh-thuong-chu-ba-thoi-my-binh/'],
  [
    'an official named in a report, đ as d',
    q('doan hong danh'),
    '/tin-tuc/chau-thanh-thuc-hien-342-mo-hinh-dan-van-kheo-2019/',
  ],
  ['a programme without marks', q('xuan bien phong am long dan ban'), '/mo-hinh/xuan-bien-phong-am-long-dan-ban/'],
  ['a programme in three words without marks', q('tet quan dan'), '/mo-hinh/tet-quan-dan/'],
  [
    'a programme of the Border Guard without marks',
    q('nang buoc em toi truong'),
    '/mo-hinh/nang-buoc-em-toi-truong-con-nuoi-don-bien-phong/',
  ],
  ['a religion without marks', q('hoa hao'), '/mo-hinh/to-cau-duong-phat-giao-hoa-hao/'],
  ['who it helps, without marks', q('nguoi ngheo'), '/mo-hinh/quyen-gop-ho-tro-nguoi-ngheo-vinh-phong/'],
  ['solar lights, đ as d', q('den nang luong mat troi'), '/mo-hinh/cot-co-den-nang-luong-mat-troi-ngoc-chuc/'],
  // Without the filter, Border Guard models that no source calls “Dân vận khéo” fill the first six.
  ['a query narrowed by “Ghi nhận”', `${q('bien phong')}&${GHI_NHAN_DVK}`, '/mo-hinh/tu-quan-duong-bien-cot-moc/'],
];

describe('search › finds what people type', () => {
  test.each(QUERIES)('%s (%s) has the expected page in the top three', async (_, params, expected) => {
    const hrefs = await searchFor(params);
    expect(hrefs.slice(0, 3)).toContain(expected);
  });
});

describe('search › ranking', () => {
  // Thoại Sơn's page says “Vận động” and never “đồng”; Tân Châu's says “cánh đồng” and never “động”.
  // Each query must put the page with its exact marks above the other.
  test('ranks the exact marks first: “động” puts “Vận động…” above “cánh đồng”', async () => {
    await searchFor(q('động'));
    const hrefs = await allResults();
    expect(hrefs).toContain(TAN_CHAU);
    expect(hrefs.indexOf(THOAI_SON)).toBeGreaterThanOrEqual(0);
    expect(hrefs.indexOf(THOAI_SON)).toBeLessThan(hrefs.indexOf(TAN_CHAU));
  });

  test('ranks the exact marks first: “đồng” puts “cánh đồng” above “Vận động…”', async () => {
    // “đồng” alone: with “cánh” in the query, Tân Châu would come first whatever the marks did.
    await searchFor(q('đồng'));
    const hrefs = await allResults();
    expect(hrefs).toContain(THOAI_SON);
    expect(hrefs.indexOf(TAN_CHAU)).toBeGreaterThanOrEqual(0);
    expect(hrefs.indexOf(TAN_CHAU)).toBeLessThan(hrefs.indexOf(THOAI_SON));
  });

  test('puts the model above the news item that mentions the same place', async () => {
    await searchFor(q('phu tan'));
    const hrefs = await allResults();
    // A Phú Tân model leads (the street lights, with “Phú Tân” in its title); Phú Tân's own news
    // items and other models may come between: Tân Châu's, whose area is now partly phường Long
    // Phú, holds both words among the names of today's units.
    expect(hrefs[0]).toBe('/mo-hinh/den-chieu-sang-duong-que-phu-tan/');
    expect(hrefs.indexOf(PHU_TAN)).toBeGreaterThan(0);
    expect(hrefs.indexOf(PHU_TAN)).toBeLessThan(hrefs.indexOf(NEWS));
  });

  test('puts the model above the news item about it, though Pagefind scores the news item a little higher', async () => {
    const hrefs = await searchFor(q('cau thien phuc'));
    expect(hrefs).toEqual([CAU_THIEN_PHUC, CAU_THIEN_PHUC_NEWS]);
    // Pagefind alone would put the news item first: the order above is the site's rule (models go
    // first unless a news item scores more than 10 % higher), not Pagefind's.
    // A string, so the test runner leaves this `import()` alone: it runs in the page.
    const raw = await page.evaluate<{ url: string; score: number }[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('cau thien phuc');
      return Promise.all(results.map(async (r) => ({ url: (await r.data()).url, score: r.score })));
    })()`);
    const score = (path: string) => raw.find((r) => r.url === path)?.score ?? 0;
    expect(score(CAU_THIEN_PHUC_NEWS)).toBeGreaterThan(score(CAU_THIEN_PHUC));
    expect(score(CAU_THIEN_PHUC_NEWS)).toBeLessThan(score(CAU_THIEN_PHUC) / 0.9);
  });

  test('“cau” puts the bridge models first', async () => {
    await searchFor(q('cau'));
    const top = await resultLinks().evaluateAll((links) =>
      links
        .slice(0, 3)
        .map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, title: a.textContent ?? '' })),
    );
    expect(top).toHaveLength(3);
    for (const { path, title } of top) {
      expect(path, title).toMatch(/^\/mo-hinh\//);
      expect(title, path).toMatch(/\bcầu\b/iu);
    }
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
    // The thumbnail loads: waited for by its load or error event, not by how long it takes (a busy
    // machine had not finished loading it when the results were drawn).
    const thumb = first.locator('img');
    await thumb.scrollIntoViewIfNeeded();
    const loaded = thumb.evaluate(
      (img: HTMLImageElement) =>
        new Promise<boolean>((resolve) => {
          if (img.complete) return resolve(img.naturalWidth > 0);
          img.addEventListener('load', () => resolve(img.naturalWidth > 0), { once: true });
          img.addEventListener('error', () => resolve(false), { once: true });
        }),
    );
    await expect(loaded).resolves.toBe(true);
  });

  test('says so in Vietnamese when nothing matches', async () => {
    const hrefs = await searchFor(q('xyzxyz qwerty'));
    expect(hrefs).toEqual([]);
    await expect(status().innerText()).resolves.toBe('Không tìm thấy kết quả nào cho “xyzxyz qwerty”.');
  });

  test('counts in the filters follow the results once the filters are opened', async () => {
    // One model and the news of its opening, both “Văn hóa – xã hội”.
    await searchFor(q('cau thien phuc'));
    await page.getByText('Bộ lọc và sắp xếp').click();
    const count = (param: string, value: string) =>
      page.locator(`label.option:has(input[name="${param}"][value="${value}"]) [data-count]`);
    // Opening the filters starts a search that replaces the build's totals with the counts for
    // these results: wait for that (Playwright's 30 s at most, not a poll's 1 s), then read them all.
    await count('loai', 'mo-hinh')
      .filter({ hasText: /^\(1\)$/ })
      .waitFor();
    await expect(count('loai', 'tin-tuc').textContent()).resolves.toBe('(1)');
    await expect(count('linh-vuc', 'van-hoa-xa-hoi').textContent()).resolves.toBe('(2)');
    await expect(count('linh-vuc', 'kinh-te').textContent()).resolves.toBe('(0)');
    await expect(count('dia-ban', 'huyen-thoai-son').textContent()).resolves.toBe('(0)');
  });

  test('announces the result count to screen readers', async () => {
    await searchFor(q('tan chau'));
    await expect(status().getAttribute('role')).resolves.toBe('status');
    await expect(status().innerText()).resolves.toMatch(/^Tìm thấy \d+ kết quả cho “tan chau”\.$/);
  });

  test('browses everything, newest first, with an empty query and both kinds chosen', async () => {
    await searchFor('loai=mo-hinh&loai=tin-tuc');
    const built = builtArticles();
    await expect(status().innerText()).resolves.toBe(
      `Tìm thấy ${built.length.toLocaleString('vi-VN')} kết quả theo bộ lọc đã chọn.`,
    );
    const hrefs = await allResults();
    expect([...hrefs].sort()).toEqual(built.map((a) => a.path).sort());
    const dates = hrefs.map((href) => built.find((a) => a.path === href)?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size, 'pages of several days, so the order is a real check').toBeGreaterThan(1);
  });

  test('loads nothing for search until someone searches', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await open(page, '/tim-kiem/');
    await expect(status().innerText()).resolves.toBe('Gõ từ khóa, hoặc chọn bộ lọc để duyệt mô hình và tin tức.');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });
});

describe('search › the “Ghi nhận” filter', () => {
  test('lists exactly the models whose page says a source calls them “Dân vận khéo”', async () => {
    // Derived from the built pages: if none qualified, the test would prove nothing.
    expect(DAN_VAN_KHEO.length).toBeGreaterThan(0);
    await searchFor(GHI_NHAN_DVK);
    await expect(status().innerText()).resolves.toBe(`Tìm thấy ${DAN_VAN_KHEO.length} kết quả theo bộ lọc đã chọn.`);
    expect((await allResults()).sort()).toEqual(DAN_VAN_KHEO);
  });

  test('narrows a query to those models, leaving out the others it finds', async () => {
    const unfiltered = await searchFor(q('an ninh'));
    // The query alone finds a model no source calls “Dân vận khéo”, first of all.
    expect(unfiltered[0]).toBe(AN_NINH_AN_PHU);
    expect(DAN_VAN_KHEO).not.toContain(AN_NINH_AN_PHU);
    await searchFor(`${q('an ninh')}&${GHI_NHAN_DVK}`);
    const filtered = await allResults();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toContain(CAMERA_TINH_BIEN);
    for (const href of filtered) expect(DAN_VAN_KHEO).toContain(href);
    await expect(page.locator('input[name="ghi-nhan"][value="mo-hinh-dan-van-kheo"]').isChecked()).resolves.toBe(true);
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
