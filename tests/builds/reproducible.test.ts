/**
 * Two clean builds of the same commit give byte-identical sites (dates come from content, not the
 * clock; hashes from content, not from paths or time), so deploys can be diffed and cached.
 *
 * Encoding pictures is most of a clean build's time, and there will be one cover per model, so
 * the work is kept bounded: one build encodes afresh the pictures made from a fixed sample of
 * source pictures, and takes the rest from the project's own `npm run build`; the other takes
 * them all from there. The sample's bytes are thus compared between two encodings made at other
 * times and paths, and every page between two builds in different folders. Without a project
 * build to take pictures from, both builds encode everything, as clean builds do.
 */
import { describe, expect, test } from 'vitest';
import { buildMessage, buildWithContent, hashTree, projectPictureSources } from './build-fixture.ts';

/** Source pictures whose processed versions are encoded again, however many the site has. */
const SAMPLE_SIZE = 2;

describe('reproducible builds', () => {
  test('two clean builds produce identical files', async () => {
    const sources = [...projectPictureSources().values()];
    const sample = Array.from(
      { length: Math.min(SAMPLE_SIZE, sources.length) },
      (_, i) => sources[Math.floor((i * sources.length) / SAMPLE_SIZE)]!,
    );
    const encodedAgain = new Set(sample.flat());
    const prints: Record<string, string>[] = [];
    const collect = (index: number) => async (dist: string) => {
      prints[index] = hashTree(dist);
    };
    const [first, second] = await Promise.all([
      buildWithContent({}, collect(0), undefined, { except: encodedAgain }),
      buildWithContent({}, collect(1)),
    ]);
    expect(first?.code, buildMessage(first)).toBe(0);
    expect(second?.code, buildMessage(second)).toBe(0);
    // The first build did encode pictures (all of them when there was nothing to take).
    const encoded =
      first?.output.split('\n').filter((l) => l.includes('▶ /_astro/') && !l.includes('reused cache entry')).length ??
      0;
    expect(encoded, 'pictures the first build encoded').toBeGreaterThanOrEqual(Math.max(encodedAgain.size, 1));
    expect(Object.keys(prints[0] ?? {}).length).toBeGreaterThan(50);
    expect(prints[1]).toEqual(prints[0]);
  });
});
