/**
 * Builds the Pagefind search index after every production build, with Pagefind's Node API.
 * Only model and news pages are indexed, and of those only the article marked
 * `data-pagefind-body`, so headers, navigation and listing pages stay out. Any error fails the build: a site whose search silently
 * finds nothing is worse than no deploy.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface IndexSummary {
  pages: number;
  outputPath: string;
}

/** The pages people search: one model or one news item each (listings are `…/trang/N/`, two levels down). */
export const SEARCHABLE_PAGES = '{mo-hinh,tin-tuc}/*/index.html';

/** Indexes the HTML under `siteDir` into `siteDir/pagefind/`. Throws with a Vietnamese message on failure. */
export async function writeSearchIndex(siteDir: string, glob = SEARCHABLE_PAGES): Promise<IndexSummary> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index || errors.length > 0) throw new Error(`Không tạo được chỉ mục tìm kiếm: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) throw new Error(`Lỗi khi lập chỉ mục tìm kiếm: ${added.errors.join('; ')}`);
    if (added.page_count === 0) {
      throw new Error(`Không có trang mô hình hay tin tức nào để lập chỉ mục tìm kiếm trong ${siteDir}.`);
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'dvk-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
