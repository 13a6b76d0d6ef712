/** Sharing, citing and printing a model page, in Debian's Chromium against the production build. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, newPhoneContext, open } from './setup/browser.ts';

const MODEL = '/mo-hinh/hien-dat-lam-duong-thoai-son/';
const PERMANENT = `https://danvankheo.angiang.example${MODEL}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The status line of a block once the page has written to it: the copy buttons write after the
 * clipboard has taken the text, so this waits for that instead of reading too early.
 */
async function statusOf(page: Page, block: string): Promise<string> {
  const status = page.locator(`${block} [role="status"]`).filter({ hasText: /\S/ });
  await status.waitFor();
  return status.innerText();
}

/** A phone that lets the page use the clipboard, on `path`. */
async function openWithClipboard(path: string) {
  const { context } = await newPhoneContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const page = await context.newPage();
  await open(page, path);
  return { context, page };
}

describe('sharing', () => {
  test('copies the permanent link and confirms it in Vietnamese', async () => {
    const { context, page } = await openWithClipboard(MODEL);
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(statusOf(page, '.share')).resolves.toBe(
      'Đã sao chép liên kết. Dán vào Zalo hoặc tin nhắn để chia sẻ.',
    );
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(PERMANENT);
    await context.close();
  });

  test('copies a citation a journalist can paste', async () => {
    const { context, page } = await openWithClipboard(MODEL);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(statusOf(page, '.citation')).resolves.toBe('Đã sao chép trích dẫn.');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toBe(
      `Ban biên tập Dân vận khéo An Giang (2026). “Vận động hiến đất làm đường giao thông nông thôn”. Dân vận khéo An Giang, đăng ngày 25 tháng 11, 2026, cập nhật ngày 29 tháng 11, 2026. ${PERMANENT}`,
    );
    await context.close();
  });

  test('shares to Facebook with a plain link and loads nothing from Facebook', async () => {
    const { context, requests } = await newPhoneContext(browser);
    const page = await context.newPage();
    await open(page, MODEL);
    const href = await page.getByRole('link', { name: /Chia sẻ lên Facebook/ }).getAttribute('href');
    expect(href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(PERMANENT)}`);
    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    await context.close();
  });

  test('without JavaScript shows the address instead of buttons that would do nothing', async () => {
    const { context } = await newPhoneContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, MODEL);
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.share-url').innerText()).resolves.toBe(`Địa chỉ trang: ${PERMANENT}`);
    await context.close();
  });
});

/** CSS pixels per millimetre, as Chromium lays out and prints (96 per inch). */
const PX_PER_MM = 96 / 25.4;
/** A4 less the margins of the site's `@page` rule (15 mm at the sides and top, 18 mm below). */
const PRINTABLE = { width: (210 - 30) * PX_PER_MM, height: (297 - 33) * PX_PER_MM };

describe('printing', () => {
  test('prints a model page as clean A4: no navigation, the address and a QR code', async () => {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await open(page, MODEL);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    await expect(page.locator('.share').isVisible()).resolves.toBe(false);
    // Related news and models are for the screen: a printed page is the model alone.
    const related = page.locator('#mo-hinh-lien-quan');
    await expect(related.count()).resolves.toBe(1);
    await expect(related.isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-qr svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-qr').innerText()).resolves.toContain(PERMANENT);
    await expect(page.locator('.citation-text').isVisible()).resolves.toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/print-model-page.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // No blank or extra sheets: as many as the printed page is long at A4's printable width, one
    // more at most for figures and pictures kept whole across a page break. (The model's length
    // is its content's: a page with more figures and steps takes more sheets.)
    await page.setViewportSize({ width: Math.round(PRINTABLE.width), height: 1123 });
    const length = await page.evaluate(() => document.documentElement.scrollHeight);
    const needed = Math.ceil(length / PRINTABLE.height);
    expect(needed).toBeGreaterThanOrEqual(1);
    expect(sheets.length).toBeGreaterThanOrEqual(needed);
    expect(sheets.length).toBeLessThanOrEqual(needed + 1);
    await page.close();
  });
});
