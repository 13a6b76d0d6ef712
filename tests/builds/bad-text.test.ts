/**
 * Text that looks fine but is not (issue 12), in the real build: a file not in UTF-8 and a YAML
 * alias bomb stop `astro build` with the message `npm run check` gives (the loaders share its
 * reader and YAML parser); invisible characters, files kept beside entries and macOS's `._*`
 * files let the build go on, and no invisible character reaches a page or the search index.
 * Three builds: each refusal stops the loading at its file (one build each), the accepted cases
 * share one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { assembleCase, listCases, projectRoot } from './bad-input.ts';
import { buildWithContent } from './build-fixture.ts';

/** What `npm run check` prints for a corpus case, without the mark: the build must say the same. */
function checkMessage(name: string): string {
  const line = listCases().find((c) => c.name === name)!.expected[0]!;
  return line.replace(/^✗ /, '').replace(/^(\S+?)(:\d+)?(: | — )/, '$1$2$3');
}

/** Every built file a reader or the search gets text from: pages, feeds, data, search fragments. */
function builtTexts(dist: string): { file: string; text: string }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|pf_fragment|pf_meta)$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const bytes = readFileSync(file);
      // Pagefind keeps its fragments gzipped.
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      return { file: path.relative(dist, file), text };
    });
}

describe('text that looks fine but is not, in the real build', () => {
  test.concurrent.each(['ma-hoa-utf16le', 'yaml-bi-danh-bom'])(
    '%s: the build stops with the message check gives',
    async (name) => {
      const { code, output } = await buildWithContent({}, undefined, (root) =>
        assembleCase(name, path.join(root, 'content'), false),
      );
      expect(code).not.toBe(0);
      expect(output).toContain(checkMessage(name));
    },
  );

  test.concurrent(
    'invisible characters, notes, backups and macOS files: it builds, and nothing invisible is published',
    async () => {
      let texts: { file: string; text: string }[] = [];
      const { code, output } = await buildWithContent(
        {},
        async (dist) => {
          texts = builtTexts(dist);
        },
        async (root) => {
          const content = path.join(root, 'content');
          for (const name of ['an-ky-tu-rong-0-trong-chu', 'ma-hoa-bom-utf8', 'tep-bi-bo-qua-canh-bao']) {
            await assembleCase(name, content, false);
          }
          // The case's own places.yaml replaced the real list: take the real one back, and mark a place in it.
          const places = path.join(content, 'places.yaml');
          const list = await readFile(path.join(projectRoot, 'content/places.yaml'), 'utf8');
          await writeFile(places, list.replace('\n  name: Tân Châu\n', '\n  name: Tân\u00AD Châu\u200B\n'));
          // macOS's companion file beside a real entry, which the build's glob used to read.
          const real = path.join(content, 'models', readdirSync(path.join(content, 'models'))[0]!);
          await copyFile(
            path.join(
              import.meta.dirname,
              '../fixtures/bad-input/cases/tep-bi-bo-qua-tep-he-thong-macos/models/hop-le/._index.md',
            ),
            path.join(real, '._index.md'),
          );
        },
      );
      expect(output).not.toMatch(/Có \d+ lỗi/);
      expect(code).toBe(0);
      const page = texts.find((t) => t.file === 'mo-hinh/an-ky-tu-rong-0-trong-chu/index.html')!;
      expect(page.text).toContain('Mô hình Dân vận khéo');
      expect(texts.some((t) => t.file.startsWith('pagefind/') && t.text.includes('Mô hình Dân vận khéo'))).toBe(true);
      const invisible = texts.filter((t) => /[\u200B\u00AD\u2060\uFEFF]/.test(t.text)).map((t) => t.file);
      expect(invisible).toEqual([]);
    },
  );
});
