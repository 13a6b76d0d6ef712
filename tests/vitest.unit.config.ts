/** The unit project: lib modules and Astro components, inside Astro's own Vite config. */
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
  },
});
