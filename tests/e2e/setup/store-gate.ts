/**
 * A Vite plugin for tests/e2e/dev-store-race.test.ts: it lets the test hold the dev server's
 * transform of the content store's module while a save is written, the overlap that CI's load
 * made happen now and then (src/integrations/dev-store-refresh.ts). The test talks to it through
 * the dev server itself, and every answer waits for a condition, never for a while:
 *
 * - `POST /__store-gate/arm`: the next transform of the store's module will wait;
 * - `GET /__store-gate/held`: answers once a transform waits;
 * - `GET /__store-gate/written?text=…`: answers once Astro has written a store holding `text` and
 *   marked the store's module as changed (what happens after a save);
 * - `POST /__store-gate/release`: lets the waiting transform go on with what it had read;
 * - `POST /__store-gate/transform-all`: transforms on the server, without the module runner, every
 *   module of the pages' environment that Vite holds no transform of, as Astro's collection of a
 *   page's CSS does during a request; answers with how many there were;
 * - `GET /__store-gate/code-length`: the length of the store module's code as last transformed
 *   (the dev server serves a few lines that read the store, not the store itself);
 * - `GET /__store-gate/picture-modules`: how many of the content's pictures the pages' environment
 *   holds as modules of their own (none: src/integrations/dev-inline-pictures.ts holds them in
 *   Astro's list of pictures).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { astroDevFile } from '../../../src/integrations/dev-environments.ts';
import { STORE_MODULE_ID } from '../../../src/integrations/dev-store-refresh.ts';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

export function storeGate(): Plugin {
  let armed = false;
  let codeLength = -1;
  let held = deferred();
  let release = deferred();
  /** The stores on disk each time Astro marked the store's module as changed, newest last. */
  const written: string[] = [];
  const writeWaiters = new Set<{ text: string; done: () => void }>();
  const send = (res: ServerResponse, body = 'ok') => {
    res.setHeader('content-type', 'text/plain');
    res.end(body);
  };
  return {
    name: 'dvk-test-store-gate',
    apply: 'serve',
    configureServer(server) {
      const storeFile = astroDevFile(server.config.root, 'data-store.json');
      // Astro marks the store's module as changed with a hot update right after writing the file.
      for (const [name, environment] of Object.entries(server.environments)) {
        if (name === 'client') continue;
        const graph = environment.moduleGraph;
        const invalidate = graph.invalidateModule.bind(graph);
        graph.invalidateModule = (node, seen, timestamp, isHmr, soft) => {
          invalidate(node, seen, timestamp, isHmr, soft);
          if (node.id !== STORE_MODULE_ID || !isHmr) return;
          const store = readFileSync(storeFile, 'utf8');
          written.push(store);
          for (const waiter of writeWaiters) {
            if (store.includes(waiter.text)) {
              writeWaiters.delete(waiter);
              waiter.done();
            }
          }
        };
      }
      server.middlewares.use('/__store-gate', (req: IncomingMessage, res: ServerResponse) => {
        const url = new URL(req.url ?? '/', 'http://gate');
        if (url.pathname === '/arm') {
          armed = true;
          held = deferred();
          release = deferred();
          send(res);
        } else if (url.pathname === '/held') {
          void held.promise.then(() => send(res));
        } else if (url.pathname === '/written') {
          const text = url.searchParams.get('text') ?? '';
          if (written.some((store) => store.includes(text))) send(res);
          else writeWaiters.add({ text, done: () => send(res) });
        } else if (url.pathname === '/transform-all') {
          // As Astro's CSS collection does during a page request (ensureModulesLoaded in
          // astro/dist/vite-plugin-css): every module of the pages' environment that Vite holds no
          // transform of is fetched on the server, without the module runner.
          const environment = server.environments['ssr']!;
          const pending = [...environment.moduleGraph.idToModuleMap.values()].filter((node) => !node.transformResult);
          void Promise.all(pending.map((node) => environment.fetchModule(node.id!).catch(() => undefined))).then(() =>
            send(res, String(pending.length)),
          );
        } else if (url.pathname === '/code-length') {
          send(res, String(codeLength));
        } else if (url.pathname === '/picture-modules') {
          const ids = [...server.environments['ssr']!.moduleGraph.idToModuleMap.keys()];
          send(res, String(ids.filter((id) => id.includes('astroContentImageFlag')).length));
        } else if (url.pathname === '/release') {
          release.resolve();
          send(res);
        } else {
          res.statusCode = 404;
          send(res, 'no such gate action');
        }
      });
    },
    async transform(code, id) {
      if (id !== STORE_MODULE_ID) return;
      codeLength = code.length;
      if (!armed) return;
      armed = false;
      held.resolve();
      await release.promise;
    },
  };
}
