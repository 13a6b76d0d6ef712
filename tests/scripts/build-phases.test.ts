/**
 * The bench's reading of build logs: every duration Astro and Vite print, minutes included (a
 * 5-minute first build used to read as 0 s of pages), and the phases summing to the build's time.
 */
import { describe, expect, test } from 'vitest';
import { buildPhases, parseDuration } from '../../scripts/lib/build-phases.ts';

describe('parseDuration', () => {
  test.each([
    ['60ms', 0.06],
    ['999ms', 0.999],
    ['1.40s', 1.4],
    ['59.99s', 59.99],
    ['5m 19s', 319],
    ['1m 0s', 60],
    ['2m', 120],
  ])('%s is %d s', (text, seconds) => {
    expect(parseDuration(text)).toBeCloseTo(seconds, 6);
  });

  test('refuses what is not a duration instead of reading it as zero', () => {
    expect(() => parseDuration('5 minutes')).toThrow('not a duration');
    expect(() => parseDuration('')).toThrow('not a duration');
  });
});

describe('buildPhases', () => {
  /** A build log shaped like `astro build` and the search integration print them (colours and all). */
  const log = [
    '05:30:01 [types] Generated \x1b[2m1.52s\x1b[22m',
    '05:30:03 [vite] ✓ built in 2.10s',
    '05:30:04 [vite] ✓ built in 450ms',
    '05:30:04 generating static routes ',
    '05:30:05 ▶ src/pages/index.astro',
    '05:35:23 ✓ Completed in 5m 19s.',
    '05:35:27 [dvk] Đã lập chỉ mục tìm kiếm cho 3400 trang (3700 ms)',
  ].join('\n');

  test('reads each phase, minutes included, and leaves the rest to "the rest"', () => {
    const phases = Object.fromEntries(buildPhases(log, 340));
    expect(phases['content sync and types']).toBeCloseTo(1.52, 6);
    expect(phases['Vite bundling']).toBeCloseTo(2.55, 6);
    expect(phases['pages and share images (rendered or copied)']).toBe(319);
    expect(phases['search index (Pagefind)']).toBeCloseTo(3.7, 6);
    const total = buildPhases(log, 340).reduce((sum, [, seconds]) => sum + seconds, 0);
    expect(total).toBeCloseTo(340, 6);
  });

  test('a phase the log does not show counts as none', () => {
    const phases = Object.fromEntries(buildPhases('[types] Generated 60ms', 10));
    expect(phases['pages and share images (rendered or copied)']).toBe(0);
    expect(phases['start-up, sitemap, emptying `dist/`, the rest']).toBeCloseTo(9.94, 6);
  });
});
