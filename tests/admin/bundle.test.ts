/**
 * The editor's bundle is cached under a hash of what it is made from: the key follows its inputs
 * and nothing else, and a cached bundle is used as it is. (Bundling itself runs in every build:
 * `npm run build` and the builds project.)
 */
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linkPackages } from '../builds/build-fixture.ts';
import {
  APP_DIR,
  bundleInputs,
  bundleKey,
  bundleTools,
  editorPage,
  ENTRY_PLACEHOLDER,
  ensureAdminBundle,
  GLOBAL_STYLE,
  linkFiles,
  PREVIEW_STYLES,
  previewStylesheet,
  SHARED_MODULES,
} from '../../src/admin/bundle.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let root: string;

/** A project with the bundle's inputs and the real node_modules (Sveltia's and Vite's versions). */
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dvk-admin-bundle-'));
  for (const file of bundleInputs(projectRoot)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await cp(path.join(projectRoot, file), path.join(root, file));
  }
  await cp(path.join(projectRoot, 'package.json'), path.join(root, 'package.json'));
  await linkPackages(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('bundleInputs', () => {
  test('lists the editor’s sources, the site files its preview uses, and how it is bundled', () => {
    const inputs = bundleInputs(projectRoot);
    expect(inputs).toEqual(
      expect.arrayContaining([`${APP_DIR}/main.ts`, `${APP_DIR}/index.html`, `${APP_DIR}/prefs.ts`]),
    );
    expect(inputs).toEqual(expect.arrayContaining([...SHARED_MODULES, GLOBAL_STYLE, ...Object.values(PREVIEW_STYLES)]));
    expect(inputs).toContain('src/admin/bundle.ts');
    // The config is written at every build, never bundled: editing a label does not bundle again.
    expect(inputs).not.toContain('src/admin/config.ts');
  });
});

describe('bundleTools', () => {
  test('names Sveltia’s version, the versions of the packages it imports, and Astro’s Vite', () => {
    const tools = bundleTools(projectRoot);
    expect(tools.sveltia.version).toBe('0.221.1');
    expect(tools.dependencies).toEqual(expect.arrayContaining([expect.stringMatching(/^immutable \d+\.\d+\.\d+$/)]));
    expect(tools.dependencies).not.toContainEqual(expect.stringMatching(/ missing$/));
    expect(tools.vite.version).toMatch(/^8\./);
  });
});

describe('bundleKey', () => {
  test('changes with any input and with nothing else', async () => {
    const key = bundleKey(root);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    await mkdir(path.join(root, 'src/pages'), { recursive: true });
    await writeFile(path.join(root, 'src/pages/khac.astro'), '<p>Khác</p>');
    expect(bundleKey(root)).toBe(key);
    await writeFile(path.join(root, APP_DIR, 'main.ts'), '// changed\n', { flag: 'a' });
    expect(bundleKey(root)).not.toBe(key);
  });
});

describe('previewStylesheet', () => {
  test('keeps the site’s stylesheet and scopes each component’s styles under its class', async () => {
    await writeFile(
      path.join(root, PREVIEW_STYLES['dvk-FigureList']!),
      '---\n---\n<dl class="figures"></dl>\n<style>\n  dt { color: red; }\n  .x :global(img) { width: 1px; }\n</style>\n',
    );
    const css = previewStylesheet(root);
    expect(css.startsWith(await readFile(path.join(root, GLOBAL_STYLE), 'utf8'))).toBe(true);
    expect(css).toContain('.dvk-FigureList {\n  dt { color: red; }\n  .x img { width: 1px; }\n}');
  });
});

describe('editorPage', () => {
  test('writes the entry’s script tag where the page leaves its place, and only there', async () => {
    const template = await readFile(path.join(projectRoot, APP_DIR, 'index.html'), 'utf8');
    // No script in the source page: Astro's dev server would pre-bundle what it names.
    expect(template).not.toMatch(/<script/);
    const page = editorPage(template, 'assets/main-abc.js');
    expect(page).toContain('<script type="module" src="/admin/assets/main-abc.js"></script>');
    expect(page).not.toContain(ENTRY_PLACEHOLDER);
    expect(() => editorPage('<html></html>', 'assets/main-abc.js')).toThrow(/dvk:entry/);
  });
});

describe('ensureAdminBundle', () => {
  test('uses a cached bundle as it is', async () => {
    const cache = path.join(root, '.cache');
    const dir = path.join(cache, 'admin', bundleKey(root));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
    const bundle = await ensureAdminBundle(root, '.cache');
    expect(bundle).toMatchObject({ dir, built: false });
    expect(existsSync(path.join(dir, 'index.html'))).toBe(true);
  });
});

describe('linkFiles', () => {
  test('puts every file but the one left out into the target, as the same file on disk', async () => {
    const from = path.join(root, 'bundle');
    await mkdir(path.join(from, 'assets'), { recursive: true });
    await writeFile(path.join(from, 'index.html'), '<!DOCTYPE html>');
    await writeFile(path.join(from, 'assets', 'main-abc.js'), 'export {};');
    linkFiles(from, path.join(root, 'site', 'admin'), 'index.html');
    const linked = path.join(root, 'site', 'admin', 'assets', 'main-abc.js');
    expect(statSync(linked).ino).toBe(statSync(path.join(from, 'assets', 'main-abc.js')).ino);
    expect(existsSync(path.join(root, 'site', 'admin', 'index.html'))).toBe(false);
  });
});
