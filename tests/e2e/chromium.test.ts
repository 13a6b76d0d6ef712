/**
 * The browser every test starts (scripts/lib/chromium.ts, tests/chromium.ts):
 * - its guard against a hang reaches every page, those opened with `browser.newPage()` and those of
 *   a context. Shown with a guard of 300 ms on a wait for an element that never comes, which fails
 *   naming that guard rather than Playwright's 30 s;
 * - it keeps no address-bar drop-down ready in its windows (Chromium's WebUI pages
 *   chrome://omnibox-popup.top-chrome/), which cost CPU on every page a test opens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { baseUrl, open } from './setup/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium({ defaultTimeout: 300 });
});
afterAll(async () => {
  await browser?.close();
});

const waitForNothing = (page: Page) => page.locator('#never-there').waitFor();

describe('launchChromium({ defaultTimeout })', () => {
  test('sets the timeout of a page opened on its own', async () => {
    const page = await browser.newPage();
    await expect(waitForNothing(page)).rejects.toThrow(/Timeout 300ms exceeded/);
    await page.close();
  });

  test('sets the timeout of every page of a context', async () => {
    const context = await browser.newContext();
    await expect(waitForNothing(await context.newPage())).rejects.toThrow(/Timeout 300ms exceeded/);
    await context.close();
  });
});

test('the browser runs nothing but the pages a test opens', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The 300 ms guard above is for the tests of the guard; opening a page may take longer.
  page.setDefaultTimeout(60_000);
  await open(page, '/');
  const session = await browser.newBrowserCDPSession();
  // An empty filter entry lists every kind of target, the browser's own pages included.
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] } as never);
  expect(targetInfos.filter((target) => target.type !== 'page' && target.type !== 'tab').map((t) => t.url)).toEqual([]);
  expect(targetInfos.filter((target) => target.type === 'page').map((t) => t.url)).toEqual([
    new URL('/', baseUrl()).href,
  ]);
  await context.close();
});
