/**
 * `npm run dev` only: after a save, no page stays on the content store as it was before.
 *
 * After a save Astro rewrites its content store (`.astro/data-store.json`), marks the store's
 * module (`astro:data-layer-content`) as changed with a hot update, and drops that one module from
 * the module runner that renders pages. A page reads the store through modules that imported it
 * once (Astro's `data-store.js` keeps what it read); they are evaluated again only when the server
 * tells the runner their code changed. Two overlaps with a request under way broke that, and each
 * left the page on the previous save until the next one, although the store on disk was right:
 *
 * - a fetch of the store's module under way when the write came: Vite finished the transform with
 *   the old store, cached it (a hot update, unlike a plain invalidation, does not stop that) and
 *   handed it to the runner, which kept it;
 * - the rest of the request: Astro collects the page's CSS by transforming on the server, without
 *   the runner, every module the write had marked as changed. The runner then heard "unchanged"
 *   for each of them and kept the modules holding the old store.
 *
 * Astro's 500 ms wait before writing the store makes both rare; under CI's load one save in 100
 * was lost about once in six runs (tests/e2e/dev-saves.test.ts, docs/PERFORMANCE.md).
 *
 * So, in each server environment:
 * - Astro's mark is followed by a plain invalidation, so Vite drops a transform under way, and by
 *   dropping from the runner every module that imports the store, up to the pages, so the next
 *   request evaluates them again (`dropStoreImporters`);
 * - a fetch of the store that a write overlapped is made again, so even a request that joined it
 *   gets the new store; and a runner told to keep a copy it has since dropped is sent the code.
 *
 * tests/e2e/dev-store-race.test.ts makes both overlaps on purpose and fails without either part;
 * tests/integrations/dev-store-refresh.test.ts covers each part against a stand-in for Vite.
 *
 * The store's module itself is served as a few lines that read the store file when the runner
 * evaluates them (`storeModulePlugin`), instead of Astro's module, which carries the whole store as
 * a string that Vite parsed and mapped again at every save.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
  astroDevFile,
  runnerModules,
  serverEnvironments,
  type Environment,
  type RunnerModules,
} from './dev-environments.ts';

/** Vite's id for the content store's module (Astro's RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

type ModuleNode = NonNullable<ReturnType<Environment['moduleGraph']['getModuleById']>>;

/** The store module's invalidation stamps; equal before and after a fetch when nothing changed. */
function stamp(node: ModuleNode | undefined): string {
  return node ? `${node.lastHMRTimestamp}/${node.lastInvalidationTimestamp}` : '0/0';
}

/**
 * Drops from the runner the store's module and every module that imports it, directly or not, up
 * to the pages: the next request evaluates them again and so reads the store afresh, whatever the
 * server's transforms of them look like by then.
 */
export function dropStoreImporters(modules: RunnerModules): void {
  const stack = [modules.getModuleById(STORE_MODULE_ID)];
  const seen = new Set<string>();
  for (let node = stack.pop(); node || stack.length > 0; node = stack.pop()) {
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    modules.invalidateModule(node);
    for (const importer of node.importers) stack.push(modules.getModuleById(importer));
  }
}

/** Applies both wraps described at the top to one of the dev server's environments. */
export function keepStoreFresh(environment: Environment): void {
  const graph = environment.moduleGraph;
  const invalidate = graph.invalidateModule.bind(graph);
  graph.invalidateModule = (node, seen, timestamp, isHmr, softInvalidate) => {
    invalidate(node, seen, timestamp, isHmr, softInvalidate);
    // Astro's mark after a store write: a hot update of the store's module.
    if (node.id !== STORE_MODULE_ID || !isHmr) return;
    invalidate(node);
    const modules = runnerModules(environment);
    if (modules) dropStoreImporters(modules);
  };

  const fetchModule = environment.fetchModule.bind(environment);
  environment.fetchModule = async (url, importer, options) => {
    let asked = options;
    for (;;) {
      const before = stamp(graph.getModuleById(STORE_MODULE_ID));
      const result = await fetchModule(url, importer, asked);
      if ('cache' in result) {
        // "Keep your copy", to a runner that dropped its copy during the fetch: it would throw.
        const modules = runnerModules(environment);
        if (!modules || modules.getModuleByUrl(url)?.meta !== undefined) return result;
      } else if (!('id' in result) || result.id !== STORE_MODULE_ID) {
        return result;
      } else if (stamp(graph.getModuleById(STORE_MODULE_ID)) === before) {
        return result;
      }
      // The store was written during its fetch (what was fetched may be the old store), or the
      // runner needs the code again: ask for code.
      asked = { ...options, cached: false };
    }
  };
}

/**
 * The store's module as the dev server serves it: it reads the store file when the runner
 * evaluates it. Astro's own module carries the whole store as one string literal (5–6 MB at the
 * province's scale), which Vite parses and maps again at every save, and Node's source-map cache
 * then measures line by line when the runner evaluates it. A store file that is missing gives an
 * empty store and one that does not parse throws, as with Astro's module (whose reader,
 * `fromModule` in `astro/dist/content/data-store.js`, turns any failure into an empty store).
 */
export function storeModuleCode(storeFile: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `let text;`,
    `try { text = readFileSync(${JSON.stringify(storeFile)}, 'utf8'); }`,
    `catch (error) { if (error?.code !== 'ENOENT') throw error; }`,
    `export default text === undefined ? new Map() : JSON.parse(text);`,
    '',
  ].join('\n');
}

/** A Vite plugin (dev server only) that loads the store's module as `storeModuleCode` writes it. */
export function storeModulePlugin(storeFile: string): Plugin {
  return {
    name: 'dvk-dev-store-module',
    apply: 'serve',
    // Before Astro's own load of that module (its plugin is also `enforce: 'pre'`, and earlier).
    load: {
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE_ID) return undefined;
        return { code: storeModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}

/**
 * The integration: in the dev server, the store's module of `storeModulePlugin`, and
 * `keepStoreFresh` on every environment but the browser's.
 */
export function devStoreRefresh(): AstroIntegration {
  return {
    name: 'dvk-dev-store-refresh',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Astro's chunked store (experimental.collectionStorage) has a module of another shape.
        if (command !== 'dev' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        updateConfig({ vite: { plugins: [storeModulePlugin(astroDevFile(config.root, 'data-store.json'))] } });
      },
      'astro:server:setup': ({ server }) => {
        for (const environment of serverEnvironments(server)) keepStoreFresh(environment);
      },
    },
  };
}
