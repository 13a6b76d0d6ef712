/**
 * The web editor at /admin/ in Debian's Chromium set to English: it speaks Vietnamese, loads
 * nothing from another host and breaks no rule of its Content-Security-Policy, opens a repository
 * (a copy of content/ in the browser's private file system, see setup/opfs.ts), starts a new model
 * as a draft, shows it in the site's own styles, and leaves an existing published model published.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { baseUrl, launchBrowser, open } from './setup/browser.ts';
import {
  EDITOR_TEST_TIMEOUT,
  foreignRequests,
  LOCAL_REPOSITORY,
  newEditorContext,
  openRepository,
  preview as previewOf,
  startNewModel,
  type EditorContext,
} from './setup/editor.ts';
import { filesOf } from './setup/opfs.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
/** A model of the sample content, published (its file says `draft: false`). */
const PUBLISHED = 'Bê tông hóa đường ra cánh đồng';

vi.setConfig({ testTimeout: EDITOR_TEST_TIMEOUT, hookTimeout: EDITOR_TEST_TIMEOUT });

let browser: Browser;
let editor: EditorContext;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  editor = await newEditorContext(browser);
  context = editor.context;
  page = await context.newPage();
});
afterEach(async () => {
  expect(foreignRequests(editor.requests, baseUrl())).toEqual([]);
  expect(editor.violations).toEqual([]);
  await context.close();
});

const preview = (): FrameLocator => previewOf(page);

describe('the web editor at /admin/', () => {
  test('speaks Vietnamese to a browser set to English, from the site alone', async () => {
    const response = await open(page, '/admin/');
    expect(response?.status()).toBe(200);
    await page.getByRole('button', { name: LOCAL_REPOSITORY }).waitFor();
    await page.getByText('Đăng nhập bằng mã truy cập').waitFor();
    // Ours, and Sveltia adds its own.
    const robots = await page
      .locator('meta[name="robots"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
    expect(robots.length).toBeGreaterThan(0);
    for (const value of robots) expect(value).toContain('noindex');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain(
      "script-src 'self';",
    );
    expect(editor.requests.some((url) => url.endsWith('/admin/config.yml') || url.includes('/admin/config.yml?'))).toBe(
      true,
    );
  });

  test('opens a published model as published, and starts a new one as a draft, previewed in the site’s styles', async () => {
    await openRepository(page, filesOf(content));
    // A published model (its file has no `draft` line) stays published when saved.
    await page.getByText(PUBLISHED).first().click();
    await preview().locator('h1', { hasText: PUBLISHED }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tên mô hình' }).inputValue()).toBe(PUBLISHED);
    expect(await page.getByRole('switch', { name: 'Bản nháp' }).isChecked()).toBe(false);
    await page.goBack();
    await startNewModel(page, 'Đường điện thắp sáng ấp Hòa Long', /\(tan-chau\)/);
    expect(await page.getByRole('switch', { name: 'Bản nháp' }).isChecked()).toBe(true);
    // The facts box as the site draws it: its brand-green rule on the left.
    const rule = await preview()
      .locator('.facts')
      .evaluate((box) => getComputedStyle(box).borderLeftColor);
    expect(rule).toBe('rgb(11, 93, 59)');
  });
});
