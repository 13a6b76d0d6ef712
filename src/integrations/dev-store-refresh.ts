/**
 * `npm run dev` only: a page never stays on the content store as it was before a save.
 *
 * After a save Astro rewrites its content store (`.astro/data-store.json`) and marks the store's
 * module (`astro:data-layer-content`) as changed, as a hot update. When a page request was
 * fetching that module at that moment, Vite finished the transform with the store read before
 * the write, and:
 *
 * - cached it: a hot update, unlike a plain invalidation, does not stop Vite from keeping a
 *   transform that began before it, nor a later request from joining that transform;
 * - returned it to the module runner, which evaluated it, and every later request was told its
 *   copy was current.
 *
 * So the page showed the previous save until the next one, although the store on disk was right.
 * Astro's 500 ms wait before writing the store makes the overlap rare; under CI's load it lost one
 * save in 100 about once in six runs (tests/e2e/dev-saves.test.ts, docs/PERFORMANCE.md).
 *
 * Each server environment's `fetchModule` is wrapped:
 * - a hot update of the store's module is turned into a plain invalidation at the next fetch, so
 *   Vite drops the stale transform and makes a new one (tests/e2e/dev-store-race.test.ts makes the
 *   overlap on purpose and fails without this);
 * - a fetch of the store during which the store was invalidated is made again, so no request
 *   evaluates the old store, not even one that joined the fetch and never asks again
 *   (tests/integrations/dev-store-refresh.test.ts).
 */
import type { AstroIntegration } from 'astro';

/** Vite's id for the content store's module (Astro's RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];
type Environment = DevServer['environments'][string];
type FetchModule = Environment['fetchModule'];
type ModuleNode = NonNullable<ReturnType<Environment['moduleGraph']['getModuleById']>>;

/** What a request for the store's module may be called, from the runner or a page. */
const STORE_URL = /(?:^|\0|__x00__)astro:data-layer-content$/;

/** The store module's invalidation stamps; equal before and after a fetch when nothing changed. */
function stamp(node: ModuleNode | undefined): string {
  return node ? `${node.lastHMRTimestamp}/${node.lastInvalidationTimestamp}` : '0/0';
}

/**
 * Wraps `environment.fetchModule` as described at the top. Returns the environment's own fetch,
 * which the wrapper calls, so a test can compare the two.
 */
export function refreshStoreOnFetch(environment: Environment): FetchModule {
  const graph = environment.moduleGraph;
  const fetchModule = environment.fetchModule.bind(environment) as FetchModule;
  /** The last hot update of the store already turned into a plain invalidation. */
  let promoted = 0;
  const promote = () => {
    const node = graph.getModuleById(STORE_MODULE_ID);
    if (node && node.lastHMRTimestamp > promoted) {
      promoted = node.lastHMRTimestamp;
      graph.invalidateModule(node);
    }
  };
  environment.fetchModule = async (url, importer, options) => {
    let retry = options;
    for (;;) {
      promote();
      const before = stamp(graph.getModuleById(STORE_MODULE_ID));
      const result = await fetchModule(url, importer, retry);
      const isStore = 'id' in result ? result.id === STORE_MODULE_ID : STORE_URL.test(url);
      if (!isStore || stamp(graph.getModuleById(STORE_MODULE_ID)) === before) return result;
      // The store changed during the fetch: what was fetched may be the old store. A cached
      // answer would name a module the runner has since dropped, so the retry asks for code.
      retry = { ...options, cached: false };
    }
  };
  return fetchModule;
}

/** The integration: applies `refreshStoreOnFetch` to every environment of the dev server but the browser's. */
export function devStoreRefresh(): AstroIntegration {
  return {
    name: 'dvk-dev-store-refresh',
    hooks: {
      'astro:server:setup': ({ server }) => {
        for (const [name, environment] of Object.entries(server.environments)) {
          if (name !== 'client') refreshStoreOnFetch(environment);
        }
      },
    },
  };
}
