/**
 * What the press and link previews read, checked over every file of the production build: each
 * page's head, the share images, the feeds and sitemap, and the open data, compared with the
 * pages that were actually built.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { SITE_NAME, SITE_URL } from '../../src/config.ts';
import { SITE_SHARE_IMAGE_URL } from '../../src/lib/urls.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(path.sep).join('/'));
const pages = htmlFiles.map((file) => ({ file, root: parse(readFileSync(path.join(dist, file), 'utf8')) }));
const isRedirect = (root: HTMLElement) => root.querySelector('meta[http-equiv="refresh"]') !== null;
/** Pages kept out of search engines: no canonical URL, not in the sitemap. */
const isNoindex = (root: HTMLElement) =>
  root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') === true;
/** The only pages meant to be kept out of search engines: the 404 page, the staff's list and the web editor. */
const NOINDEX_PAGES = ['404.html', 'admin/index.html', 'bien-tap/can-bo-sung/index.html'];
const publicPages = pages.filter((p) => !isNoindex(p.root) && !isRedirect(p.root));
/** Model and news pages: the ones with an article indexed for search. */
const articles = (prefix: string) =>
  publicPages.filter((p) => p.file.startsWith(prefix) && p.root.querySelector('[data-pagefind-body]'));
const models = articles('mo-hinh/');
const news = articles('tin-tuc/');
const meta = (root: HTMLElement, key: string) =>
  root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  root.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
const urlOf = (file: string) => new URL(file.replace(/index\.html$/, ''), `${SITE_URL}/`).href;
const jsonLd = (root: HTMLElement) =>
  root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
const xml = (file: string) => new XMLParser().parse(readFileSync(path.join(dist, file), 'utf8'));
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('every page’s head', () => {
  test('keeps only the 404 page and the staff’s pages out of search engines', () => {
    expect(
      pages
        .filter((p) => isNoindex(p.root))
        .map((p) => p.file)
        .sort(),
    ).toEqual(NOINDEX_PAGES);
  });

  test('has lang="vi", an absolute canonical URL to itself, and og:locale vi_VN', () => {
    expect(models.length).toBeGreaterThan(0);
    expect(news.length).toBeGreaterThan(0);
    for (const { file, root } of publicPages) {
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe('vi');
      expect(
        root.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href')),
        file,
      ).toEqual([urlOf(file)]);
      expect(meta(root, 'og:locale'), file).toBe('vi_VN');
      expect(meta(root, 'og:url'), file).toBe(urlOf(file));
    }
  });

  test('has a unique <title> and a meta description', () => {
    const titles = publicPages.map((p) => p.root.querySelector('title')?.textContent ?? '');
    // Each title shared with an earlier page, named so a failure says which pages collide.
    const repeated = publicPages.filter((_, i) => titles.indexOf(titles[i]!) !== i).map((p) => p.file);
    expect(titles.length).toBeGreaterThan(0);
    expect(repeated).toEqual([]);
    for (const { file, root } of publicPages)
      expect((meta(root, 'description') ?? '').length, file).toBeGreaterThan(20);
  });

  test('gives link previews the page’s own title, and the site’s name for the home page', () => {
    for (const { file, root } of publicPages) {
      // The <title> ends with the site's name, except on the home page, which is only the name.
      const title = (root.querySelector('title')?.textContent ?? '').replace(` | ${SITE_NAME}`, '');
      expect(title.length, file).toBeGreaterThan(0);
      expect(meta(root, 'og:title'), file).toBe(title);
      expect(meta(root, 'twitter:title'), file).toBe(title);
      expect(meta(root, 'og:site_name'), file).toBe(SITE_NAME);
    }
    expect(meta(pages.find((p) => p.file === 'index.html')!.root, 'og:title')).toBe(SITE_NAME);
  });

  test('gives every structured-data block valid JSON of a known type', () => {
    for (const { file, root } of publicPages) {
      for (const data of jsonLd(root))
        expect(['Article', 'NewsArticle', 'BreadcrumbList'], file).toContain(data['@type']);
    }
  });

  test('describes a model as an Article with its place, dates and sources', () => {
    for (const { file, root } of models) {
      const article = jsonLd(root).find((d) => d['@type'] === 'Article');
      expect(article, file).toMatchObject({
        '@context': 'https://schema.org',
        url: urlOf(file),
        inLanguage: 'vi',
        publisher: { '@type': 'Organization' },
      });
      expect(article?.['contentLocation'], file).toMatchObject({ '@type': 'AdministrativeArea' });
      expect(String(article?.['datePublished']), file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(asList(article?.['citation'] as unknown[]).length, file).toBeGreaterThan(0);
      expect(
        jsonLd(root).some((d) => d['@type'] === 'BreadcrumbList'),
        file,
      ).toBe(true);
    }
  });

  test('describes news as a NewsArticle', () => {
    for (const { file, root } of news) {
      const article = jsonLd(root).find((d) => d['@type'] === 'NewsArticle');
      expect(article, file).toMatchObject({ headline: root.querySelector('h1')?.textContent, url: urlOf(file) });
    }
  });

  test('gives model and news pages a 1200×630 share image that exists', async () => {
    for (const { file, root } of [...models, ...news]) {
      expect(meta(root, 'og:type'), file).toBe('article');
      expect(meta(root, 'twitter:card'), file).toBe('summary_large_image');
      const image = new URL(meta(root, 'og:image') ?? '');
      expect(image.origin, file).toBe(new URL(SITE_URL).origin);
      const local = path.join(dist, decodeURIComponent(image.pathname));
      expect(existsSync(local), file).toBe(true);
      const { width, height, format } = await sharp(local).metadata();
      expect({ width, height, format }, file).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  test('gives every other public page the site’s own share picture, so no shared link comes without one', async () => {
    const siteImage = new URL(SITE_SHARE_IMAGE_URL, SITE_URL).href;
    const articlePages = new Set([...models, ...news]);
    const others = publicPages.filter((page) => !articlePages.has(page));
    // The home page, listings, places, fields, organisations, the press and about pages.
    expect(others.length).toBeGreaterThan(10);
    for (const { file, root } of others) {
      expect(meta(root, 'og:image'), file).toBe(siteImage);
      expect(meta(root, 'twitter:image'), file).toBe(siteImage);
      expect(meta(root, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(root, 'og:image:alt'), file).toContain(SITE_NAME);
    }
    const { width, height, format } = await sharp(path.join(dist, SITE_SHARE_IMAGE_URL)).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
  });
});

describe('feeds and sitemap', () => {
  test('the news feed lists every published news item, newest event first, dated the day it was published', () => {
    const items = asList(xml('tin-tuc/rss.xml').rss.channel.item) as { link: string; pubDate: string }[];
    expect(items.map((i) => i.link).sort()).toEqual(news.map((p) => urlOf(p.file)).sort());
    // What each news page shows: the day it was published, and the day of the event it reports
    // (that day placing it, as in “Tin mới”; else the day its source reported it, which may be only
    // a month or a year; else the published day).
    const shown = new Map(
      news.map(({ file, root }) => {
        const published = root.querySelector('.byline time')?.getAttribute('datetime') ?? '';
        const dayAfter = (opening: string) =>
          root
            .querySelectorAll('p')
            .find((p) => p.textContent.trim().startsWith(opening))
            ?.querySelector('time')
            ?.getAttribute('datetime');
        const event = dayAfter('Sự kiện diễn ra ngày') ?? dayAfter('Nguồn đưa tin') ?? published;
        return [urlOf(file), { published, event }];
      }),
    );
    for (const item of items) {
      const page = shown.get(item.link);
      expect(page?.published, item.link).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(item.pubDate), item.link).toBe(Date.parse(`${page?.published}T00:00:00+07:00`));
    }
    const events = items.map((i) => shown.get(i.link)?.event ?? '');
    expect(events).toEqual([...events].sort().reverse());
    // Items report events on several days, so the order above is a real check.
    expect(new Set(events).size).toBeGreaterThan(1);
  });

  test('the models feed lists every published model', () => {
    const items = asList(xml('mo-hinh/rss.xml').rss.channel.item) as { link: string }[];
    expect(items.map((i) => i.link).sort()).toEqual(models.map((p) => urlOf(p.file)).sort());
  });

  test('the sitemap lists exactly the public pages', () => {
    const index = asList(xml('sitemap-index.xml').sitemapindex.sitemap) as { loc: string }[];
    const urls = index
      .flatMap((s) => asList(xml(new URL(s.loc).pathname.slice(1)).urlset.url) as { loc: string }[])
      .map((u) => u.loc);
    expect(urls.sort()).toEqual(publicPages.map((p) => urlOf(p.file)).sort());
  });

  test('robots.txt points to the sitemap', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });
});

describe('open data', () => {
  const json = JSON.parse(readFileSync(path.join(dist, 'du-lieu/mo-hinh.json'), 'utf8')) as {
    count: number;
    models: { url: string; title: string; place: string }[];
  };

  test('the JSON has one record per published model page, with its title', () => {
    expect(json.count).toBe(models.length);
    expect(json.models.map((m) => m.url).sort()).toEqual(models.map((p) => urlOf(p.file)).sort());
    for (const record of json.models) {
      const page = models.find((p) => urlOf(p.file) === record.url);
      expect(page?.root.querySelector('h1')?.textContent).toBe(record.title);
    }
  });

  test('the CSV has a UTF-8 BOM, a header and the same rows as the JSON', () => {
    const csv = readFileSync(path.join(dist, 'du-lieu/mo-hinh.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]?.slice(0, 4)).toEqual(['slug', 'url', 'title', 'summary']);
    const body = rows.slice(1);
    expect(body.map((r) => r[1])).toEqual(json.models.map((m) => m.url));
    expect(body.map((r) => r[2])).toEqual(json.models.map((m) => m.title));
    expect(body.map((r) => r[5])).toEqual(json.models.map((m) => m.place));
  });
});

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF), enough to read back what the site wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}
