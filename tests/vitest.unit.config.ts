/** The unit project: lib modules and Astro components, inside Astro's own Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'unit',
    environment: 'node',
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
  },
});
