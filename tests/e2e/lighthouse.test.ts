/**
 * Lighthouse with its default mobile emulation, in Debian's Chromium, on the home, list, model,
 * news and search pages of the production build: 100 in accessibility, best practices and SEO.
 * Performance (and LCP, CLS) depend on timing, so they are not tested here: `npm run bench`
 * measures them and writes them to docs/PERFORMANCE.md (docs/TESTING.md, “No timing in tests”).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { LIGHTHOUSE_PAGES, runLighthouse, type LighthouseResult } from '../../scripts/lib/lighthouse.ts';

let results: LighthouseResult[] = [];
// Lighthouse loads each of the five pages and waits for it to settle: 29-40 s measured under load,
// about 63 s under CI load on a machine about twice as slow (2026-11-30).
beforeAll(async () => {
  results = await runLighthouse(fileURLToPath(new URL('../../dist/', import.meta.url)), {
    categories: ['accessibility', 'best-practices', 'seo'],
  });
}, 240_000);

describe.each(LIGHTHOUSE_PAGES)('Lighthouse on the %s (%s)', (name) => {
  test('scores 100 in accessibility, best practices and SEO', () => {
    const result = results.find((r) => r.name === name);
    expect(result?.scores, result?.failing.join(', ')).toEqual({
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
  });
});
