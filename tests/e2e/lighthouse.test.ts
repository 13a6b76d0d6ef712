/**
 * Lighthouse with its default mobile emulation, in Debian's Chromium, on the home, list, model,
 * news and search pages of the production build: 100 in all four categories and no layout shift.
 * The scores and LCP are also written to docs/PERFORMANCE.md by `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { LIGHTHOUSE_PAGES, runLighthouse, type LighthouseResult } from '../../scripts/lib/lighthouse.ts';

let results: LighthouseResult[] = [];
beforeAll(async () => {
  results = await runLighthouse(fileURLToPath(new URL('../../dist/', import.meta.url)));
}, 240_000);

describe.each(LIGHTHOUSE_PAGES)('Lighthouse on the %s (%s)', (name) => {
  test('scores 100 in performance, accessibility, best practices and SEO, with zero layout shift', () => {
    const result = results.find((r) => r.name === name);
    expect(result?.scores, result?.failing.join(', ')).toEqual({
      performance: 100,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
    expect(result?.cls).toBe(0);
  });
});
