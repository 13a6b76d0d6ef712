/**
 * The dev server keeps pages on the content store as last written (src/integrations/dev-store-refresh.ts),
 * here against a stand-in for Vite's environment: a module graph, a fetch and a module runner. The
 * real dev server, with both overlaps made on purpose, is tested in tests/e2e/dev-store-race.test.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  dropStoreImporters,
  keepStoreFresh,
  STORE_MODULE_ID,
  storeModuleCode,
  storeModulePlugin,
} from '../../src/integrations/dev-store-refresh.ts';

type Environment = Parameters<typeof keepStoreFresh>[0];

interface ServerNode {
  id: string;
  lastHMRTimestamp: number;
  lastInvalidationTimestamp: number;
}

interface RunnerNode {
  id: string;
  file: string | null;
  meta?: unknown;
  importers: Set<string>;
}

/** A module runner's evaluated modules: `imports` maps each module to those importing it. */
function runner(importers: Record<string, string[]>) {
  const nodes = new Map<string, RunnerNode>(
    Object.entries(importers).map(([id, by]) => [id, { id, file: null, meta: { id }, importers: new Set(by) }]),
  );
  const dropped: string[] = [];
  return {
    nodes,
    dropped,
    modules: {
      getModuleById: (id: string) => nodes.get(id),
      getModuleByUrl: (url: string) => nodes.get(url),
      invalidateModule: (node: RunnerNode) => {
        node.meta = undefined;
        dropped.push(node.id);
      },
    },
  };
}

/**
 * A stand-in environment: one store module whose contents are `store.version`, a fetch that calls
 * `during` (if set) while it is under way, as a save written at that moment would, and a runner
 * holding the page → astro:content → store chain.
 */
function environment() {
  const node: ServerNode = { id: STORE_MODULE_ID, lastHMRTimestamp: 0, lastInvalidationTimestamp: 0 };
  let clock = 1000;
  const store = { version: 1 };
  const calls: { url: string; cached: boolean | undefined }[] = [];
  const plainInvalidations: string[] = [];
  const run = runner({ [STORE_MODULE_ID]: ['astro:content'], 'astro:content': ['/page.astro'], '/page.astro': [] });
  let during: (() => void) | undefined;
  const env = {
    runner: { evaluatedModules: run.modules },
    moduleGraph: {
      getModuleById: (id: string) => (id === STORE_MODULE_ID ? node : undefined),
      invalidateModule: (mod: ServerNode, _seen?: unknown, _timestamp?: number, isHmr = false) => {
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
      if (options?.cached) return { cache: true };
      if (url === STORE_MODULE_ID)
        return { code: `export default ${read}`, id: url, url, file: null, invalidate: true };
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
    run,
    save,
    saveDuringNextFetch: () => (during = save),
  };
}

describe('keepStoreFresh', () => {
  test('a fetch of another module, or of the store while nothing changes, is made once as asked', async () => {
    const { env, calls, plainInvalidations } = environment();
    keepStoreFresh(env);
    await env.fetchModule('/src/pages/index.astro', undefined, { cached: false });
    expect(await env.fetchModule(STORE_MODULE_ID, undefined, {})).toMatchObject({ code: 'export default 1' });
    expect(calls).toEqual([
      { url: '/src/pages/index.astro', cached: false },
      { url: STORE_MODULE_ID, cached: undefined },
    ]);
    expect(plainInvalidations).toEqual([]);
  });

  test('Astro’s mark after a store write also invalidates plainly, and drops the store’s importers from the runner', () => {
    const { env, plainInvalidations, run, save } = environment();
    keepStoreFresh(env);
    save();
    expect(plainInvalidations).toEqual([STORE_MODULE_ID]);
    expect(run.dropped.sort()).toEqual(['/page.astro', STORE_MODULE_ID, 'astro:content'].sort());
  });

  test('a fetch of the store during which the store is written is made again, and returns the new store', async () => {
    const { env, calls, saveDuringNextFetch } = environment();
    keepStoreFresh(env);
    saveDuringNextFetch();
    expect(await env.fetchModule(STORE_MODULE_ID, undefined, {})).toMatchObject({ code: 'export default 2' });
    expect(calls.map((call) => call.cached)).toEqual([undefined, false]);

    // Without the wrap, the same overlap returns the old store: the case it exists for.
    const bare = environment();
    bare.saveDuringNextFetch();
    expect(await bare.env.fetchModule(STORE_MODULE_ID, undefined, {})).toMatchObject({ code: 'export default 1' });
  });

  test('“keep your copy”, answered to a runner that dropped its copy during the fetch, is asked again for code', async () => {
    const { env, calls, run, saveDuringNextFetch } = environment();
    keepStoreFresh(env);
    saveDuringNextFetch();
    // The page was evaluated; the write during its fetch drops it from the runner.
    expect(await env.fetchModule('/page.astro', undefined, { cached: true })).toMatchObject({
      code: 'export default "page"',
    });
    expect(calls.map((call) => call.cached)).toEqual([true, false]);
    // The runner keeps the code it was given; with nothing dropped since, the answer stands.
    run.nodes.get('/page.astro')!.meta = { id: '/page.astro' };
    expect(await env.fetchModule('/page.astro', undefined, { cached: true })).toEqual({ cache: true });
  });

  test('a write during a fetch of another module does not make that fetch again', async () => {
    const { env, calls, saveDuringNextFetch } = environment();
    keepStoreFresh(env);
    saveDuringNextFetch();
    await env.fetchModule('/src/pages/index.astro', undefined, {});
    expect(calls).toHaveLength(1);
  });
});

describe('dropStoreImporters', () => {
  test('drops the store and every module importing it, through any chain and once each, and nothing else', () => {
    const { modules, dropped } = runner({
      [STORE_MODULE_ID]: ['data-store.js'],
      'data-store.js': ['runtime.js'],
      'runtime.js': ['astro:content'],
      'astro:content': ['/a.astro', '/b.astro'],
      '/a.astro': ['/b.astro'],
      '/b.astro': [],
      '/style.css': ['/b.astro'],
    });
    dropStoreImporters(modules);
    expect(dropped.sort()).toEqual(
      ['/a.astro', '/b.astro', STORE_MODULE_ID, 'astro:content', 'data-store.js', 'runtime.js'].sort(),
    );
  });

  test('does nothing before the runner has evaluated the store', () => {
    const { modules, dropped } = runner({ '/a.astro': [] });
    dropStoreImporters(modules);
    expect(dropped).toEqual([]);
  });
});

describe('the store’s module as the dev server serves it', () => {
  /** Evaluates `storeModuleCode` for a store file holding `text` (none when undefined), as the runner would. */
  async function evaluate(text: string | undefined): Promise<unknown> {
    const dir = await mkdtemp(path.join(tmpdir(), 'dvk-store-module-'));
    try {
      const storeFile = path.join(dir, 'data-store.json');
      if (text !== undefined) await writeFile(storeFile, text);
      const moduleFile = path.join(dir, 'store.mjs');
      await writeFile(moduleFile, storeModuleCode(storeFile));
      return ((await import(/* @vite-ignore */ pathToFileURL(moduleFile).href)) as { default: unknown }).default;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  test('reads the store file when evaluated: its JSON, as Astro’s module gives it', async () => {
    const store = [{ models: 1 }, 'Đường ra cánh đồng “Tân Châu”\n'];
    expect(await evaluate(JSON.stringify(store))).toEqual(store);
  });

  test('gives an empty store when there is no store file yet, and throws on one that does not parse', async () => {
    expect(await evaluate(undefined)).toEqual(new Map());
    await expect(evaluate('[{"models": 1}')).rejects.toThrow(SyntaxError);
  });

  test('is a few lines, whatever the size of the store', () => {
    expect(storeModuleCode('/du-an/.astro/data-store.json').length).toBeLessThan(400);
  });

  test('the plugin loads that module for the store’s id only, and only in the dev server', () => {
    const plugin = storeModulePlugin('/du-an/.astro/data-store.json');
    const hook = plugin.load as { order: string; handler: (id: string) => { code: string } | undefined };
    const load = hook.handler;
    expect(plugin.apply).toBe('serve');
    // Astro's plugin that also loads it comes first and has no order: only 'pre' runs before it.
    expect(hook.order).toBe('pre');
    expect(load(STORE_MODULE_ID)?.code).toBe(storeModuleCode('/du-an/.astro/data-store.json'));
    expect(load('\0astro:content')).toBeUndefined();
  });
});
