import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { givenUpMessage, reportUntilSettled } from '../../src/loaders/settle.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * A stand-in for the dev server's watcher, with a "loader" that reads a changed file at once.
 * `readAs` decides what that read sees: the file, or (the race) something else. `settled` resolves
 * when the comparison of `file` ends without reporting it again.
 */
function setUp(file: string, readAs: (text: string) => string, owns = (f: string) => f === file) {
  const watcher = new EventEmitter();
  const reads: string[] = [];
  const warnings: string[] = [];
  let last: string | undefined;
  watcher.on('change', (changed: string) => {
    if (changed !== file) return;
    last = readAs(readFileSync(file, 'utf8'));
    reads.push(last);
  });
  const settled = new Promise<string>((resolve) =>
    reportUntilSettled(watcher as unknown as Watcher, {
      owns,
      lastRead: () => last,
      warn: (message) => warnings.push(message),
      onSettled: resolve,
    }),
  );
  return { watcher, reads, warnings, settled };
}

describe('reportUntilSettled', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dvk-settle-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('reports a change again when the loader read the emptied file, until it has read the save', async () => {
    const file = path.join(dir, 'index.md');
    await writeFile(file, 'title: mới\n');
    let first = true;
    // The first read lands between "emptied" and "written"; the watcher dropped the second change.
    const { watcher, reads, settled } = setUp(file, (text) => (first ? ((first = false), '') : text));
    watcher.emit('change', file);
    expect(await settled).toBe(file);
    expect(reads).toEqual(['', 'title: mới\n']);
  });

  test('reports nothing more when the loader read the file as it is', async () => {
    const file = path.join(dir, 'index.md');
    await writeFile(file, 'title: mới\n');
    const { watcher, reads, warnings, settled } = setUp(file, (text) => text);
    watcher.emit('change', file);
    await settled;
    expect(reads).toEqual(['title: mới\n']);
    expect(warnings).toEqual([]);
  });

  test('gives up after ten tries on a file the loader never reads as it is', async () => {
    const file = path.join(dir, 'index.md');
    await writeFile(file, 'title: mới\n');
    const { watcher, reads, warnings, settled } = setUp(file, () => 'không bao giờ giống');
    watcher.emit('change', file);
    await settled;
    expect(reads).toHaveLength(11);
    // Not quietly: staff are told the page may be out of date, and what to do.
    expect(warnings).toEqual([givenUpMessage(file)]);
    expect(warnings[0]).toMatch(/index\.md: .*Hãy lưu lại tệp một lần nữa\.$/);
  });

  test('compares only the files it is told it owns', async () => {
    const file = path.join(dir, 'index.md');
    const other = path.join(dir, 'ghi-chu.txt');
    await writeFile(file, 'title: mới\n');
    await writeFile(other, 'x');
    const { watcher, settled } = setUp(file, (text) => text);
    let otherChanges = 0;
    watcher.on('change', (changed: string) => changed === other && otherChanges++);
    watcher.emit('change', other);
    watcher.emit('change', file);
    expect(await settled).toBe(file);
    expect(otherChanges).toBe(1);
  });
});
