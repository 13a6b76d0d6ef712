/**
 * The dev server's fetch of the content store is made again when the store changed during it
 * (src/integrations/dev-store-refresh.ts), here against a stand-in for Vite's environment. The
 * real dev server, with the overlap made on purpose, is tested in tests/e2e/dev-store-race.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { refreshStoreOnFetch, STORE_MODULE_ID } from '../../src/integrations/dev-store-refresh.ts';

type Environment = Parameters<typeof refreshStoreOnFetch>[0];

interface Node {
  id: string;
  lastHMRTimestamp: number;
  lastInvalidationTimestamp: number;
}

/**
 * A stand-in environment: one store module whose contents are `store.version`, and a fetch that
 * calls `during` (if set) while it is under way, as a save written at that moment would.
 */
function environment() {
  const node: Node = { id: STORE_MODULE_ID, lastHMRTimestamp: 0, lastInvalidationTimestamp: 0 };
  let clock = 1000;
  const store = { version: 1 };
  const calls: { url: string; cached: boolean | undefined }[] = [];
  const plainInvalidations: string[] = [];
  let during: (() => void) | undefined;
  const env = {
    moduleGraph: {
      getModuleById: (id: string) => (id === STORE_MODULE_ID ? node : undefined),
      invalidateModule: (mod: Node, _seen?: unknown, _timestamp?: number, isHmr = false) => {
        if (isHmr) mod.lastHMRTimestamp = ++clock;
        else {
          mod.lastInvalidationTimestamp = ++clock;
          plainInvalidations.push(mod.id);
        }
      },
    },
    fetchModule: async (url: string, _importer?: string, options?: { cached?: boolean }) => {
      calls.push({ url, cached: options?.cached });
      const read = store.version;
      const write = during;
      during = undefined;
      write?.();
      await Promise.resolve();
      if (url.endsWith('astro:data-layer-content')) {
        return { code: `export default ${read}`, id: STORE_MODULE_ID, url, file: null, invalidate: true };
      }
      return { code: 'export default "page"', id: url, url, file: url, invalidate: false };
    },
  };
  /** What Astro does after a save: writes the store, then marks its module with a hot update. */
  const save = () => {
    store.version++;
    env.moduleGraph.invalidateModule(node, undefined, undefined, true);
  };
  return {
    env: env as unknown as Environment,
    calls,
    plainInvalidations,
    save,
    saveDuringNextFetch: () => (during = save),
  };
}

describe('refreshStoreOnFetch', () => {
  test('a fetch of another module, or of the store while nothing changes, is made once as asked', async () => {
    const { env, calls, plainInvalidations } = environment();
    refreshStoreOnFetch(env);
    await env.fetchModule('/src/pages/index.astro', undefined, { cached: true });
    const result = await env.fetchModule('\0astro:data-layer-content', undefined, { cached: true });
    expect(result).toMatchObject({ code: 'export default 1' });
    expect(calls).toEqual([
      { url: '/src/pages/index.astro', cached: true },
      { url: '\0astro:data-layer-content', cached: true },
    ]);
    expect(plainInvalidations).toEqual([]);
  });

  test('a fetch of the store during which the store is written is made again, and returns the new store', async () => {
    const { env, calls, plainInvalidations, saveDuringNextFetch } = environment();
    refreshStoreOnFetch(env);
    saveDuringNextFetch();
    const result = await env.fetchModule('\0astro:data-layer-content', undefined, { cached: true });
    expect(result).toMatchObject({ code: 'export default 2' });
    // The retry asks for code, and Vite was told to drop what the first fetch may have cached.
    expect(calls.map((call) => call.cached)).toEqual([true, false]);
    expect(plainInvalidations).toEqual([STORE_MODULE_ID]);

    // Without the wrapper, the same overlap returns the old store: the case it exists for.
    const bare = environment();
    bare.saveDuringNextFetch();
    expect(await bare.env.fetchModule('\0astro:data-layer-content', undefined, {})).toMatchObject({
      code: 'export default 1',
    });
  });

  test('a write during a fetch of another module does not make that fetch again', async () => {
    const { env, calls, saveDuringNextFetch } = environment();
    refreshStoreOnFetch(env);
    saveDuringNextFetch();
    await env.fetchModule('/src/pages/index.astro', undefined, {});
    expect(calls).toHaveLength(1);
  });

  test('a hot update of the store is turned into a plain invalidation once, at the next fetch', async () => {
    const { env, plainInvalidations, save } = environment();
    refreshStoreOnFetch(env);
    save();
    await env.fetchModule('/src/pages/index.astro', undefined, {});
    await env.fetchModule('/src/pages/index.astro', undefined, {});
    expect(plainInvalidations).toEqual([STORE_MODULE_ID]);
    save();
    await env.fetchModule('/src/pages/index.astro', undefined, {});
    expect(plainInvalidations).toEqual([STORE_MODULE_ID, STORE_MODULE_ID]);
  });
});
