/**
 * Three test projects, one npm script each, all run by `npm test` (see docs/TESTING.md):
 * - unit (`npm run test:unit`): lib modules, components (Container API) and scripts, inside
 *   Astro's Vite config;
 * - builds (`npm run test:builds`): real `astro build` runs over a copy of the content with entries
 *   added (broken ones, drafts, renamed places, every kind of edit for incremental builds);
 * - e2e (`npm run test:e2e`): journeys in Debian's Chromium against the production build in `dist/`.
 *
 * Timeouts live with each project and are at least twice the slowest test or hook measured on a
 * 2-core machine under load (load average 5-8, another test run beside it); the few tests that
 * need more say so where they are. A timeout is there to stop a hang, never to measure speed.
 */
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { memoryScratchDir } from './tests/scratch-dir.ts';

/**
 * The two incremental-build files are the longest of the builds project (each about a minute and a
 * half of builds): they start first, one per worker, and the short files fill in around them.
 * Without a record of earlier runs (a fresh clone), Vitest would order by file size and start
 * these small files last, leaving one worker idle at the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification) => (/\/incremental[^/]*\.test\.ts$/.test(file.moduleId) ? 0 : 1);
    return [...sorted].sort((a, b) => long(a) - long(b));
  }
}

/**
 * Where the build and browser tests make their throw-away folders (project copies, snapshots,
 * browser profiles; `os.tmpdir()` reads TMPDIR, in the tests and in what they start): in memory
 * when the machine has a tmpfs with 4 GiB free (tests/scratch-dir.ts), since every build writes,
 * swaps and removes thousands of small files. Measured on the sample site: one full build spent
 * 2.8 s in the kernel on disk, 1.4 s in memory (7.0 → 5.7 s). A TMPDIR someone set is kept, and
 * without such a tmpfs (macOS, a container's small /dev/shm) the system's temporary folder is used.
 */
const memory = process.env['TMPDIR'] ? undefined : memoryScratchDir(4 * 1024 ** 3);
const scratchEnv: Record<string, string> = memory ? { TMPDIR: memory } : {};

// Each npm script writes its own JSON report, which scripts/test-summary.ts sums into one closing line.
const report = `.vitest/${(process.env.npm_lifecycle_event ?? 'vitest').replace(':', '-')}.json`;

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: report }]],
    // Only the root config may set the sequencer; it reorders nothing but the builds project's
    // two incremental files.
    sequence: { sequencer: LongestFirst },
    projects: [
      // Runs inside Astro's Vite config so `astro:content` and the Container API work.
      './tests/vitest.unit.config.ts',
      {
        test: {
          name: 'builds',
          environment: 'node',
          env: scratchEnv,
          include: ['tests/builds/**/*.test.ts'],
          // One or two Astro builds per test or hook: a build with its pictures already processed
          // takes 3-5 s alone and up to 20 s under load. Slowest measured under load (load
          // average 5-8): 16 s (reproducible.test.ts), 13 s (an incremental-build test); in CI on
          // a machine about twice as slow (2026-11-30, the whole run 954 s): 112.5 s (an
          // incremental-build test, two builds and a comparison).
          testTimeout: 360_000,
          hookTimeout: 360_000,
          // Each case runs a whole Astro build; a few at a time fit a 2-core machine.
          maxWorkers: 2,
          maxConcurrency: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          env: scratchEnv,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
          // A page or two in Chromium per test (at most 3 s under load), a browser launch or one
          // page's checks per hook. Lighthouse's hook, html-validate over every page and the web
          // editor's files (EDITOR_TEST_TIMEOUT, tests/e2e/setup/editor.ts: up to 150.8 s in CI on
          // 2026-12-01) take longer and say so. Each Playwright action has its own guard under
          // this one (tests/chromium.ts).
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: a timing test in disguise. Here it waits for
          // the editor's own state, and only a hang should stop it (a rename failed in CI when the
          // editor took 1.4 s to fill its form on a busy machine).
          expect: { poll: { timeout: 60_000 } },
          // Two files at a time, each with its own Chromium. Measured from /proc/stat, the project
          // alone keeps both cores busy (466 s of CPU in 252 s), as the build tests beside it do;
          // no test depends on timing, so sharing the cores changes durations, not results.
          maxWorkers: 2,
        },
      },
    ],
  },
});
