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
 *
 * A list Astro writes again with the same meaning does not reload the browser either
 * (`unchangedListPlugin`). Astro writes an empty list (content without a single picture) at every
 * sync, and a save starts a sync before its loader has read the file. Vite then reported the list
 * changed, and Astro's hmr-reload told the browser to reload before the store was written; the
 * store's own reload came while the page was loading, with no socket open to hear it, and the page
 * stayed on the old text (10 of 13 runs of the bench's texts without covers lost their first save).
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { astroDevFile, runnerModules, serverEnvironments, type Environment } from './dev-environments.ts';
import { inlinePicturesPlugin } from './dev-inline-pictures.ts';

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

/** Astro's empty picture list, in either of the two forms it writes. */
const EMPTY_LIST = /^\s*export default new Map\((?:\[\])?\);\s*$/;

/**
 * The picture list's text, with its empty forms made one: Astro writes `export default new Map();`
 * at every sync and its general form (`new Map([])`, with spaces around) after it has loaded the
 * store, so the two alternate from the first save on. Any other text is kept as it is.
 */
export function listMeaning(text: string | undefined): string | undefined {
  return text !== undefined && EMPTY_LIST.test(text) ? 'export default new Map();' : text;
}

/**
 * A Vite plugin (dev server only): a write of `file` (Astro's picture list) that leaves its meaning
 * as it was is no update, in any environment, so nothing after this plugin reloads the browser for it.
 */
export function unchangedListPlugin(file: string): Plugin {
  /** What each environment last saw in the file; at first, what it held when the server started. */
  const seen = new Map<string, string | undefined>();
  let atStart: string | undefined;
  return {
    name: 'dvk-dev-unchanged-asset-imports',
    apply: 'serve',
    // Again after a restart of Vite's server, which may keep this plugin: what was seen before it is stale.
    configureServer() {
      atStart = listMeaning(read(file));
      seen.clear();
    },
    hotUpdate: {
      order: 'pre',
      handler({ file: changed }) {
        if (changed !== file) return undefined;
        const name = this.environment.name;
        const before = seen.has(name) ? seen.get(name) : atStart;
        const now = listMeaning(read(file));
        seen.set(name, now);
        return now !== undefined && now === before ? [] : undefined;
      },
    },
  };
}

/**
 * The integration: in the dev server, `unchangedListPlugin`, `inlinePicturesPlugin` (the list holds
 * each picture's metadata instead of importing it: dev-inline-pictures.ts), and
 * `keepUnchangedAssetImports` on every environment but the browser's.
 */
export function devAssetImports(): AstroIntegration {
  return {
    name: 'dvk-dev-asset-imports',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const file = astroDevFile(config.root, 'content-assets.mjs');
        updateConfig({ vite: { plugins: [unchangedListPlugin(file), inlinePicturesPlugin(file)] } });
      },
      'astro:server:setup': ({ server }) => {
        const file = astroDevFile(server.config.root, 'content-assets.mjs');
        for (const environment of serverEnvironments(server)) keepUnchangedAssetImports(environment, file);
      },
    },
  };
}
