/**
 * Two clean builds of the same commit give byte-identical sites (dates come from content, not the
 * clock; hashes from content, not from paths or time), so deploys can be diffed and cached.
 */
import { describe, expect, test } from 'vitest';
import { buildWithContent, hashTree } from './build-fixture.ts';

describe('reproducible builds', () => {
  test('two clean builds produce identical files', async () => {
    const prints: Record<string, string>[] = [];
    const collect = async (dist: string) => {
      prints.push(hashTree(dist));
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
