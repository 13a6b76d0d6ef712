/**
 * Byte budgets per page type, as a phone receives them (gzip level 6, as deploy/nginx.conf sends
 * text): HTML + CSS + JS ≤ 25 kB, web fonts ≤ 45 kB, JavaScript ≤ 10 kB before search is used,
 * nothing from another host, and every content picture modern, sized, and lazy below the fold.
 * Sizes come from the files the page actually requested, so they are deterministic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launchBrowser, newPhoneContext, open } from './setup/browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1000;
const BUDGET = { document: 25 * KB, fonts: 45 * KB, js: 10 * KB };

/** Page type, address, and whether it shows content pictures (so the picture checks cannot pass on none). */
const PAGE_TYPES: [string, string, boolean][] = [
  ['home', '/', true],
  ['models list', '/mo-hinh/', true],
  ['model page', '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/', true],
  ['news list', '/tin-tuc/', false],
  ['news page', '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/', true],
  ['place page', '/dia-ban/thoai-son/', true],
  ['search page', '/tim-kiem/', false],
  ['about page', '/gioi-thieu/', false],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The bytes a file takes on the wire: gzip for text, as stored for the rest. */
function wireSize(urlPath: string): number {
  const clean = decodeURIComponent(urlPath);
  const file = path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  const bytes = readFileSync(file);
  return /\.(html|css|js|svg|json|xml)$/.test(file) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

async function loadPage(pathname: string) {
  const { context, requests } = await newPhoneContext(browser);
  const page = await context.newPage();
  await open(page, pathname);
  await page.evaluate(() => document.fonts.ready);
  const site = new URL(baseUrl()).host;
  const own = requests.map((u) => new URL(u)).filter((u) => u.host === site && u.protocol.startsWith('http'));
  const sum = (test: (p: string) => boolean) =>
    own.filter((u) => test(u.pathname)).reduce((t, u) => t + wireSize(u.pathname), 0);
  const result = {
    foreign: requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== site),
    document: sum((p) => p.endsWith('/') || /\.(css|js)$/.test(p)),
    js: sum((p) => p.endsWith('.js')),
    fonts: sum((p) => p.endsWith('.woff2')),
    page,
    context,
  };
  return result;
}

describe.each(PAGE_TYPES)('the %s (%s)', (_, pathname, hasPictures) => {
  test('stays within the byte budgets and asks no other host', async () => {
    const loaded = await loadPage(pathname);
    expect(loaded.foreign).toEqual([]);
    expect(loaded.document, 'HTML + CSS + JS, gzip').toBeLessThanOrEqual(BUDGET.document);
    expect(loaded.fonts, 'web fonts').toBeLessThanOrEqual(BUDGET.fonts);
    expect(loaded.fonts, 'the heading font is served by the site').toBeGreaterThan(0);
    expect(loaded.js, 'JavaScript before search is used').toBeLessThanOrEqual(BUDGET.js);
    await loaded.context.close();
  });

  test('serves every content picture as AVIF/WebP with srcset, width and height, lazy below the fold', async () => {
    const { page, context } = await loadPage(pathname);
    const pictures = await page.locator('main img').evaluateAll((imgs) =>
      imgs.map((img) => {
        const image = img as HTMLImageElement;
        const sources = [...(image.closest('picture')?.querySelectorAll('source') ?? [])];
        return {
          src: image.currentSrc || image.src,
          avif: sources.some((s) => s.type === 'image/avif' && s.srcset.includes(' ')),
          srcset: image.srcset,
          width: image.getAttribute('width'),
          height: image.getAttribute('height'),
          loading: image.getAttribute('loading'),
          top: image.getBoundingClientRect().top + window.scrollY,
        };
      }),
    );
    expect(pictures.length > 0, `${pathname} shows content pictures`).toBe(hasPictures);
    const fold = 844;
    for (const picture of pictures) {
      expect(picture.src, picture.src).toMatch(/\.(avif|webp)$/);
      expect(picture.avif, picture.src).toBe(true);
      expect(picture.srcset, picture.src).toMatch(/\s\d+w/);
      expect(Number(picture.width), picture.src).toBeGreaterThan(0);
      expect(Number(picture.height), picture.src).toBeGreaterThan(0);
      if (picture.top > fold) expect(picture.loading, `${picture.src} is below the fold`).toBe('lazy');
    }
    await context.close();
  });
});
