/**
 * The dev server's environments that render pages (Astro's `ssr` and `prerender`, not the
 * browser's `client`), for the dev-only integrations that adjust how Vite keeps their modules
 * (dev-store-refresh.ts, dev-asset-imports.ts), and the modules their runners have evaluated.
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
