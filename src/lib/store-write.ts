/**
 * Puts a saved content file on screen in `npm run dev` without Astro's half-second wait.
 *
 * When a loader stores a changed entry, Astro's content store waits 500 ms for more changes
 * (`SAVE_DEBOUNCE_MS` in astro/dist/content/mutable-data-store.js, not configurable) before it
 * writes itself to disk, and only that write makes Vite serve the new content. A staffer who saved
 * one file waits for no other: so each loader's change handler asks for the write as soon as it
 * has stored the entry, and the dev server (src/integrations/dev-saves.ts) has Astro write at once.
 *
 * Requests that arrive while a write is under way are merged into one more write after it, so a
 * hundred files changed together (a `git checkout`) cost two writes, not a hundred. When no write
 * was set (a build, `astro sync`) a request does nothing, and in the dev server Astro's own
 * delayed write still follows: a request can only make a save show sooner, never lose one.
 *
 * Writing sooner makes a write during a page request likelier. That overlap once lost saves (this
 * change was reverted in adef207 for it: 3 of 6 runs of tests/e2e/dev-saves.test.ts with both
 * cores kept busy lost one); src/integrations/dev-store-refresh.ts closes it, and the test then
 * lost none in 6 runs under that load.
 */
import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * Shared through `globalThis`: the integration runs in Astro's own module graph and the loaders in
 * the one Vite loads `src/content.config.ts` into, each with its own copy of this module.
 */
const WRITE = Symbol.for('dan-van-kheo.content-store-write');
const slot = globalThis as typeof globalThis & { [WRITE]?: () => void };

/**
 * Makes `write` the store's write that loaders ask for, merged: while one write runs, any number
 * of requests lead to exactly one more write after it. Returns the function that stops it.
 */
export function setStoreWrite(write: () => Promise<void>, onError: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const request = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void write()
      .catch(onError)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          request();
        }
      });
  };
  slot[WRITE] = request;
  // A restarted dev server sets its own write before the old one closes: leave that one alone.
  return () => {
    if (slot[WRITE] === request) delete slot[WRITE];
  };
}

/** Asks for the store to be written now; does nothing where no dev server set a write. */
export function requestStoreWrite(): void {
  slot[WRITE]?.();
}

/**
 * The watcher as a loader should see it: a handler it registers, once done with one of the
 * loader's own files (`owns`), asks for the store to be written, so what it stored reaches the page
 * without waiting. Other paths, the store's own files among them, ask for nothing.
 */
export function writingAfterHandlers(watcher: Watcher, owns: (file: string) => boolean): Watcher {
  return new Proxy(watcher, {
    get(target, property, receiver) {
      if (property === 'on') {
        return (event: 'change', handler: (file: string, ...rest: unknown[]) => unknown) =>
          target.on(event, async (file: string, ...rest: unknown[]) => {
            try {
              return await handler(file, ...rest);
            } finally {
              if (owns(file)) requestStoreWrite();
            }
          });
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
