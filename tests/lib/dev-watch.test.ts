import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { notSiteSource, SITE_SOURCES } from '../../src/lib/dev-watch';

describe('notSiteSource', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'dev-watch-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ['src/pages', 'public', 'dist/mo-hinh', '.bench/corpus/content/models', 'tests', '.cache']) {
    mkdirSync(path.join(root, dir), { recursive: true });
  }
  writeFileSync(path.join(root, 'astro.config.mjs'), '');
  const ignored = notSiteSource(root, [...SITE_SOURCES, '.bench/corpus/content']);
  const at = (relative: string) => path.join(root, relative);

  test('follows what the site is made from, and the folders on the way to the content', () => {
    for (const kept of [
      '',
      'src',
      'src/pages/index.astro',
      'public/favicon.svg',
      '.astro/data-store.json',
      '.bench',
      '.bench/corpus',
      '.bench/corpus/content/models/mau/index.md',
      'astro.config.mjs',
      'package.json',
    ]) {
      expect(ignored(at(kept)), kept).toBe(false);
    }
  });

  test('leaves the built site, caches, tests and the rest of the project unwatched', () => {
    for (const left of [
      'dist',
      'dist/mo-hinh/index.html',
      'tests',
      'tests/lib/a.test.ts',
      '.bench/site-cache/share.png',
      '.cache',
    ]) {
      expect(ignored(at(left), undefined), left).toBe(true);
    }
  });

  test('uses what the watcher knows of a top-level path before asking the disk', () => {
    expect(ignored(at('new-folder'), { isDirectory: () => true })).toBe(true);
    expect(ignored(at('.env'), { isDirectory: () => false })).toBe(false);
  });

  test('leaves paths outside the project to Vite', () => {
    expect(ignored(path.join(path.dirname(root), 'elsewhere', 'content', 'a.md'))).toBe(false);
  });
});
