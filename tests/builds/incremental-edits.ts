/**
 * Incremental builds must never publish a stale page. After each kind of edit an editor can make,
 * the incremental build (pages with unchanged cache keys copied from the last build) must equal a
 * full build (`astro build --force`) of the same content, file for file and byte for byte. Each
 * edit reaches pages other than its own — cards on listings, related models, news about a model,
 * facet pages and the sidebar — which is exactly where a cache key could miss an input.
 *
 * The edits are split over two test files (incremental.test.ts, incremental-lists.test.ts) so the
 * builds project's two workers share them; each file makes its own first build.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildMessage, buildCopy, copyInto, createProjectCopy, hashTree, seedPictures } from './build-fixture.ts';

const THOAI_SON = 'models/hien-dat-lam-duong-thoai-son';

/** Replaces `from` with `to` in a file under content/, failing loudly if `from` is not there. */
function edit(root: string, file: string, from: string | RegExp, to: string) {
  const target = path.join(root, 'content', file);
  const text = readFileSync(target, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: “${String(from)}” not found`);
  writeFileSync(target, next);
}

/** Each edit, and (for the reader of a failure) the pages it should reach besides its own. */
export interface Edit {
  name: string;
  apply: (root: string) => void;
}

export const EDITS: Edit[] = [
  {
    name: 'a model title (its cards on listings, on a related model and in the share image)',
    apply: (root) =>
      edit(root, `${THOAI_SON}/index.mdx`, /^title: .*$/m, 'title: Hiến đất mở đường ở Thoại Sơn (đã sửa)'),
  },
  {
    name: 'a model body (its page only)',
    apply: (root) => edit(root, `${THOAI_SON}/index.mdx`, 'Các nguồn chưa cho biết', 'Các nguồn hiện có chưa cho biết'),
  },
  {
    name: 'a cover picture replaced under the same file name (cards everywhere)',
    apply: (root) =>
      copyFileSync(
        path.join(root, 'content/models/duong-be-tong-ra-canh-dong-tan-chau/anh-bia.png'),
        path.join(root, 'content', THOAI_SON, 'anh-bia.png'),
      ),
  },
  {
    name: 'a place name (cards, facet pages and the sidebar)',
    apply: (root) => edit(root, 'places.yaml', 'name: Thoại Sơn', 'name: Thoại Sơn mới'),
  },
  {
    name: 'a parent organisation name (the page of the organisation under it)',
    apply: (root) => edit(root, 'organisations.yaml', 'name: Tỉnh ủy An Giang', 'name: Tỉnh ủy tỉnh An Giang'),
  },
  {
    name: 'a news title (the pages of the models it is about, the organisation it names)',
    apply: (root) =>
      edit(
        root,
        'news/hoi-nghi-tong-ket-cong-tac-dan-van-2023/index.md',
        /^title: .*$/m,
        'title: Hội nghị tổng kết công tác dân vận năm 2023',
      ),
  },
  {
    name: 'a field description (the field page)',
    apply: (root) =>
      edit(root, 'fields.yaml', /(id: kinh-te\n\s+name: Kinh tế\n\s+description: )/, '$1Tăng thu nhập. '),
  },
  {
    name: 'a former slug kept as an alias (a new redirect page)',
    apply: (root) => edit(root, `${THOAI_SON}/index.mdx`, /^kind: (.*)$/m, 'kind: $1\naliases:\n  - ten-cu-thoai-son'),
  },
  {
    name: 'a new model (listing counts, facet pages, the sidebar)',
    apply: (root) => {
      const source = readFileSync(path.join(root, 'content', THOAI_SON, 'index.mdx'), 'utf8');
      mkdirSync(path.join(root, 'content/models/mo-hinh-moi-cho-moi'));
      writeFileSync(
        path.join(root, 'content/models/mo-hinh-moi-cho-moi/index.mdx'),
        source
          .replace(/^title: .*$/m, 'title: Một mô hình mới ở Chợ Mới')
          .replace(/^place: .*$/m, 'place: cho-moi')
          .replace(/^aliases:\n {2}- .*\n/m, '')
          .replace(/^cover:\n( {2}.*\n)+/m, ''),
      );
    },
  },
  {
    name: 'a model that stops naming another as related (that list and nothing stale)',
    apply: (root) =>
      edit(
        root,
        'models/duong-be-tong-ra-canh-dong-tan-chau/index.md',
        /related:\n\s+- hien-dat-lam-duong-thoai-son\n/,
        '',
      ),
  },
];

/**
 * One project copy, built once; each edit starts from that built state (content, `dist/` and the
 * cache restored from a snapshot, at the same path, since Astro's cache records absolute paths),
 * so the edits are independent tests that share the first build.
 */

export function testIncrementalEdits(title: string, edits: readonly Edit[]): void {
  let root = '';
  let snapshot = '';

  /** Puts the copy back as the first build left it: everything but the linked node_modules. */
  async function restore() {
    for (const name of await readdir(root)) {
      if (name !== 'node_modules') await rm(path.join(root, name), { recursive: true, force: true });
    }
    await copyInto(
      (await readdir(snapshot)).map((name) => path.join(snapshot, name)),
      root,
    );
  }

  /** Builds the copy, failing with Astro's output if the build fails. */
  async function build(...flags: string[]): Promise<string> {
    const result = await buildCopy(root, flags);
    expect(result.code, buildMessage(result)).toBe(0);
    return result.output;
  }

  beforeAll(async () => {
    root = await createProjectCopy({});
    await seedPictures(root);
    await build();
    snapshot = await mkdtemp(path.join(tmpdir(), 'dvk-incremental-'));
    await copyInto(
      (await readdir(root)).filter((name) => name !== 'node_modules').map((name) => path.join(root, name)),
      snapshot,
    );
  });
  afterAll(async () => {
    await Promise.all([root, snapshot].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  describe(`incremental builds (${title})`, () => {
    test.each(edits)('after $name, equal a full build', async ({ name, apply }) => {
      await restore();
      apply(root);
      const output = await build();
      const reused = output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
      const incremental = hashTree(path.join(root, 'dist'));
      await build('--force');
      const full = hashTree(path.join(root, 'dist'));
      expect(Object.keys(incremental).length, name).toBeGreaterThan(50);
      // A rebuild that reused nothing would make this test pass vacuously.
      expect(reused, `${name}: pages reused`).toBeGreaterThan(5);
      const stale = Object.keys(full).filter((file) => incremental[file] !== full[file]);
      expect(stale, `${name}: files that differ from a full build`).toEqual([]);
      expect(Object.keys(incremental).sort(), name).toEqual(Object.keys(full).sort());
    });
  });
}
