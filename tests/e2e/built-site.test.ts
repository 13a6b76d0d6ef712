/**
 * Checks over every file of the production build, without a browser, so they cover every page
 * however many there are: each sample model and listing has its page at an ASCII URL, no internal
 * link, image or stylesheet points to a file that does not exist, every page passes html-validate
 * and stays within the byte budgets that can be read from its files (the same budgets
 * tests/e2e/page-types.test.ts measures in the browser on one page of each type).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, FileSystemConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(root, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const files = walk(dist).map((f) => path.relative(dist, f).split(path.sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html'));
/** The web editor for staff (src/admin/), which is no page of the public site. */
const EDITOR_PAGE = 'admin/index.html';
/** The pages readers get: every page but the editor's. */
const publicPages = pages.filter((f) => f !== EDITOR_PAGE);

/** The file a site path is served from, as the preview server and nginx serve it. */
function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((c) => path.join(dist, c)).find((c) => existsSync(c));
}

describe('the built site', () => {
  test('has only ASCII file and folder names', () => {
    expect(files.filter((f) => !/^[\x21-\x7e]+$/.test(f))).toEqual([]);
  });

  test('has a page for every sample model and news item', () => {
    for (const collection of ['models', 'news'] as const) {
      const prefix = collection === 'models' ? 'mo-hinh' : 'tin-tuc';
      const entries = readdirSync(path.join(root, 'content', collection), { withFileTypes: true }).filter((e) =>
        e.isDirectory(),
      );
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(pages).toContain(`${prefix}/${entry.name}/index.html`);
    }
  });

  test('has every listing and facet page', () => {
    const expected = [
      'index.html',
      '404.html',
      'gioi-thieu/index.html',
      'tim-kiem/index.html',
      'bao-chi/index.html',
      'mo-hinh/index.html',
      'tin-tuc/index.html',
      'dia-ban/index.html',
      'linh-vuc/index.html',
      'to-chuc/index.html',
      'nam/index.html',
      'loai/tap-the/index.html',
      'loai/ca-nhan/index.html',
      'nam/2024/index.html',
    ];
    for (const file of expected) expect(pages).toContain(file);
    // A page for each of the 11 pre-2025 district-level units, each of the four fields, each organisation.
    for (const place of [
      'long-xuyen',
      'chau-doc',
      'tan-chau',
      'tinh-bien',
      'an-phu',
      'chau-phu',
      'chau-thanh',
      'cho-moi',
      'phu-tan',
      'thoai-son',
      'tri-ton',
    ]) {
      expect(pages).toContain(`dia-ban/${place}/index.html`);
    }
    for (const field of ['kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh', 'xay-dung-he-thong-chinh-tri']) {
      expect(pages).toContain(`linh-vuc/${field}/index.html`);
    }
  });

  test('has no broken internal link, image, stylesheet or font', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g), ...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap(
        (m) =>
          m[0].includes('srcset') ? (m[1] ?? '').split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [m[1] ?? ''],
      );
      for (const ref of refs) {
        if (/^(https?:|mailto:|tel:|data:|#)/.test(ref)) continue;
        const target = new URL(ref.replaceAll('&amp;', '&'), `http://site/${page}`).pathname;
        if (!fileFor(target)) broken.push(`${page} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('links to no other host except the sources it cites', () => {
    const external = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      for (const m of html.matchAll(/\s(?:src|srcset)="(https?:[^"]+)"/g)) external.add(`${page}: ${m[1]}`);
      for (const m of html.matchAll(/<link[^>]+href="(https?:[^"]+)"/g)) {
        if (!m[0].includes('rel="canonical"')) external.add(`${page}: ${m[1]}`);
      }
    }
    expect([...external]).toEqual([]);
  });
});

/**
 * The project's html-validate config (.htmlvalidate.json), found and resolved for the first page
 * and given to every page after it. html-validate's own loader looks for a config beside each
 * file and, since every page has a folder of its own, merged the config and built its table of
 * HTML elements again for each of the 564 pages: a third of this test's time (564 pages alone,
 * three runs: 26.1–26.5 s with it, 16.9–20.2 s without). No config file lies inside dist/
 * (tested below), so every page gets the config it got before.
 */
class ConfigResolvedOnce extends FileSystemConfigLoader {
  #resolved: ResolvedConfig | undefined;
  override async getConfigFor(file: string, override?: ConfigData): Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(file, override);
    return (this.#resolved ??= await super.getConfigFor(file));
  }
}

describe('HTML validity', () => {
  test('no html-validate config inside the built site, which would apply to its pages only', () => {
    expect(files.filter((file) => /(^|\/)\.htmlvalidate\.(json|c?js|mjs)$/.test(file))).toEqual([]);
  });

  // Every page, one after another: 21.8 s alone on a slow 2-core machine (564 pages), and over
  // 60 s in CI there with the build tests beside it. A hang still stops at 240 s.
  test('every built page passes html-validate', { timeout: 240_000 }, async () => {
    const validator = new HtmlValidate(new ConfigResolvedOnce());
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(dist, page));
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('byte budgets', () => {
  const KB = 1000;
  /** What a phone receives for a file of the site: gzip level 6 for text (deploy/nginx.conf), as stored otherwise. */
  const wireSize = (file: string) => {
    const bytes = readFileSync(path.join(dist, file));
    return /\.(html|css|js|svg|json|xml)$/.test(file) ? gzipSync(bytes, { level: 6 }).length : bytes.length;
  };
  /** A site path as a file of dist/. */
  const local = (ref: string) => decodeURIComponent(ref.split(/[?#]/)[0] ?? '').replace(/^\//, '');
  /** A script and every module it imports statically (dynamic `import()` waits until it is used). */
  const withImports = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
      withImports(path.posix.join(path.posix.dirname(file), m[1] ?? ''), seen);
    }
    return seen;
  };
  const fontsIn = (css: string) =>
    [...css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => local(m[1] ?? ''));

  test('every public page, read from its files: HTML + CSS + JS ≤ 25 kB, JavaScript ≤ 10 kB, web fonts ≤ 45 kB', () => {
    const over: string[] = [];
    let homeFonts = 0;
    for (const page of publicPages) {
      const root = parse(readFileSync(path.join(dist, page), 'utf8'));
      const attr = (selector: string, name: string) =>
        root
          .querySelectorAll(selector)
          .map((e) => e.getAttribute(name) ?? '')
          .filter((ref) => ref.startsWith('/'))
          .map(local);
      const css = attr('link[rel="stylesheet"]', 'href');
      const scripts = new Set<string>();
      for (const file of [...attr('script[src]', 'src'), ...attr('link[rel="modulepreload"]', 'href')]) {
        withImports(file, scripts);
      }
      const fonts = new Set([
        ...attr('link[rel="preload"][as="font"]', 'href'),
        ...root.querySelectorAll('style').flatMap((style) => fontsIn(style.textContent)),
        ...css.flatMap((file) => fontsIn(readFileSync(path.join(dist, file), 'utf8'))),
      ]);
      const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + wireSize(file), 0);
      const js = sum(scripts);
      const document = wireSize(page) + sum(css) + js;
      const fontBytes = sum(fonts);
      if (document > 25 * KB) over.push(`${page}: HTML + CSS + JS ${document} B`);
      if (js > 10 * KB) over.push(`${page}: JavaScript ${js} B`);
      if (fontBytes > 45 * KB) over.push(`${page}: web fonts ${fontBytes} B`);
      if (page === 'index.html') homeFonts = fonts.size;
    }
    expect(publicPages.length).toBeGreaterThan(30);
    expect(homeFonts, 'web fonts found on the home page, so their budget was checked').toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  test("the district map's markup and its styles, on every page that shows it: ≤ 15 kB", () => {
    const sizes: Record<string, number> = {};
    for (const page of publicPages) {
      const root = parse(readFileSync(path.join(dist, page), 'utf8'));
      const map = root.querySelector('figure.dmap');
      if (!map) continue;
      const styles = root
        .querySelectorAll('style')
        .map((s) => s.textContent)
        .filter((css) => css.includes('.dmap'));
      sizes[page] = gzipSync([map.toString(), ...styles].join(''), { level: 6 }).length;
    }
    // The home page, /dia-ban/ and the first page of each of the 26 former districts.
    expect(Object.keys(sizes)).toEqual(
      expect.arrayContaining(['index.html', 'dia-ban/index.html', 'dia-ban/tri-ton/index.html']),
    );
    expect(Object.keys(sizes).length).toBe(28);
    expect(Object.entries(sizes).filter(([, bytes]) => bytes > 15 * KB)).toEqual([]);
  });

  test('the web editor, for staff only: its page and the scripts it loads first ≤ 800 kB', () => {
    // Sveltia CMS is one large script (about 650 kB compressed); the budget catches an upgrade
    // that grows it much, or a bundle that pulls in what the editor lazily loads.
    const root = parse(readFileSync(path.join(dist, EDITOR_PAGE), 'utf8'));
    const scripts = new Set<string>();
    for (const element of root.querySelectorAll('script[src], link[rel="modulepreload"]')) {
      withImports(local(element.getAttribute('src') ?? element.getAttribute('href') ?? ''), scripts);
    }
    const bytes = [EDITOR_PAGE, ...scripts].reduce((total, file) => total + wireSize(file), 0);
    expect(scripts.size).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(800 * KB);
  });
});
