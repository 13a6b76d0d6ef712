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
    // The files of a worker share their modules instead of loading Astro's, zod's and the site's
    // modules again for each file: the project took 89-92 s on 2 cores, two fifths of it loading,
    // and takes 33-48 s (three runs in shuffled order among them, all green). A test that needs
    // a module loaded afresh says so (`vi.resetModules()`), and a test restores whatever it
    // changes of `process.env` or of a module's state.
    isolate: false,
  },
});
