/**
 * `npm run dev` shows a save even when Astro writes the content store while a page request is
 * under way: the two overlaps that lost one save in 100 now and then under CI's load
 * (src/integrations/dev-store-refresh.ts, tests/e2e/dev-saves.test.ts). Each overlap is made
 * rather than waited for, by a test plugin (tests/e2e/setup/store-gate.ts):
 * - it holds the transform of the store's module that a page request started after a first save;
 *   a second save is written and marked as changed while it is held; then the held transform goes
 *   on with the first save's store. Without the fix, that page and every one after it showed the
 *   first save until a third;
 * - after a third save, it transforms on the server every module the write marked as changed, as
 *   Astro's collection of a page's CSS does in a request under way. Without the fix, the next
 *   page showed the second save.
 * Last, a new cover must show: Astro's list of pictures changed and is read again; and so must a
 * cover replaced under the same name by one of another size. On the way, the store's module must be
 * the dev server's few lines that read the store, not the store itself, and no picture a module of
 * its own.
 * Every step waits for what it needs, never for a while.
 */
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { saveAtomically, waitForText } from '../../scripts/lib/dev-server.ts';
import { withProjectCopy } from '../builds/build-fixture.ts';
import { startDevServer } from '../builds/dev-server.ts';

const MODEL = 'models/duong-be-tong-ra-canh-dong-tan-chau/index.md';
const PAGE = '/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/';
const GATE = path.join(import.meta.dirname, 'setup/store-gate.ts');

/** The page's main heading. */
const heading = (html: string) => />([^<]*)<\/h1>/.exec(html)?.[1];

test('a save written while a page request is under way still shows', { timeout: 180_000 }, async () => {
  await withProjectCopy({}, async (root) => {
    // The project's own config with the gate added to Vite's plugins.
    await writeFile(
      path.join(root, 'astro.gate.config.mjs'),
      [
        `import config from './astro.config.mjs';`,
        `import { storeGate } from ${JSON.stringify(GATE)};`,
        `export default { ...config, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), storeGate()] } };`,
        '',
      ].join('\n'),
    );
    const file = path.join(root, 'content', MODEL);
    const original = await readFile(file, 'utf8');
    const save = (title: string) =>
      saveAtomically(file, original.replace(/^title: .*$/m, `title: ${title}`), path.join(root, '.luu-thu.tmp'));

    const server = await startDevServer(root, ['--config', 'astro.gate.config.mjs']);
    const get = async (route: string, init?: RequestInit) => {
      const response = await fetch(`${server.base}${route}`, init);
      const text = await response.text();
      if (!response.ok) throw new Error(`${route}: ${response.status}\n${text}\n${server.log().slice(-3000)}`);
      return text;
    };
    const gate = (action: string, query = '') =>
      get(`/__store-gate/${action}${query}`, {
        method: ['held', 'written', 'code-length'].includes(action) ? 'GET' : 'POST',
      });
    const written = (title: string) => gate('written', `?text=${encodeURIComponent(title)}`);
    try {
      // The store is loaded once, as it is when an editor has the page open.
      expect(heading(await get(PAGE))).not.toBe('Lưu lần một');
      // The store's module is the few lines that read the store when evaluated, not Astro's copy
      // of the whole store as a string (src/integrations/dev-store-refresh.ts, storeModulePlugin).
      expect(Number(await gate('code-length'))).toBeGreaterThan(0);
      expect(Number(await gate('code-length'))).toBeLessThan(1000);
      // The page showed its cover, from Astro's list of pictures, which holds each picture itself
      // (src/integrations/dev-inline-pictures.ts): Vite made none of them a module.
      expect(await gate('picture-modules')).toBe('0');

      await save('Lưu lần một');
      await written('Lưu lần một');
      // The page request after the first save fetches the store again; its transform is held.
      await gate('arm');
      const duringSecond = get(PAGE);
      await gate('held');
      await save('Lưu lần hai');
      await written('Lưu lần hai');
      await gate('release');

      // The held request renders after the second save was written, and must show it: a browser
      // reloading for the second save while it ran would have joined its fetch of the store and
      // got the same. So must every request after it.
      expect(heading(await duringSecond)).toBe('Lưu lần hai');
      expect(heading(await get(PAGE))).toBe('Lưu lần hai');

      // A request under way when the store is written goes on to collect its page's CSS, which
      // transforms again, on the server, the modules the write marked as changed. The next page
      // must still read the new store.
      await save('Lưu lần ba');
      await written('Lưu lần ba');
      expect(Number(await gate('transform-all'))).toBeGreaterThan(0);
      expect(heading(await get(PAGE))).toBe('Lưu lần ba');

      // A new cover changes Astro's list of pictures, which must then be read again
      // (src/integrations/dev-asset-imports.ts keeps it only while it is unchanged).
      const folder = path.dirname(file);
      await copyFile(path.join(folder, 'anh-bia.png'), path.join(folder, 'anh-bia-moi.png'));
      await saveAtomically(
        file,
        original.replace('src: ./anh-bia.png', 'src: ./anh-bia-moi.png'),
        path.join(root, '.luu-thu.tmp'),
      );
      // Written within the minute the other dev-server tests allow a save on a busy machine.
      expect(await waitForText(`${server.base}${PAGE}`, 'anh-bia-moi.png', 60_000, 200)).toBeDefined();

      // The same cover replaced by one of half its width: the page must give the new size, which
      // only the picture's metadata in the list knows.
      const cover = path.join(folder, 'anh-bia-moi.png');
      const { width = 0, height = 0 } = await sharp(cover).metadata();
      expect(await get(PAGE)).toContain(`anh-bia-moi.png%3ForigWidth%3D${width}%26`);
      const smaller = await sharp(cover)
        .resize(Math.round(width / 2), Math.round(height / 2))
        .png()
        .toBuffer();
      await writeFile(`${cover}.tmp`, smaller);
      await rename(`${cover}.tmp`, cover);
      const newSize = `anh-bia-moi.png%3ForigWidth%3D${Math.round(width / 2)}%26`;
      expect(await waitForText(`${server.base}${PAGE}`, newSize, 60_000, 200)).toBeDefined();
      expect(await gate('picture-modules')).toBe('0');
    } finally {
      await server.stop();
    }
  });
});
