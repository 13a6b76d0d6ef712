/**
 * `npm run check` on a site far larger than the number of files a process may open: macOS allows
 * 256 by default, and a check that opened every entry at once stopped with EMFILE at 3,400.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { corpusContentDir, generateCorpus } from '../../scripts/lib/corpus.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

test('checks 600 entries with only 128 files open at a time', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'dvk-many-files-'));
  try {
    await generateCorpus({ dir, models: 400, news: 200, images: false });
    const run = spawnSync('sh', ['-c', `ulimit -n 128 && exec "${process.execPath}" scripts/check-content.ts`], {
      cwd: projectRoot,
      env: { ...process.env, DVK_CONTENT_DIR: corpusContentDir(dir) },
      encoding: 'utf8',
    });
    expect(run.stderr + run.stdout).not.toContain('EMFILE');
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('400 tệp mô hình, 200 tệp tin tức');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
