import { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import { requestStoreWrite, setStoreWrite, writingAfterHandlers } from '../../src/lib/store-write';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** A write that finishes only when the test says so, counting how often it started. */
function controlledWrite() {
  const finishers: (() => void)[] = [];
  return {
    write: () => new Promise<void>((resolve) => finishers.push(resolve)),
    started: () => finishers.length,
    finishLast: async () => {
      finishers.at(-1)!();
      // Let the merged write that follows start.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('setStoreWrite', () => {
  test('a request starts a write; requests during it are merged into exactly one more', async () => {
    const { write, started, finishLast } = controlledWrite();
    stops.push(setStoreWrite(write, (error) => expect.unreachable(String(error))));
    requestStoreWrite();
    expect(started()).toBe(1);
    for (let i = 0; i < 5; i++) requestStoreWrite();
    expect(started()).toBe(1);
    await finishLast();
    expect(started()).toBe(2);
    await finishLast();
    expect(started()).toBe(2);
    requestStoreWrite();
    expect(started()).toBe(3);
    await finishLast();
  });

  test('a failed write is reported, and the next request writes again', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    stops.push(
      setStoreWrite(
        async () => {
          calls++;
          if (calls === 1) throw new Error('đĩa đầy');
        },
        (error) => errors.push(error),
      ),
    );
    requestStoreWrite();
    await new Promise((resolve) => setImmediate(resolve));
    requestStoreWrite();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toBe(2);
    expect(errors).toEqual([new Error('đĩa đầy')]);
  });

  test('without a write (a build), a request does nothing; a stopped write is not called', () => {
    let calls = 0;
    requestStoreWrite();
    const stop = setStoreWrite(
      async () => void calls++,
      () => {},
    );
    stop();
    requestStoreWrite();
    expect(calls).toBe(0);
  });

  test("stopping an old dev server's write leaves the write of the server that replaced it", () => {
    let calls = 0;
    const stopOld = setStoreWrite(
      async () => {},
      () => {},
    );
    stops.push(
      setStoreWrite(
        async () => void calls++,
        () => {},
      ),
    );
    stopOld();
    requestStoreWrite();
    expect(calls).toBe(1);
  });
});

describe('writingAfterHandlers', () => {
  const owned = '/du-an/content/models/mo-hinh/index.md';
  const owns = (file: string) => file === owned;

  test('asks for a write once the handler of an owned file is done, not before', async () => {
    const order: string[] = [];
    stops.push(
      setStoreWrite(
        async () => void order.push('write'),
        () => {},
      ),
    );
    const emitter = new EventEmitter();
    const watcher = writingAfterHandlers(emitter as unknown as Watcher, owns);
    let finishHandler!: () => void;
    watcher.on('change', async (file: string) => {
      order.push(`read ${file}`);
      await new Promise<void>((resolve) => (finishHandler = resolve));
      order.push('stored');
    });
    emitter.emit('change', owned);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([`read ${owned}`]);
    finishHandler();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([`read ${owned}`, 'stored', 'write']);
  });

  test('asks for nothing for paths that are not the loader’s (the store’s own files among them)', async () => {
    let calls = 0;
    stops.push(
      setStoreWrite(
        async () => void calls++,
        () => {},
      ),
    );
    const emitter = new EventEmitter();
    const watcher = writingAfterHandlers(emitter as unknown as Watcher, owns);
    watcher.on('change', async () => {});
    emitter.emit('change', '/du-an/.astro/data-store.json');
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toBe(0);
  });

  test('passes every other property through to the watcher', () => {
    const emitter = Object.assign(new EventEmitter(), { add: (file: string) => `theo dõi ${file}` });
    const watcher = writingAfterHandlers(emitter as unknown as Watcher, owns);
    expect((watcher as unknown as typeof emitter).add(owned)).toBe(`theo dõi ${owned}`);
  });
});
