/**
 * The Markdown loader's cache of unchanged files (src/loaders/entry-info-cache.ts) with Astro's
 * own content sync: still used when Astro empties its store because one of its settings changed
 * (a dev server started with another --port), and never by a forced sync,
 * which the incremental build tests take as the truth. What the cache gave is seen by changing
 * what it keeps for one file: its title then shows in Astro's store instead of the file's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildMessage, createProjectCopy, run, type BuildResult } from './build-fixture.ts';

const ENTRY = 'content/models/hien-dat-lam-duong-thoai-son/index.mdx';
const KEPT_TITLE = 'Tieu de chi co trong bo nho dem 7f3a';

let root = '';

/** `astro sync` in the copy, with its own cache folder and `env` added. */
function sync(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', ...args], root, {
    ASTRO_TELEMETRY_DISABLED: '1',
    DVK_CACHE_DIR: path.join(root, '.cache'),
    ...env,
  });
}

const storeText = () => readFileSync(path.join(root, '.cache', 'data-store.json'), 'utf8');

beforeAll(async () => {
  root = await createProjectCopy({});
  const first = await sync();
  expect(first.code, buildMessage(first)).toBe(0);
  // What the first sync kept for the entry, given another title.
  const file = path.join(root, '.cache', 'dvk-entry-info', 'models.bin');
  const saved = deserialize(readFileSync(file)) as { entries: [string, { data: Record<string, unknown> }][] };
  const kept = saved.entries.find(([name]) => name === path.join(root, ENTRY));
  expect(kept, 'the entry is kept after the first sync').toBeDefined();
  kept![1].data['title'] = KEPT_TITLE;
  writeFileSync(file, serialize(saved));
});
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

test('a sync after Astro emptied its store for a changed setting takes unchanged files from the cache', async () => {
  // Another dev-server port, as `npm run dev -- --port 4322` gives after `npm run dev`.
  const result = await sync(['--port', '4322']);
  expect(result.code, buildMessage(result)).toBe(0);
  // Without this the store would still hold the entries, and the test would prove nothing.
  expect(result.output).toContain('Clearing content store');
  expect(storeText()).toContain(KEPT_TITLE);
});

test('a forced sync reads every file anew', async () => {
  const result = await sync(['--force']);
  expect(result.code, buildMessage(result)).toBe(0);
  const title = /^title: (.*)$/m.exec(readFileSync(path.join(root, ENTRY), 'utf8'))?.[1];
  expect(storeText()).not.toContain(KEPT_TITLE);
  expect(storeText()).toContain(title);
});
