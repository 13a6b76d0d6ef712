/**
 * “Xã, phường của tôi nay là gì?” (/tra-cuu-xa-phuong/) as people use it on a phone, in Debian's
 * Chromium against the production build under its Content-Security-Policy: typing a name without
 * marks filters the list and the live region says how many entries match; a shared link opens the
 * same lookup; with scripts off the whole list is the page. Every wait is for a state of the page
 * (a status text, a URL), never for a time.
 */
import { beforeEach, afterEach, describe, expect, test } from 'vitest';
import { wcagViolations } from './setup/axe.ts';
import { newPhoneContext, open, usePhoneJourneys } from './setup/browser.ts';

const LOOKUP = '/tra-cuu-xa-phuong/';
/** Units of the 2025 mapping (src/data/an-giang-2025/): 102 formed on 1/7/2025, 298 before. */
const NEW_UNITS = 102;
const FORMER_UNITS = 298;

const journey = usePhoneJourneys();
let errors: string[];

beforeEach(() => {
  errors = [];
  // A CSP violation or a script error shows up here; none is allowed.
  journey.page.on('pageerror', (error) => errors.push(error.message));
  journey.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});
afterEach(() => {
  expect(errors).toEqual([]);
});

const box = () => journey.page.getByRole('searchbox', { name: 'Tên xã, phường, thị trấn (cũ hoặc mới)' });
/** The text of every entry on screen, in page order. */
const shownEntries = () => journey.page.locator('[data-k]:visible').allInnerTexts();

/** Waits until the live region says `text` (the script writes it once the list is filtered). */
async function statusSays(text: string) {
  await journey.page.waitForFunction(
    (expected) => document.querySelector('[role="status"]')?.textContent === expected,
    text,
  );
}

describe('commune lookup › finds what people type', () => {
  test('a former ward typed without marks shows the one entry, where it went, and the count', async () => {
    const { page } = journey;
    await open(page, LOOKUP);
    await box().pressSequentially('nui sam');
    await statusSays('1 kết quả cho “nui sam”.');
    expect(await shownEntries()).toEqual(['phường Núi Sam (thành phố Châu Đốc): nay thuộc phường Vĩnh Tế']);
    // The query is in the address, so the lookup can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('nui sam');
    // Headings of letters and sections with nothing to show are hidden, and so are the letter indexes.
    await expect(
      page.getByRole('heading', { name: /^Xã, phường, đặc khu từ ngày 1\/7\/2025/ }).isVisible(),
    ).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 3, name: 'N', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.lookup-az:visible').count()).resolves.toBe(0);
  });

  test('a new ward’s name finds it with what it was formed from, and the former xã of that name', async () => {
    await open(journey.page, LOOKUP);
    await box().fill('xa vinh te');
    await statusSays('2 kết quả cho “xa vinh te”.');
    expect(await shownEntries()).toEqual([
      'phường Vĩnh Tế: gồm phường Núi Sam, một phần xã Vĩnh Châu, xã Vĩnh Tế (thành phố Châu Đốc)',
      'xã Vĩnh Tế (thành phố Châu Đốc): nay thuộc phường Vĩnh Tế',
    ]);
  });

  test('đ typed as d and a split commune: each ward that received part of it is named', async () => {
    await open(journey.page, LOOKUP);
    await box().pressSequentially('vinh chau');
    await statusSays('1 kết quả cho “vinh chau”.');
    expect(await shownEntries()).toEqual([
      'xã Vĩnh Châu (thành phố Châu Đốc): nay chia về phường Châu Đốc, phường Vĩnh Tế (mỗi nơi một phần)',
    ]);
    await box().fill('dinh my');
    await statusSays('2 kết quả cho “dinh my”.');
    expect(await shownEntries()).toEqual([
      'xã Định Mỹ: gồm xã Định Mỹ, xã Định Thành, xã Vĩnh Phú (huyện Thoại Sơn)',
      'xã Định Mỹ (huyện Thoại Sơn): nay thuộc xã Định Mỹ',
    ]);
  });

  test('a former commune’s model is listed under its new unit too, linked to the model', async () => {
    const { page } = journey;
    await open(page, LOOKUP);
    await box().fill('an cu');
    await statusSays('2 kết quả cho “an cu”.');
    const model = '/mo-hinh/co-phan-tai-chinh-tu-quan-an-cu/';
    await expect(page.locator(`[data-k]:visible a[href="${model}"]`).count()).resolves.toBe(2);
  });

  test('a shared link opens the same lookup', async () => {
    await open(journey.page, `${LOOKUP}?q=${encodeURIComponent('binh an')}`);
    await statusSays('3 kết quả cho “binh an”.');
    await expect(box().inputValue()).resolves.toBe('binh an');
    expect(await shownEntries()).toEqual([
      // The former xã keeps the old-style “Hoà” of the official list it comes from.
      'xã Bình An: gồm xã Bình An, xã Vĩnh Hòa Hiệp, xã Vĩnh Hoà Phú (huyện Châu Thành, tỉnh Kiên Giang)',
      'xã Bình An (huyện Châu Thành, tỉnh Kiên Giang): nay thuộc xã Bình An',
      'xã Bình An (huyện Kiên Lương): nay thuộc xã Kiên Lương',
    ]);
  });

  test('a name that is no unit says so; clearing the box brings the whole list back', async () => {
    const { page } = journey;
    await open(page, LOOKUP);
    await box().fill('khong co xa nay');
    await statusSays('Không có xã, phường nào khớp với “khong co xa nay”. Hãy thử gõ tên khác hoặc xóa bớt chữ.');
    await expect(page.locator('[data-k]:visible').count()).resolves.toBe(0);
    await box().fill('');
    await statusSays('');
    await expect(page.locator('[data-k]:visible').count()).resolves.toBe(NEW_UNITS + FORMER_UNITS);
    expect(new URL(page.url()).search).toBe('');
  });

  test('a filtered list has no WCAG 2.1 AA violations', async () => {
    const { page } = journey;
    await open(page, LOOKUP);
    await box().fill('vinh t');
    await page.waitForFunction(() => (document.querySelector('[role="status"]')?.textContent ?? '') !== '');
    expect(await wcagViolations(page)).toEqual([]);
  });
});

describe('commune lookup › without JavaScript', () => {
  test('the page is the whole A→Z list, with working letter links, and the form leaves it whole', async () => {
    const noScript = await newPhoneContext(journey.browser, { javaScriptEnabled: false });
    try {
      const p = await noScript.context.newPage();
      await open(p, LOOKUP);
      await expect(p.locator('[data-k]:visible').count()).resolves.toBe(NEW_UNITS + FORMER_UNITS);
      const sections = p.locator('section');
      await expect(sections.nth(0).locator('[data-k]').count()).resolves.toBe(NEW_UNITS);
      await expect(sections.nth(1).locator('[data-k]').count()).resolves.toBe(FORMER_UNITS);
      // Đ has a letter of its own, after D.
      await p
        .getByRole('navigation', { name: /thị trấn/ })
        .getByRole('link', { name: 'Đ', exact: true })
        .click();
      await p.waitForURL(/#cu-dd$/);
      await expect(p.locator('#cu-dd + ul li').first().innerText()).resolves.toMatch(/^(xã|phường|thị trấn) Đ/);
      // A plain GET form: sending it reloads the page, whose list is all there.
      await p.getByRole('searchbox', { name: 'Tên xã, phường, thị trấn (cũ hoặc mới)' }).fill('nui sam');
      await p.keyboard.press('Enter');
      await p.waitForURL(/\?q=nui\+sam$/);
      await expect(p.locator('[data-k]:visible').count()).resolves.toBe(NEW_UNITS + FORMER_UNITS);
      await expect(p.getByRole('status').textContent()).resolves.toBe('');
    } finally {
      await noScript.context.close();
    }
  });
});
