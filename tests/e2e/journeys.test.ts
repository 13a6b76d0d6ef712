/** What citizens do on the site, in Debian's Chromium, against the production build. */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { newPhoneContext, open, usePhoneJourneys } from './setup/browser.ts';

const journey = usePhoneJourneys();
let page: Page;
beforeEach(() => {
  page = journey.page;
});

describe('home', () => {
  test('opens the home page and reaches a model', async () => {
    await open(page, '/');
    await expect(page.title()).resolves.toBe('Dân vận khéo An Giang');
    await page.getByRole('link', { name: 'Bê tông hóa đường ra cánh đồng' }).first().click();
    await page.waitForURL('**/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bê tông hóa đường ra cánh đồng');
    await expect(page.locator('.facts').innerText()).resolves.toContain('thị xã Tân Châu');
  });

  test('shows figures computed from the content', async () => {
    await open(page, '/');
    const totals = await page.locator('.stats .totals').innerText();
    expect(totals).toMatch(/^\d+ mô hình · \d+ địa bàn · \d+ tin tức$/);
  });
});

describe('browsing', () => {
  test('browses models by place and opens one', async () => {
    await open(page, '/mo-hinh/');
    await page
      .getByRole('navigation', { name: 'Duyệt mô hình theo' })
      .getByRole('link', { name: 'huyện Thoại Sơn' })
      .click();
    await page.waitForURL('**/dia-ban/thoai-son/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Huyện Thoại Sơn');
    await expect(
      page.getByText('Tên gọi và đơn vị hành chính này được dùng đến hết ngày 30/6/2025').count(),
    ).resolves.toBe(1);
    await page.getByRole('link', { name: 'Vận động hiến đất làm đường giao thông nông thôn' }).click();
    await page.waitForURL('**/mo-hinh/hien-dat-lam-duong-thoai-son/');
    // The model's own figures, and apart from them the district's totals.
    const own = await page.getByRole('region', { name: 'Số liệu chính' }).innerText();
    expect(own).toContain('43 km');
    expect(own).toContain('tháng 12/2024');
    const district = await page.getByRole('region', { name: 'Số liệu chung của địa bàn' }).innerText();
    expect(district).toContain('118 km');
  });

  test('browses models by field with counts', async () => {
    await open(page, '/linh-vuc/');
    const kinhTe = page.getByRole('listitem').filter({ hasText: 'Kinh tế' });
    await expect(kinhTe.innerText()).resolves.toMatch(/Kinh tế — \d+ mô hình/);
    await kinhTe.getByRole('link').click();
    await page.waitForURL('**/linh-vuc/kinh-te/');
    const cards = await page.locator('article.card').count();
    expect(cards).toBeGreaterThan(0);
    await expect(page.locator('#ket-qua').innerText()).resolves.toBe(`${cards} mô hình`);
  });
});

describe('places before and after 1/7/2025', () => {
  /** The place named on each model card of the page (the first item of its meta line). */
  const cardPlaces = () => page.locator('.card-meta span:first-child').allInnerTexts();

  test('a new commune’s page names the former communes it came from, and each leads back to it', async () => {
    await open(page, '/dia-ban/');
    const today = page.getByRole('region', { name: 'Tỉnh An Giang hiện nay' });
    await today.getByRole('link', { name: 'xã Khánh Bình', exact: true }).click();
    await page.waitForURL('**/dia-ban/xa-khanh-binh/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Xã Khánh Bình, tỉnh An Giang');
    const former = page.locator('.place-former');
    await expect(former.innerText()).resolves.toContain(
      'Trước ngày 1/7/2025, địa bàn này thuộc: xã Khánh An (huyện An Phú), xã Khánh Bình (huyện An Phú), thị trấn Long Bình (huyện An Phú).',
    );
    // Its models are its own and those of the former communes it came from (none yet is fine).
    const allowed = ['xã Khánh Bình', 'xã Khánh An', 'thị trấn Long Bình'];
    for (const place of await cardPlaces()) expect(allowed).toContain(place);
    await former.getByRole('link', { name: 'xã Khánh An' }).click();
    await page.waitForURL('**/dia-ban/xa-khanh-an-an-phu/');
    const became = page.locator('.place-became');
    await expect(became.innerText()).resolves.toBe('Từ ngày 1/7/2025, xã Khánh An thuộc xã Khánh Bình, tỉnh An Giang.');
    await became.getByRole('link', { name: 'xã Khánh Bình' }).click();
    await page.waitForURL('**/dia-ban/xa-khanh-binh/');
  });

  test('a former Kiên Giang district has its own page, with its models and where its area lies today', async () => {
    await open(page, '/dia-ban/');
    const kienGiang = page.getByRole('region', { name: 'Tỉnh Kiên Giang trước ngày 1/7/2025' });
    await kienGiang.getByRole('link', { name: 'Thành phố Rạch Giá' }).click();
    await page.waitForURL('**/dia-ban/rach-gia/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thành phố Rạch Giá');
    const note = await page.locator('.place-note').innerText();
    expect(note).toContain('Thuộc tỉnh Kiên Giang.');
    expect(note).toContain(
      'Từ ngày 1/7/2025, địa bàn thành phố Rạch Giá thuộc các phường: phường Rạch Giá, phường Vĩnh Thông, tỉnh An Giang.',
    );
    expect(note).toContain('Gồm các phường, xã (đến 30/6/2025): phường An Bình');
    // The count says how many models it has, and the cards are those models (its communes' count).
    const cards = await page.locator('article.card').count();
    await expect(page.locator('#ket-qua').innerText()).resolves.toBe(
      cards === 0 ? 'Chưa có mô hình nào' : `${cards} mô hình`,
    );
  });

  test('a model keeps the place it had and shows what that place is today', async () => {
    await open(page, '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/');
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('thị xã Tân Châu, tỉnh An Giang');
    expect(facts).toMatch(
      /Địa bàn nay thuộc\s+xã Châu Phong, phường Long Phú, xã Tân An, phường Tân Châu, xã Vĩnh Xương \(tỉnh An Giang\)/,
    );
    await page.locator('.facts').getByRole('link', { name: 'phường Tân Châu' }).click();
    await page.waitForURL('**/dia-ban/phuong-tan-chau/');
  });
});

describe('the map of where the models are', () => {
  const unitLinks = () => page.locator('figure.dmap svg a');

  test('a tap on a unit of the home map opens its page, where that unit is outlined and counted the same', async () => {
    await open(page, '/');
    const triTon = unitLinks()
      .filter({ has: page.locator('path') })
      .and(page.getByRole('link', { name: /^huyện Tri Tôn: / }));
    const name = (await triTon.getAttribute('aria-label')) ?? '';
    await triTon.click();
    await page.waitForURL('**/dia-ban/tri-ton/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Huyện Tri Tôn');
    await expect(page.locator('figure.dmap svg a[aria-current="page"]').getAttribute('aria-label')).resolves.toBe(name);
    // The map's count is the page's own: "huyện Tri Tôn: 1 mô hình" over a list of 1 model.
    const count = /: (\d+) mô hình$/.exec(name)?.[1];
    expect(count, name).toBeDefined();
    await expect(page.locator('#ket-qua').innerText()).resolves.toBe(`${count} mô hình`);
  });

  test('the count written on each unit reads against its colour (WCAG AA, 4.5:1)', async () => {
    await open(page, '/');
    const pairs = await page.locator('figure.dmap svg a:has(path):has(text)').evaluateAll((links) =>
      links.map((a) => ({
        name: a.getAttribute('aria-label'),
        text: getComputedStyle(a.querySelector('text')!).fill,
        fill: getComputedStyle(a.querySelector('path')!).fill,
      })),
    );
    expect(pairs.length, 'units with a count on them').toBeGreaterThan(0);
    for (const { name, text, fill } of pairs) {
      expect(contrast(text, fill), `${name}: ${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('Tab reaches every unit in turn, and the focused one is marked', async () => {
    await open(page, '/');
    // A unit's name: its label, or the text of Kiên Hải's box.
    const names = await unitLinks().evaluateAll((links) =>
      links.map((a) => a.getAttribute('aria-label') ?? a.textContent?.trim()),
    );
    expect(names).toHaveLength(26);
    await unitLinks().first().focus();
    const reached = [];
    for (let i = 0; i < names.length; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement;
        const shape = a?.querySelector('path, rect');
        return {
          name: a?.getAttribute('aria-label') ?? a?.textContent?.trim(),
          fill: shape ? getComputedStyle(shape).fill : '',
        };
      });
      expect(focused.fill, `${focused.name} shows focus`).toBe('rgb(255, 191, 71)');
      reached.push(focused.name);
    }
    expect(reached).toEqual(names);
  });
});

describe('news', () => {
  test('goes from a news item to the model it covers', async () => {
    await open(page, '/tin-tuc/');
    // The list is newest event first, several pages long: follow “Trang sau” until the item shows.
    const item = page.getByRole('link', { name: /An Giang tổng kết công tác dân vận năm 2023/ });
    while ((await item.count()) === 0) {
      const next = page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau →' });
      await expect(next.count(), 'the item is on some page of the list').resolves.toBe(1);
      const href = await next.getAttribute('href');
      await next.click();
      await page.waitForURL(`**${href}`);
    }
    await item.click();
    await page.waitForURL('**/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/');
    await expect(page.locator('.byline').innerText()).resolves.toContain('Ban biên tập');
    const covered = page.getByRole('region', { name: 'Mô hình được nhắc tới' });
    await covered.getByRole('link', { name: 'Nhận đỡ đầu phụ nữ đơn thân, trẻ em khuyết tật' }).click();
    await page.waitForURL('**/mo-hinh/do-dau-phu-nu-don-than-tre-em-khuyet-tat-phu-tan/');
    // …and the model links back to the news that mentions it.
    const back = page.getByRole('region', { name: 'Tin tức nhắc tới mô hình này' });
    await expect(back.getByRole('link').first().textContent()).resolves.toContain('An Giang tổng kết');
  });
});

describe('the 404 page', () => {
  test('answers an unknown address with 404 and ways forward in Vietnamese', async () => {
    const response = await open(page, '/mo-hinh/khong-co-mo-hinh-nay/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Không tìm thấy trang');
    await page.getByRole('link', { name: 'tất cả mô hình' }).click();
    await page.waitForURL('**/mo-hinh/');
  });
});

describe('reading without JavaScript', () => {
  test('shows a whole model page with scripts off', async () => {
    const noScript = await newPhoneContext(journey.browser, { javaScriptEnabled: false });
    const p = await noScript.context.newPage();
    await open(p, '/mo-hinh/ho-tro-thanh-nien-vay-von-khoi-nghiep-tinh-bien/');
    const text = await p.locator('main').innerText();
    for (const heading of ['Số liệu chính', 'Bối cảnh', 'Cách làm', 'Kết quả', 'Nguồn'])
      expect(text).toContain(heading);
    await expect(
      p
        .locator('img')
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).resolves.toBe(true);
    await noScript.context.close();
  });
});

describe('Vietnamese text', () => {
  test('keeps spaces between inline elements (no glued words)', async () => {
    await open(page, '/mo-hinh/');
    const meta = await page.locator('.card-meta').first().innerText();
    expect(meta).toMatch(/^\S.* · \S.* · (Tập thể|Cá nhân) · \d{4}$/);
    await open(page, '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/');
    await expect(page.locator('#nguon + ol').innerText()).resolves.toBe(
      'An Giang đẩy mạnh công tác dân vận vùng đồng bào dân tộc thiểu số, tôn giáo, Bản lưu của ban biên tập, tác giả Thanh Sang, tháng 3/2024. Không có địa chỉ trên mạng: chưa tìm được địa chỉ bài gốc trên mạng; ban biên tập giữ bản lưu của bài.',
    );
    await expect(page.locator('.site-footer').innerText()).resolves.toContain('thực tế. Về trang này');
  });

  test('draws Vietnamese headings with the site’s own font, both of its subsets loaded', async () => {
    await open(page, '/');
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.replaceAll('"', '').startsWith('Be Vietnam Pro')).map((f) => f.status),
    );
    // The basic-Latin file and the Vietnamese file, both used by “Mô hình “Dân vận khéo” ở An Giang”.
    expect(faces.filter((s) => s === 'loaded')).toHaveLength(2);
    const family = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(family).toMatch(/^"?Be Vietnam Pro/);
  });
});

/** The WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
