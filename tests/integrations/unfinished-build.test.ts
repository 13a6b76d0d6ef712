/** A build that never finished makes the next one render every page (src/integrations/unfinished-build.ts). */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { INCREMENTAL_RECORD, UNFINISHED_MARK, unfinishedBuildGuard } from '../../src/integrations/unfinished-build.ts';

let cacheDir = '';
const said: string[] = [];
const logger = { info: (text: string) => said.push(text) } as unknown as AstroIntegrationLogger;

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'dvk-unfinished-'));
  said.length = 0;
  writeFileSync(path.join(cacheDir, INCREMENTAL_RECORD), '{}');
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The guard as Astro sets it up for a build using `cacheDir`. */
function guard() {
  const hooks = unfinishedBuildGuard().hooks as Required<AstroIntegration['hooks']>;
  const config = { cacheDir: pathToFileURL(`${cacheDir}/`) };
  (hooks['astro:config:done'] as (options: unknown) => void)({ config });
  return {
    start: () => (hooks['astro:build:start'] as (options: unknown) => void)({ logger }),
    done: () => (hooks['astro:build:done'] as (options: unknown) => void)({ logger }),
  };
}
const exists = (name: string) => existsSync(path.join(cacheDir, name));

test('a build that finishes leaves the record for the next one, and no mark', () => {
  const build = guard();
  build.start();
  expect(exists(UNFINISHED_MARK)).toBe(true);
  build.done();
  expect(exists(UNFINISHED_MARK)).toBe(false);
  guard().start();
  expect(exists(INCREMENTAL_RECORD)).toBe(true);
  expect(said).toEqual([]);
});

test('a build that never finished makes the next one drop the record, saying so', () => {
  guard().start();
  // …stopped here. The next build:
  const next = guard();
  next.start();
  expect(exists(INCREMENTAL_RECORD)).toBe(false);
  expect(said).toEqual(['Lần xây dựng trước dừng giữa chừng: dựng lại mọi trang thay vì dùng bản sao cũ.']);
  // Marked unfinished until it is done.
  expect(exists(UNFINISHED_MARK)).toBe(true);
  next.done();
  expect(exists(UNFINISHED_MARK)).toBe(false);
});
