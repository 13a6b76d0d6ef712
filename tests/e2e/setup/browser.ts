/** The browser tests' Chromium (see scripts/lib/chromium.ts), pages and contexts. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchTestChromium } from '../../chromium.ts';

export const launchBrowser = launchTestChromium;

export const baseUrl = () => inject('baseUrl');

/**
 * A phone-sized context that records every request, so tests can prove nothing leaves the site.
 * `javaScriptEnabled: false` opens pages the way a reader with scripts off sees them.
 */
export async function newPhoneContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { context, requests };
}

/** Opens a path of the site and waits until it has loaded. */
export async function open(page: Page, path: string) {
  const response = await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return response;
}

/**
 * For a file of journeys: one Chromium for the file and, for each test, a fresh phone page that
 * may load nothing from another host (no CDN fonts, no trackers) — checked after every test.
 * Read `journey.page` and `journey.browser` inside tests and hooks.
 */
export function usePhoneJourneys(): { readonly browser: Browser; readonly page: Page } {
  let browser: Browser;
  let context: BrowserContext;
  let requests: string[];
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, requests } = await newPhoneContext(browser));
    page = await context.newPage();
  });
  afterEach(async () => {
    const site = new URL(baseUrl()).host;
    const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== site);
    expect(foreign).toEqual([]);
    await context.close();
  });
  return {
    get browser() {
      return browser;
    },
    get page() {
      return page;
    },
  };
}
