/**
 * One page of every type, loaded once on a phone for all that is checked in a browser:
 * - byte budgets as a phone receives them (gzip level 6, as deploy/nginx.conf sends text):
 *   HTML + CSS + JS ≤ 25 kB, web fonts ≤ 45 kB, JavaScript ≤ 10 kB before search is used, nothing
 *   from another host; sizes come from the files the page requested, so they are deterministic;
 * - every content picture modern, sized, and lazy below the fold;
 * - an axe-core sweep (WCAG 2.1 A and AA), again on a desktop.
 * Then axe on a bounded sample of the other pages in the sitemap, so the browser work stays the
 * same when the site grows to hundreds of pages; every built page still gets the checks that need
 * no browser (html-validate, the byte budgets read from its files: tests/e2e/built-site.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wcagViolations } from './setup/axe.ts';
import { baseUrl, launchBrowser, newPhoneContext, open } from './setup/browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1000;
const BUDGET = { document: 25 * KB, fonts: 45 * KB, js: 10 * KB };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface PageType {
  type: string;
  path: string;
  /** Whether it shows content pictures (so the picture checks cannot pass on none). */
  pictures: boolean;
  /**
   * Search has been used on it: the budgets for JavaScript before search do not apply, and the
   * result thumbnails are Pagefind's, not content pictures.
   */
  searched?: boolean;
}

const PAGE_TYPES: PageType[] = [
  { type: 'home', path: '/', pictures: true },
  { type: 'models list', path: '/mo-hinh/', pictures: true },
  { type: 'model page', path: '/mo-hinh/hien-dat-lam-duong-thoai-son/', pictures: true },
  { type: 'news list', path: '/tin-tuc/', pictures: false },
  { type: 'news page', path: '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/', pictures: true },
  { type: 'places index', path: '/dia-ban/', pictures: false },
  { type: 'place page', path: '/dia-ban/tan-chau/', pictures: true },
  { type: 'commune lookup', path: '/tra-cuu-xa-phuong/', pictures: false },
  { type: 'fields index', path: '/linh-vuc/', pictures: false },
  { type: 'field page', path: '/linh-vuc/van-hoa-xa-hoi/', pictures: true },
  { type: 'organisations index', path: '/to-chuc/', pictures: false },
  { type: 'organisation page', path: '/to-chuc/ban-dan-van-tinh-uy-an-giang/', pictures: false },
  { type: 'years index', path: '/nam/', pictures: false },
  { type: 'year page', path: '/nam/2024/', pictures: true },
  { type: 'collective/individual page', path: '/loai/tap-the/', pictures: true },
  { type: 'about page', path: '/gioi-thieu/', pictures: false },
  { type: 'press page', path: '/bao-chi/', pictures: false },
  { type: 'figures page', path: '/so-lieu/', pictures: false },
  { type: 'search page', path: '/tim-kiem/', pictures: false },
  { type: 'search page with results', path: '/tim-kiem/?q=tan+chau', pictures: false, searched: true },
  { type: '404 page', path: '/khong-co-trang-nay/', pictures: false },
];

/** Other pages the sitemap lists, axe-checked in the browser; a fixed number however many there are. */
const SAMPLE_SIZE = 8;

/** Every page the sitemap lists, as a path. */
const SITEMAP_PAGES = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1] ?? '').pathname,
);

/** `size` pages spread evenly over the sorted list of those that are not a page type above. */
function sample(pages: string[], size: number): string[] {
  const others = pages.filter((p) => !PAGE_TYPES.some((t) => t.path === p)).sort();
  if (others.length <= size) return others;
  return Array.from({ length: size }, (_, i) => others[Math.floor((i * others.length) / size)]!);
}
const SAMPLE = sample(SITEMAP_PAGES, SAMPLE_SIZE);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The bytes a file takes on the wire: gzip for text, as stored for the rest. */
function wireSize(file: string): number {
  const bytes = readFileSync(file);
  return /\.(html|css|js|svg|json|xml)$/.test(file) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
}

/** The built file a request was answered from (the 404 page for an unknown address). */
function servedFile(urlPath: string, status: number | undefined): string {
  const clean = decodeURIComponent(urlPath);
  const file = path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  return status === 404 && !existsSync(file) ? path.join(dist, '404.html') : file;
}

/** Opens `pathname` as a reader would, shows the search results and filters if it is the search page. */
async function openLikeAReader(page: Page, pathname: string) {
  const response = await open(page, pathname);
  if (pathname.startsWith('/tim-kiem/?')) {
    // Check the page as a reader uses it: results shown and the filters open.
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    await page.locator('details.filters').evaluate((details: HTMLDetailsElement) => (details.open = true));
  }
  return response;
}

/** Opens `pathname` in a fresh context at `viewport` and runs axe on it. */
async function violationsAt(pathname: string, viewport: { width: number; height: number }): Promise<string[]> {
  const { context } = await newPhoneContext(browser);
  try {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await openLikeAReader(page, pathname);
    return await wcagViolations(page);
  } finally {
    await context.close();
  }
}

interface Picture {
  src: string;
  avif: boolean;
  srcset: string;
  width: string | null;
  height: string | null;
  loading: string | null;
  top: number;
}

/** Everything checked on a phone, from one load of the page. */
async function loadOnPhone(pathname: string) {
  const { context, requests } = await newPhoneContext(browser);
  try {
    const statuses = new Map<string, number>();
    context.on('response', (response) => statuses.set(response.url(), response.status()));
    const page = await context.newPage();
    await openLikeAReader(page, pathname);
    await page.evaluate(() => document.fonts.ready);
    const site = new URL(baseUrl()).host;
    const own = requests.filter((u) => {
      const url = new URL(u);
      return url.host === site && url.protocol.startsWith('http');
    });
    const sum = (test: (p: string) => boolean) =>
      own
        .map((u) => [new URL(u).pathname, statuses.get(u)] as const)
        .filter(([p]) => test(p))
        .reduce((t, [p, status]) => t + wireSize(servedFile(p, status)), 0);
    const pictures: Picture[] = await page.locator('main img').evaluateAll((imgs) =>
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
    return {
      // data: and blob: addresses (Pagefind's worker) are made by the page itself.
      foreign: requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).host !== site),
      document: sum((p) => p.endsWith('/') || /\.(css|js)$/.test(p)),
      js: sum((p) => p.endsWith('.js')),
      fonts: sum((p) => p.endsWith('.woff2')),
      pictures,
      violations: await wcagViolations(page),
    };
  } finally {
    await context.close();
  }
}

describe.each(PAGE_TYPES)('the $type ($path) on a phone', ({ path: pathname, pictures: hasPictures, searched }) => {
  let loaded: Awaited<ReturnType<typeof loadOnPhone>>;
  beforeAll(async () => {
    loaded = await loadOnPhone(pathname);
  });

  test('stays within the font budget and asks no other host', () => {
    expect(loaded.foreign).toEqual([]);
    expect(loaded.fonts, 'web fonts').toBeLessThanOrEqual(BUDGET.fonts);
    expect(loaded.fonts, 'the heading font is served by the site').toBeGreaterThan(0);
  });

  // Pagefind's script and index arrive once search is used, so these are for the other pages.
  if (!searched) {
    test('stays within the budgets for HTML + CSS + JS and for JavaScript', () => {
      expect(loaded.document, 'HTML + CSS + JS, gzip').toBeLessThanOrEqual(BUDGET.document);
      expect(loaded.js, 'JavaScript before search is used').toBeLessThanOrEqual(BUDGET.js);
    });

    test('serves every content picture as AVIF/WebP with srcset, width and height, lazy below the fold', () => {
      expect(loaded.pictures.length > 0, `${pathname} shows content pictures`).toBe(hasPictures);
      for (const picture of loaded.pictures) {
        expect(picture.src, picture.src).toMatch(/\.(avif|webp)$/);
        expect(picture.avif, picture.src).toBe(true);
        expect(picture.srcset, picture.src).toMatch(/\s\d+w/);
        expect(Number(picture.width), picture.src).toBeGreaterThan(0);
        expect(Number(picture.height), picture.src).toBeGreaterThan(0);
        if (picture.top > PHONE.height) expect(picture.loading, `${picture.src} is below the fold`).toBe('lazy');
      }
    });
  }

  test('has no WCAG 2.1 AA violations', () => {
    expect(loaded.violations).toEqual([]);
  });
});

describe('on a desktop', () => {
  test.each(PAGE_TYPES)('the $type ($path) has no WCAG 2.1 AA violations', async ({ path: pathname }) => {
    expect(await violationsAt(pathname, DESKTOP)).toEqual([]);
  });
});

describe(`a sample of ${SAMPLE_SIZE} other pages in the sitemap, on a phone`, () => {
  test('the sitemap lists pages to check', () => {
    expect(SITEMAP_PAGES.length).toBeGreaterThan(30);
    expect(SAMPLE).toHaveLength(SAMPLE_SIZE);
  });
  test.each(SAMPLE)('%s has no WCAG 2.1 AA violations', async (pathname) => {
    expect(await violationsAt(pathname, PHONE)).toEqual([]);
  });
});
