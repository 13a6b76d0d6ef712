/** The dev-only integrations adjust every environment that renders pages, never the browser's (src/integrations/dev-environments.ts). */
import { expect, test } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { astroDevFile, serverEnvironments, type DevServer } from '../../src/integrations/dev-environments.ts';

test('every environment but the browser’s, in the server’s order', () => {
  const server = {
    environments: { client: { name: 'client' }, ssr: { name: 'ssr' }, prerender: { name: 'prerender' } },
  };
  expect(serverEnvironments(server as unknown as DevServer).map((environment) => environment.name)).toEqual([
    'ssr',
    'prerender',
  ]);
});

test('Astro’s dev files are in the project’s .astro/ folder, whether the root comes as a path or a URL', () => {
  const root = path.resolve('du-an');
  // Vite's form of a path: `/` between its parts on every system.
  const posix = (file: string) => file.split(path.sep).join('/');
  const store = posix(path.join(root, '.astro', 'data-store.json'));
  expect(astroDevFile(root, 'data-store.json')).toBe(store);
  expect(astroDevFile(pathToFileURL(`${root}/`), 'data-store.json')).toBe(store);
  expect(astroDevFile(root, 'content-assets.mjs')).toBe(posix(path.join(root, '.astro', 'content-assets.mjs')));
  expect(astroDevFile(root, 'content-assets.mjs')).not.toContain('\\');
});
