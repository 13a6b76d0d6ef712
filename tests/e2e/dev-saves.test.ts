/**
 * `npm run dev` shows every save. Editors save in two ways: in place (the file is emptied, then
 * written, as most editors and `fs.writeFile` do) and atomically (written under another name, then
 * renamed over the file). Each of 100 saves, 50 each way, changes the title and the last line of a
 * model, a Markdown one and an MDX one in turn (MDX bodies reach the page through Vite's modules,
 * Markdown ones through Astro's content store); the page must show both. A lost save once left the old page on screen for minutes while the file on
 * disk was right (issue 15): the server had read the emptied file, and the write that followed
 * came too soon after to be reported again.
 *
 * How long a save takes to show is measured by `npm run bench`, not here: the wait below only
 * stops a save that never shows, and the page is asked for every 200 ms, not as fast as possible.
 * It runs with the browser tests rather than the builds: it mostly waits for the server, and the
 * builds keep both cores busy for longer (docs/TESTING.md).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { saveAtomically, saveInPlace, waitForText } from '../../scripts/lib/dev-server.ts';
import { withProjectCopy } from '../builds/build-fixture.ts';
import { startDevServer } from '../builds/dev-server.ts';

/** A Markdown model and an MDX one. */
const MODELS = ['models/duong-be-tong-ra-canh-dong-tan-chau/index.md', 'models/hien-dat-lam-duong-thoai-son/index.mdx'];
const SAVES = 100;
/** Long enough for a busy machine, short enough that a lost save fails the test. */
const GIVE_UP_MS = 60_000;

test('every one of 50 saves in place and 50 atomic saves shows in the page', { timeout: 1_200_000 }, async () => {
  await withProjectCopy({}, async (root) => {
    const models = await Promise.all(
      MODELS.map(async (model) => {
        const file = path.join(root, 'content', model);
        return {
          file,
          original: await readFile(file, 'utf8'),
          page: `/mo-hinh/${path.basename(path.dirname(model))}/`,
        };
      }),
    );
    const server = await startDevServer(root);
    try {
      const lost: string[] = [];
      for (let save = 1; save <= SAVES; save++) {
        // Two saves of one model (one in place, one atomic), then two of the other: each way of
        // saving follows the other as often as itself, on both kinds of file.
        const { file, original, page } = models[Math.floor((save - 1) / 2) % 2]!;
        const inPlace = save % 2 === 1;
        const title = `Lưu thử lần ${save} (${inPlace ? 'tại chỗ' : 'đổi tên'})`;
        const text = `${original.replace(/^title: .*$/m, `title: ${title}`).trimEnd()}\n\nDòng thêm ở lần lưu ${save}.\n`;
        if (inPlace) await saveInPlace(file, text, [0, 1, 5, 20][Math.floor((save - 1) / 4) % 4]!);
        else await saveAtomically(file, text, path.join(root, '.luu-thu.tmp'));
        const url = `${server.base}${page}`;
        const shown =
          (await waitForText(url, `>${title}</h1>`, GIVE_UP_MS, 200)) !== undefined &&
          (await waitForText(url, `Dòng thêm ở lần lưu ${save}.`, GIVE_UP_MS, 200)) !== undefined;
        if (!shown) {
          // What the page shows instead: the old title, the old body, or both.
          const html = await (await fetch(url)).text();
          const heading = />([^<]*)<\/h1>/.exec(html)?.[1];
          const line = /Dòng thêm ở lần lưu (\d+)\./.exec(html)?.[1] ?? 'không có';
          lost.push(`${title}, ${path.basename(file)}: trang có tiêu đề “${heading}”, dòng thêm của lần lưu ${line}`);
        }
        // One lost save is enough to fail; the rest would each wait the whole minute.
        if (lost.length > 0) break;
      }
      // The server's log without its line per request: what it said about the files.
      const said = server
        .log()
        .split('\n')
        .filter((line) => !/\[\d{3}\] \//.test(line))
        .join('\n');
      expect(lost, said.slice(-3000)).toEqual([]);
      // Each save was written to Astro's store as soon as it was read, without Astro's half-second
      // wait (src/lib/store-write.ts): the sync that writes it says so, once at the start and then
      // at least once per save. The last save's line may still be on its way when its page shows.
      const syncs = said.match(/\[content\] Synced content/g)?.length ?? 0;
      expect(syncs - 1, said.slice(-3000)).toBeGreaterThanOrEqual(SAVES - 1);
    } finally {
      await server.stop();
    }
  });
});
