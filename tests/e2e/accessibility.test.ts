/**
 * An axe-core sweep (WCAG 2.1 A and AA): every page in the sitemap on a phone, and one page of
 * every type (plus the 404 page and the search page with results) on a phone and a desktop.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newPhoneContext, open } from './setup/browser.ts';

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['models list', '/mo-hinh/'],
  ['model page', '/mo-hinh/hien-dat-lam-duong-thoai-son/'],
  ['news list', '/tin-tuc/'],
  ['news page', '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/'],
  ['places index', '/dia-ban/'],
  ['place page', '/dia-ban/tan-chau/'],
  ['fields index', '/linh-vuc/'],
  ['field page', '/linh-vuc/van-hoa-xa-hoi/'],
  ['organisations index', '/to-chuc/'],
  ['organisation page', '/to-chuc/ban-dan-van-tinh-uy-an-giang/'],
  ['years index', '/nam/'],
  ['year page', '/nam/2024/'],
  ['collective/individual page', '/loai/tap-the/'],
  ['about page', '/gioi-thieu/'],
  ['press page', '/bao-chi/'],
  ['search page with results', '/tim-kiem/?q=tan+chau'],
  ['404 page', '/khong-co-trang-nay/'],
];

/** Every page the sitemap lists, as a path. */
const SITEMAP_PAGES = [
  ...readFileSync(fileURLToPath(new URL('../../dist/sitemap-0.xml', import.meta.url)), 'utf8').matchAll(
    /<loc>([^<]+)<\/loc>/g,
  ),
].map((m) => new URL(m[1] ?? '').pathname);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(path: string, viewport: { width: number; height: number }): Promise<string[]> {
  const { context } = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await open(page, path);
  if (path.startsWith('/tim-kiem/')) {
    // Check the page as a reader uses it: results shown and the filters open.
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    await page.locator('details.filters').evaluate((details: HTMLDetailsElement) => (details.open = true));
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await context.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of every page in the sitemap, on a phone', () => {
  test('the sitemap lists pages to check', () => {
    expect(SITEMAP_PAGES.length).toBeGreaterThan(30);
  });
  test.each(SITEMAP_PAGES)('%s has no WCAG 2.1 AA violations', async (path) => {
    expect(await violations(path, { width: 390, height: 844 })).toEqual([]);
  });
});

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
])('accessibility on a %s', (_, viewport) => {
  test.each(PAGE_TYPES)('the %s (%s) has no WCAG 2.1 AA violations', async (_type, path) => {
    expect(await violations(path, viewport)).toEqual([]);
  });
});
