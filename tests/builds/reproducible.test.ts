/**
 * Two clean builds of the same commit give byte-identical sites (dates come from content, not the
 * clock; hashes from content, not from paths or time), so deploys can be diffed and cached.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWithContent } from './build-fixture.ts';

function fingerprint(dist: string): Record<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files
      .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]),
  );
}

describe('reproducible builds', () => {
  test('two clean builds produce identical files', async () => {
    const prints: Record<string, string>[] = [];
    const collect = async (dist: string) => {
      prints.push(fingerprint(dist));
    };
    const [first, second] = await Promise.all([
      buildWithContent({}, collect, undefined, { coldCache: true }),
      buildWithContent({}, collect, undefined, { coldCache: true }),
    ]);
    expect(first?.code, first?.output).toBe(0);
    expect(second?.code, second?.output).toBe(0);
    expect(Object.keys(prints[0] ?? {}).length).toBeGreaterThan(50);
    expect(prints[1]).toEqual(prints[0]);
  }, 300_000);
});
