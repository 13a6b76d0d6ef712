/**
 * Builds the Pagefind search index after every production build, with Pagefind's Node API:
 * `npm run build` (scripts/lib/build-site.ts) calls it on the staging folder once Astro has
 * exited, so Pagefind's memory (about 520 MB at 3,400 pages) never adds to Astro's: at bench
 * scale the two together went past the 2 GiB the build may use.
 * Only model and news pages are indexed, and of those only the article marked
 * `data-pagefind-body`, so headers, navigation and listing pages stay out. Any error fails the
 * build: a site whose search silently finds nothing is worse than no deploy.
 */
import { copyFileSync, globSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface IndexSummary {
  pages: number;
  outputPath: string;
}

/** The pages people search: one model or one news item each (listings are `…/trang/N/`, two levels down). */
export const SEARCHABLE_PAGES = '{mo-hinh,tin-tuc}/*/index.html';

/**
 * Pagefind numbers pages in the order its walk of the folder meets them, which is the order the
 * file system lists a folder's entries: by a hash of the name on ext4, by creation on tmpfs and
 * btrfs. An incremental build writes pages in another order than a full build, so on those file
 * systems the two indexes differed (found when the build tests ran on a tmpfs). Pagefind walks a
 * folder of hard links to the pages instead (`.pagefind-pages/`, removed afterwards), made in
 * sorted order: every build of the same pages on the same file system meets them in the same order.
 * The links cost about 0.5 s for 3,400 pages, made and removed. Giving Pagefind the pages one by
 * one in order (`addHTMLFile`) would not depend on the file system at all, but took 9 s against
 * 4 s. On ext4 the order still depends on the file system's hash seed, so two machines can give
 * different (equally correct) index files for the same pages.
 */
function linkPagesInOrder(siteDir: string, folder: string, glob: string): void {
  rmSync(folder, { recursive: true, force: true });
  // Synchronous calls: 3,400 pages take 0.2 s this way, 1 s with a promise per call.
  for (const page of globSync(glob, { cwd: siteDir }).sort()) {
    const target = path.join(folder, page);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(siteDir, page), target);
    } catch {
      // A file system without hard links (FAT, some network shares): a copy reads the same.
      copyFileSync(path.join(siteDir, page), target);
    }
  }
}

/**
 * `call`, a call to Pagefind's Node API, or an error saying `what` failed. Pagefind answers
 * through a process of its own; when that process dies (it panics on some file errors, such as a
 * file where it writes its folder), the call never settles, the event loop empties and Node exits
 * mid-build with no message and the staging folder left behind. `beforeExit` is that moment.
 */
function answered<T>(call: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const stopped = () =>
      reject(new Error(`${what}: Pagefind dừng giữa chừng mà không trả lời (lỗi của nó in ở trên).`));
    process.once('beforeExit', stopped);
    call.then(resolve, reject).finally(() => process.off('beforeExit', stopped));
  });
}

/** Indexes the HTML under `siteDir` into `siteDir/pagefind/`. Throws with a Vietnamese message on failure. */
export async function writeSearchIndex(siteDir: string, glob = SEARCHABLE_PAGES): Promise<IndexSummary> {
  const pagefind = await import('pagefind');
  const pages = path.join(siteDir, '.pagefind-pages');
  try {
    try {
      linkPagesInOrder(siteDir, pages, glob);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Không chuẩn bị được các trang để lập chỉ mục tìm kiếm (trong ${pages}): ${reason}`, {
        cause: error,
      });
    }
    const { index, errors } = await answered(
      pagefind.createIndex({ forceLanguage: 'vi' }),
      'Không tạo được chỉ mục tìm kiếm',
    );
    if (!index || errors.length > 0) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
    const added = await answered(index.addDirectory({ path: pages, glob }), 'Lỗi khi lập chỉ mục tìm kiếm');
    if (added.errors.length > 0) throw new Error(`Lỗi khi lập chỉ mục tìm kiếm: ${added.errors.join('; ')}`);
    if (added.page_count === 0) {
      throw new Error(`Không có trang mô hình hay tin tức nào để lập chỉ mục tìm kiếm trong ${siteDir}.`);
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await answered(index.writeFiles({ outputPath }), 'Không ghi được chỉ mục tìm kiếm');
    if (written.errors.length > 0) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
    rmSync(pages, { recursive: true, force: true });
  }
}
