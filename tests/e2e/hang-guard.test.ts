/**
 * The browser tests' guard against a hang (tests/chromium.ts) reaches every page: those opened
 * with `browser.newPage()` and those of a context. Shown with a guard of 300 ms on a wait for an
 * element that never comes, which fails naming that guard rather than Playwright's 30 s.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

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
