/**
 * Serves the production build (`dist/`, made by `npm run build` before the e2e project runs)
 * with Astro's own preview server on loopback, and tells the tests where it is.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = new URL('../../../', import.meta.url);

export default async function setup(project: TestProject) {
  if (!existsSync(new URL('dist/index.html', root))) {
    throw new Error('Chưa có bản build: chạy “npm run build” trước “npm run test:e2e” (npm test làm cả hai).');
  }
  // The preview server would otherwise report usage to Astro's telemetry host.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root: root.pathname, logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
