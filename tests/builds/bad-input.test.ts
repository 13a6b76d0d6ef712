/**
 * The corpus of malformed and hostile entries (tests/fixtures/bad-input/): for every case,
 * `npm run check` prints exactly the expected Vietnamese lines (file, line, field, fix); a case
 * check refuses is refused by the build too, before anything is written, and the last good site
 * stays as it was; the cases check accepts all build, and what they hid is not on their pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { assembleCase, caseDir, checkCase, listCases, projectRoot, TODAY } from './bad-input.ts';
import {
  buildMessage,
  buildCopy,
  createProjectCopy,
  editorEnv,
  hashTree,
  run,
  seedPictures,
  withProjectCopy,
} from './build-fixture.ts';

const cases = listCases();

describe('the bad-input corpus', () => {
  test('holds at least 50 cases, refused and accepted', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => c.refused).length).toBeGreaterThan(0);
    expect(cases.filter((c) => !c.refused).length).toBeGreaterThan(0);
  });

  test.concurrent.each(cases)('$name: check prints exactly its messages', async ({ name, expected }) => {
    const { root, lines } = await checkCase(name);
    try {
      expect(lines).toEqual(expected);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** A site as a previous good build left it: what a refused build must leave byte for byte. */
async function writePreviousSite(dist: string) {
  const pages: Record<string, string> = {
    'index.html': '<!doctype html><html lang="vi"><title>Trang chủ</title></html>\n',
    'mo-hinh/hop-le/index.html': '<!doctype html><html lang="vi"><title>Mô hình hợp lệ</title></html>\n',
    'pagefind/pagefind.js': 'export {};\n',
  };
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), text);
  }
}

describe('npm run build on a case check refuses', () => {
  test.concurrent.each(cases.filter((c) => c.refused))(
    '$name: refused with check’s messages, the last good site untouched',
    async ({ name, expected }) => {
      const { root } = await checkCase(name);
      try {
        const dist = path.join(root, 'dist');
        await writePreviousSite(dist);
        const before = hashTree(dist);
        const result = await buildSite({
          root,
          contentDir: path.join(root, 'content'),
          outDir: dist,
          cacheDir: path.join(root, '.cache'),
          env: editorEnv({ DVK_TODAY: TODAY }),
          print: () => {},
        });
        expect(result.refused, result.output).toBe(true);
        expect(result.code).not.toBe(0);
        for (const line of expected.filter((l) => l.startsWith('✗'))) expect(result.output).toContain(line);
        expect(hashTree(dist)).toEqual(before);
        expect(existsSync(`${dist}.new`)).toBe(false);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});

/**
 * A case's own copy of a list (places.yaml…) replaces the small base list; in the real site the
 * real list is kept and the lines the case changed in it are changed there instead.
 */
function applyListChanges(real: string, base: string, changed: string): string {
  const before = base.split('\n');
  return changed.split('\n').reduce((text, line, i) => {
    const was = before[i];
    return was === undefined || was === line ? text : text.replace(`\n${was}\n`, `\n${line}\n`);
  }, real);
}

/** Every built file a reader or the search gets text from: pages, feeds, data, search fragments. */
function builtTexts(dist: string): { file: string; text: string }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|pf_fragment|pf_meta)$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const bytes = readFileSync(file);
      // Pagefind keeps its fragments gzipped.
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      return { file: path.relative(dist, file).split(path.sep).join('/'), text };
    });
}

describe('the cases check accepts, built together into the real site', () => {
  const accepted = cases.filter((c) => !c.refused);
  const LISTS = ['places.yaml', 'fields.yaml', 'organisations.yaml'];
  let root = '';
  let build: { code: number | null; output: string } | undefined;
  beforeAll(async () => {
    root = await createProjectCopy({});
    const content = path.join(root, 'content');
    for (const { name } of accepted) {
      const lists = new Map(
        LISTS.filter((list) => existsSync(path.join(caseDir(name), list))).map((list) => [
          list,
          readFileSync(path.join(content, list), 'utf8'),
        ]),
      );
      await assembleCase(name, content, false);
      for (const [list, real] of lists) {
        const base = readFileSync(path.join(caseDir('..', '_base'), list), 'utf8');
        const changed = readFileSync(path.join(caseDir(name), list), 'utf8');
        await writeFile(path.join(content, list), applyListChanges(real, base, changed));
      }
    }
    await seedPictures(root);
    build = await buildCopy(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('the build passes: if check passes, the build passes', () => {
    expect(accepted.length).toBeGreaterThan(0);
    expect(build?.code, buildMessage(build)).toBe(0);
  });

  test.each(accepted.filter((c) => c.setup.page))(
    '$name: its page is published, without what check said was removed',
    ({ setup }) => {
      const file = setup.page!.endsWith('.html') ? setup.page! : path.join(setup.page!, 'index.html');
      const page = parse(readFileSync(path.join(root, 'dist', file), 'utf8'));
      // The article's own text (the page around it has its search form and scripts).
      const body = page.querySelector('section.body')?.innerHTML.toLowerCase();
      expect(body, 'the page shows the article').toBeTruthy();
      for (const text of setup.mustNotContain ?? []) expect(body).not.toContain(text.toLowerCase());
    },
  );

  test('no invisible character reaches a page, a feed, the open data or the search index', () => {
    const texts = builtTexts(path.join(root, 'dist'));
    expect(texts.some((t) => t.file.startsWith('pagefind/') && t.text.includes('Mô hình Dân vận khéo'))).toBe(true);
    expect(texts.filter((t) => /[\u200B\u00AD\u2060\uFEFF]/.test(t.text)).map((t) => t.file)).toEqual([]);
  });
});

describe('a loop in the places', () => {
  // Astro itself, not `npm run build` (whose check would refuse the loop before Astro builds): the
  // build must end with the error, never run forever. The test's timeout only guards against a hang.
  test('ends Astro’s build with an error naming the ids, instead of hanging', async () => {
    await withProjectCopy({}, async (root) => {
      const places = path.join(root, 'content', 'places.yaml');
      const text = await readFile(places, 'utf8');
      await writeFile(
        places,
        text.replace(/^(- id: an-giang\n(?: {2}.*\n)*?)( {2}kind: tỉnh\n)/m, '$1$2  parent: tan-chau\n'),
      );
      expect(await readFile(places, 'utf8')).toContain('kind: tỉnh\n  parent: tan-chau\n');
      await seedPictures(root);
      const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
      const { code, output } = await run(process.execPath, [astro, 'build'], root, {
        ASTRO_TELEMETRY_DISABLED: '1',
        DVK_CACHE_DIR: path.join(root, '.cache'),
      });
      expect(code, output).not.toBe(0);
      expect(output).toContain('vòng lặp đơn vị cấp trên: an-giang → tan-chau → an-giang');
    });
  });
});
