/**
 * Astro's picture list is transformed again after a save only when it changed
 * (src/integrations/dev-asset-imports.ts), here against a stand-in for Vite's module graph.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keepUnchangedAssetImports, unchangedListPlugin } from '../../src/integrations/dev-asset-imports.ts';

type Environment = Parameters<typeof keepUnchangedAssetImports>[0];

interface Node {
  file: string;
  transformResult: object | null;
}

let dir = '';
let list = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dvk-asset-imports-'));
  list = path.join(dir, 'content-assets.mjs');
  writeFileSync(list, 'import a from "./a.png";\nexport default new Map([["./a.png", a]]);\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A module graph that records each invalidation it is asked for, and drops the node's transform;
 * and a module runner that records each module it is asked to drop.
 */
function environment() {
  const calls: { file: string; isHmr: boolean | undefined }[] = [];
  const dropped: string[] = [];
  const env = {
    moduleGraph: {
      invalidateModule: (node: Node, _seen?: unknown, _timestamp?: number, isHmr?: boolean) => {
        calls.push({ file: node.file, isHmr });
        node.transformResult = null;
      },
    },
    runner: { evaluatedModules: { invalidateModule: (node: { file: string }) => dropped.push(node.file) } },
  };
  return {
    env: env as unknown as Environment,
    graph: env.moduleGraph as unknown as Environment['moduleGraph'],
    runner: env.runner.evaluatedModules as { invalidateModule: (node: { file: string }) => void },
    calls,
    dropped,
  };
}

/** Astro's call after each store write: a hot update of the picture list's module. */
const markChanged = (graph: Environment['moduleGraph'], node: Node) =>
  graph.invalidateModule(node as never, undefined, Date.now(), true);

describe('keepUnchangedAssetImports', () => {
  test('the picture list marked as changed while it holds what it held is left transformed', () => {
    const { env, graph, calls } = environment();
    keepUnchangedAssetImports(env, list);
    const node: Node = { file: list, transformResult: null };
    markChanged(graph, node);
    // The first mark goes through, as a plain invalidation; Vite then transforms the list again.
    expect(calls).toEqual([{ file: list, isHmr: false }]);
    node.transformResult = { code: 'transformed' };
    markChanged(graph, node);
    markChanged(graph, node);
    expect(calls).toHaveLength(1);
    expect(node.transformResult).toEqual({ code: 'transformed' });
  });

  test('a changed list goes through, and so does a list Vite holds no transform of', () => {
    const { env, graph, calls } = environment();
    keepUnchangedAssetImports(env, list);
    const node: Node = { file: list, transformResult: { code: 'transformed' } };
    markChanged(graph, node);
    node.transformResult = { code: 'transformed' };
    writeFileSync(list, 'import b from "./b.png";\nexport default new Map([["./b.png", b]]);\n');
    markChanged(graph, node);
    expect(calls).toHaveLength(2);
    expect(node.transformResult).toBeNull();
    // Unchanged since, but nothing to keep: it goes through.
    markChanged(graph, node);
    expect(calls).toHaveLength(3);
  });

  test('a change passed on from a picture goes through, unchanged list or not', () => {
    const { env, graph, calls } = environment();
    keepUnchangedAssetImports(env, list);
    const node: Node = { file: list, transformResult: null };
    markChanged(graph, node);
    node.transformResult = { code: 'transformed' };
    // Vite passes a picture's change on to the modules importing it, with the set of those seen.
    graph.invalidateModule(node as never, new Set(), Date.now(), true, true);
    expect(calls).toHaveLength(2);
    expect(node.transformResult).toBeNull();
  });

  test('other modules are invalidated as asked, hot updates included', () => {
    const { env, graph, calls } = environment();
    keepUnchangedAssetImports(env, list);
    const page: Node = { file: path.join(dir, 'page.astro'), transformResult: { code: 'page' } };
    markChanged(graph, page);
    markChanged(graph, page);
    expect(calls).toEqual([
      { file: page.file, isHmr: true },
      { file: page.file, isHmr: true },
    ]);
  });

  test('after a mark that changed nothing, Astro’s drop of the list from the runner in the same call is skipped too', async () => {
    const { env, graph, runner, dropped } = environment();
    keepUnchangedAssetImports(env, list);
    const node: Node = { file: list, transformResult: null };
    // Astro's call after a store write: the server's module, then the runner's copy.
    const astroMark = () => {
      markChanged(graph, node);
      runner.invalidateModule({ file: list });
    };
    astroMark();
    expect(dropped).toEqual([list]);
    node.transformResult = { code: 'transformed' };
    astroMark();
    expect(dropped).toEqual([list]);
    // A drop of the list that is not part of such a mark (a changed picture, Vite's own updates)
    // goes through, and so does any drop of another module.
    await Promise.resolve();
    runner.invalidateModule({ file: list });
    runner.invalidateModule({ file: path.join(dir, 'page.astro') });
    expect(dropped).toEqual([list, list, path.join(dir, 'page.astro')]);
    // A changed list is dropped from the runner too.
    writeFileSync(list, 'import b from "./b.png";\nexport default new Map([["./b.png", b]]);\n');
    astroMark();
    expect(dropped).toEqual([list, list, path.join(dir, 'page.astro'), list]);
  });
});

describe('unchangedListPlugin', () => {
  /** The plugin's hot-update handler, called as Vite calls it in the environment `name`. */
  function hotUpdate(plugin: ReturnType<typeof unchangedListPlugin>, name: string, file: string) {
    const hook = plugin.hotUpdate as { handler: (this: unknown, options: { file: string }) => unknown };
    return hook.handler.call({ environment: { name } }, { file });
  }

  test('a write of the list that keeps its text is no update in any environment; one that changes it is', () => {
    const plugin = unchangedListPlugin(list);
    (plugin.configureServer as () => void)();
    // Astro writes the same list again (as it writes an empty one at every sync).
    for (const name of ['client', 'ssr', 'astro']) expect(hotUpdate(plugin, name, list), name).toEqual([]);
    writeFileSync(list, 'export default new Map();\n');
    for (const name of ['client', 'ssr', 'astro']) expect(hotUpdate(plugin, name, list), name).toBeUndefined();
    for (const name of ['client', 'ssr', 'astro']) expect(hotUpdate(plugin, name, list), name).toEqual([]);
    // Any other file goes on to the other plugins.
    expect(hotUpdate(plugin, 'ssr', path.join(dir, 'anh.png'))).toBeUndefined();
  });

  test("an empty list written in Astro's other form is no update", () => {
    writeFileSync(list, '\n\nexport default new Map([]);\n\t\t');
    const plugin = unchangedListPlugin(list);
    (plugin.configureServer as () => void)();
    writeFileSync(list, 'export default new Map();');
    expect(hotUpdate(plugin, 'ssr', list)).toEqual([]);
    writeFileSync(list, '\n\nexport default new Map([]);\n\t\t');
    expect(hotUpdate(plugin, 'ssr', list)).toEqual([]);
    writeFileSync(list, 'import a from "./a.png";\nexport default new Map([["./a.png", a]]);\n');
    expect(hotUpdate(plugin, 'ssr', list)).toBeUndefined();
  });

  test('after a restart, the list is weighed against what it held then, not before', () => {
    const plugin = unchangedListPlugin(list);
    (plugin.configureServer as () => void)();
    const first = 'export default new Map();';
    writeFileSync(list, first);
    expect(hotUpdate(plugin, 'ssr', list)).toBeUndefined();
    writeFileSync(list, 'import b from "./b.png";\nexport default new Map([["./b.png", b]]);\n');
    (plugin.configureServer as () => void)();
    writeFileSync(list, first);
    expect(hotUpdate(plugin, 'ssr', list)).toBeUndefined();
  });

  test('a list that did not exist when the server started is an update when it first appears', () => {
    rmSync(list);
    const plugin = unchangedListPlugin(list);
    (plugin.configureServer as () => void)();
    writeFileSync(list, 'export default new Map();\n');
    expect(hotUpdate(plugin, 'ssr', list)).toBeUndefined();
    expect(hotUpdate(plugin, 'ssr', list)).toEqual([]);
  });
});
