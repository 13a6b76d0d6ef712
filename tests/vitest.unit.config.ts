/** The unit project: lib modules, Astro components and scripts, inside Astro's own Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    environment: 'node',
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    // No test here starts a build or a browser: the slowest (rendering share images, writing a
    // corpus) take under 1 s even under load. Ten seconds means something hangs.
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
