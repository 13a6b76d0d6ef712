/**
 * Three test projects, all run by `npm test` (see docs/TESTING.md):
 * - unit: lib modules and components (Container API), inside Astro's Vite config;
 * - builds: real `astro build` runs over a copy of the content with entries added (broken ones,
 *   drafts, renamed places);
 * - e2e: journeys in Debian's Chromium against the production build in `dist/`.
 */
import { defineConfig } from 'vitest/config';

// Each npm script writes its own JSON report, which .ci/run sums into one closing line.
const report = `.vitest/${(process.env.npm_lifecycle_event ?? 'vitest').replace(':', '-')}.json`;

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: report }]],
    projects: [
      // Runs inside Astro's Vite config so `astro:content` and the Container API work.
      './tests/vitest.unit.config.ts',
      {
        test: {
          name: 'builds',
          environment: 'node',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each case runs a whole Astro build; a few at a time fit a 2-core machine.
          maxWorkers: 2,
          maxConcurrency: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser, pages opened one journey at a time: steady on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
