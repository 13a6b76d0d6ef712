/**
 * Debian's Chromium driven by playwright-core. No browser is downloaded: the path is the one
 * `apt-get install chromium` gives (override with CHROMIUM_PATH). The flags keep Chromium from
 * calling Google's hosts, which this machine cannot reach, and let it run as root.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
