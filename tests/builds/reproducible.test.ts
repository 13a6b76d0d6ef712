/**
 * Two clean builds of the same commit give byte-identical sites (dates come from content, not the
 * clock; hashes from content, not from paths or time), so deploys can be diffed and cached.
 *
 * Encoding the pictures is most of a clean build's time, so only one of the two encodes them: the
 * other takes the processed pictures the project's own `npm run build` made (see `seedPictures`),
 * which is a separate encoding at another time and path. Picture bytes are therefore still
 * compared between two encodings, and the pages between two builds in different folders.
 */
import { describe, expect, test } from 'vitest';
import { buildWithContent, hashTree } from './build-fixture.ts';

describe('reproducible builds', () => {
  test('two clean builds produce identical files', async () => {
    const prints: Record<string, string>[] = [];
    const collect = (index: number) => async (dist: string) => {
      prints[index] = hashTree(dist);
    };
    const [first, second] = await Promise.all([
      buildWithContent({}, collect(0), undefined, { coldCache: true }),
      buildWithContent({}, collect(1)),
    ]);
    expect(first?.code, first?.output).toBe(0);
    expect(second?.code, second?.output).toBe(0);
    expect(Object.keys(prints[0] ?? {}).length).toBeGreaterThan(50);
    expect(prints[1]).toEqual(prints[0]);
  });
});
