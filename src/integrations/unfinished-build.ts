/**
 * Keeps Astro's incremental build from publishing a page made by a build that never finished.
 * Astro writes its copy of every page it renders into the cache as it goes
 * (`<cacheDir>/dist/…`), but its record of what each copy was made from
 * (`<cacheDir>/incremental-build.json`) only once every page is done. A build that fails or is
 * stopped halfway (a page that throws, Ctrl+C) leaves copies newer than the record. If the content
 * then goes back to what the record names (the edit undone), the next build finds the record
 * matching, takes the newer copy and publishes the edit that was undone.
 *
 * So a build marks the cache as unfinished when it starts building and removes the mark once
 * Astro is done. A build that finds the mark drops the record first: it renders every page afresh
 * (processed pictures and share pictures stay cached) and writes a record that matches its copies.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's record of the pages it built, in its cache folder (`astro/dist/core/build/incremental.js`). */
export const INCREMENTAL_RECORD = 'incremental-build.json';
/** The mark of a build that started building and has not finished, beside the record. */
export const UNFINISHED_MARK = 'incremental-build.unfinished';

export function unfinishedBuildGuard(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'dvk-unfinished-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const mark = path.join(cacheDir, UNFINISHED_MARK);
        if (existsSync(mark)) {
          rmSync(path.join(cacheDir, INCREMENTAL_RECORD), { force: true });
          logger.info('Lần xây dựng trước dừng giữa chừng: dựng lại mọi trang thay vì dùng bản sao cũ.');
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(mark, '');
      },
      'astro:build:done': () => {
        rmSync(path.join(cacheDir, UNFINISHED_MARK), { force: true });
      },
    },
  };
}
