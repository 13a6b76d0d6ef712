/**
 * The dev server's environments that render pages (Astro's `ssr` and `prerender`, not the
 * browser's `client`), for the dev-only integrations that adjust how Vite keeps their modules
 * (dev-store-refresh.ts, dev-asset-imports.ts), the modules their runners have evaluated, and
 * where Astro's dev server keeps the files those modules are made from.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toPosix } from '../lib/posix-path.ts';

export type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
export type Environment = DevServer['environments'][string];

/**
 * A file Astro's dev server writes in the project's `.astro/` folder: its content store
 * (`data-store.json`; getDataStoreFile in astro/dist/content/paths.js) and its list of pictures
 * (`content-assets.mjs`). `root` is the project's folder, as Astro's config (a URL) or Vite's (a
 * path) gives it. Written with `/`, as Vite names files in its module graph and hot updates on
 * every system (with `\` on Windows, the integrations comparing them would never match).
 */
export function astroDevFile(root: string | URL, name: 'data-store.json' | 'content-assets.mjs'): string {
  return toPosix(path.join(typeof root === 'string' ? root : fileURLToPath(root), '.astro', name));
}

/** Every environment of `server` but the browser's. */
export function serverEnvironments(server: DevServer): Environment[] {
  return Object.entries(server.environments)
    .filter(([name]) => name !== 'client')
    .map(([, environment]) => environment);
}

/** A module the runner has evaluated (the fields of Vite's EvaluatedModuleNode read here). */
export interface RunnerModule {
  id: string;
  file: string | null;
  meta?: unknown;
  importers: Set<string>;
}

/** The modules an environment's module runner has evaluated (part of Vite's EvaluatedModules). */
export interface RunnerModules {
  getModuleById(id: string): RunnerModule | undefined;
  getModuleByUrl(url: string): RunnerModule | undefined;
  invalidateModule(node: RunnerModule): void;
}

/** The modules evaluated by the environment's module runner, when it has one (pages render there). */
export function runnerModules(environment: Environment): RunnerModules | undefined {
  return 'runner' in environment
    ? (environment as Environment & { runner: { evaluatedModules: RunnerModules } }).runner.evaluatedModules
    : undefined;
}
