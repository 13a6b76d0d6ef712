/** The dev-only integrations adjust every environment that renders pages, never the browser's (src/integrations/dev-environments.ts). */
import { expect, test } from 'vitest';
import { serverEnvironments, type DevServer } from '../../src/integrations/dev-environments.ts';

test('every environment but the browser’s, in the server’s order', () => {
  const server = {
    environments: { client: { name: 'client' }, ssr: { name: 'ssr' }, prerender: { name: 'prerender' } },
  };
  expect(serverEnvironments(server as unknown as DevServer).map((environment) => environment.name)).toEqual([
    'ssr',
    'prerender',
  ]);
});
