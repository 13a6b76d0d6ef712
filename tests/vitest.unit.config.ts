/** The unit project: lib modules, Astro components and scripts, inside Astro's own Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    environment: 'node',
    root: new URL('..', import.meta.url).pathname,
    // Every test file that mirrors a module (tests/<folder>/<module>.test.ts); the real builds and
    // the browser tests are projects of their own.
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/builds/**', 'tests/e2e/**'],
    // No test here starts a build or a browser: the slowest (rendering share images, writing a
    // corpus) take under 1 s even under load. Ten seconds means something hangs.
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
