/** The accessibility sweep itself (setup/axe.ts) must find violations, or every sweep passes on nothing. */
import { expect, test } from 'vitest';
import { wcagViolations } from './setup/axe.ts';
import { launchBrowser } from './setup/browser.ts';

test('names the rule and the element of each violation, and passes a clean page', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><h1>Thử</h1>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="khong-chu-thich">' +
        '<p style="color:#bbb;background:#fff">Chữ nhạt</p></main></body></html>',
    );
    const violations = await wcagViolations(page);
    expect(violations).toContain('image-alt: #khong-chu-thich');
    expect(violations.some((v) => v.startsWith('color-contrast: '))).toBe(true);
    await page.setContent(
      '<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><h1>Thử</h1><p>Chữ rõ</p></main></body></html>',
    );
    expect(await wcagViolations(page)).toEqual([]);
  } finally {
    await browser.close();
  }
});
