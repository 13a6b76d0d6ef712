/**
 * `npm run dev` only: a save that changes no picture does not make Vite read every cover again.
 *
 * Astro lists the content's pictures in `.astro/content-assets.mjs`, one import per picture (2,400
 * covers at the province's scale), and marks that module as changed after every write of its
 * content store, whether the list changed or not. Vite then transforms it again, resolving each
 * import through its plugins: 0.40–0.45 s of every save at that scale (docs/PERFORMANCE.md).
 *
 * Each server environment's module graph is wrapped so that Astro's mark, while the file holds
 * what it held at the last such mark, keeps Vite's transform of it, and the module runner keeps
 * its evaluated copy (Astro drops that too, in the same call). Any other change goes through (a
 * changed picture included), as a plain invalidation rather than a hot update: Vite then also
 * drops a transform that was under way, which a hot update lets it keep (see
 * dev-store-refresh.ts).
 *
 * Measured at bench scale on a 2-core machine, 12 saves each in Chromium, median per run, with the
 * store written at once (dev-saves.ts): 3.14 / 3.85 s without this, 2.67 / 2.67 s with it.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { astroDevFile, runnerModules, serverEnvironments, type Environment } from './dev-environments.ts';

/** The file's text, or undefined while it does not exist. */
function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Wraps `environment.moduleGraph.invalidateModule` for the module of `file` (Astro's picture
 * list), as described at the top.
 */
export function keepUnchangedAssetImports(environment: Environment, file: string): void {
  const graph = environment.moduleGraph;
  const invalidate = graph.invalidateModule.bind(graph);
  /** What the file held at the last invalidation that went through. */
  let held: string | undefined;
  /** Astro's mark has just been found to change nothing (cleared once the current task ends). */
  let kept = false;
  graph.invalidateModule = (node, seen, timestamp, isHmr, softInvalidate) => {
    if (node.file !== file) return invalidate(node, seen, timestamp, isHmr, softInvalidate);
    // Only Astro's own mark (a call of its own, not one passed on from a changed picture) is
    // weighed: a picture whose file changed still makes the list be transformed again.
    if (seen === undefined) {
      const now = read(file);
      if (now !== undefined && now === held && node.transformResult) {
        kept = true;
        queueMicrotask(() => (kept = false));
        return;
      }
      held = now;
    }
    invalidate(node, seen, undefined, false, softInvalidate);
  };

  // Astro then drops the list from the module runner in the same call, which evaluates it again
  // (its 2,400 imports, and Node's source map of them) at the next request: not after a mark
  // that changed nothing. Any other drop (a changed picture, Vite's own updates) goes through.
  const modules = runnerModules(environment);
  if (!modules) return;
  const drop = modules.invalidateModule.bind(modules);
  modules.invalidateModule = (node) => {
    if (kept && node.file === file) return;
    drop(node);
  };
}

/** The integration: applies `keepUnchangedAssetImports` to the dev server's environments but the browser's. */
export function devAssetImports(): AstroIntegration {
  return {
    name: 'dvk-dev-asset-imports',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const file = astroDevFile(server.config.root, 'content-assets.mjs');
        for (const environment of serverEnvironments(server)) keepUnchangedAssetImports(environment, file);
      },
    },
  };
}
