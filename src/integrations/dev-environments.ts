/**
 * The dev server's environments that render pages (Astro's `ssr` and `prerender`, not the
 * browser's `client`), for the dev-only integrations that adjust how Vite keeps their modules
 * (dev-store-refresh.ts, dev-asset-imports.ts).
 */
import type { AstroIntegration } from 'astro';

export type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
export type Environment = DevServer['environments'][string];

/** Every environment of `server` but the browser's. */
export function serverEnvironments(server: DevServer): Environment[] {
  return Object.entries(server.environments)
    .filter(([name]) => name !== 'client')
    .map(([, environment]) => environment);
}
