/**
 * What the production build holds, read from the files in `dist/` with no browser, so the browser
 * tests can derive what they expect from the pages that were built instead of a hard-coded list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { PAGEFIND_FIELDS } from '../../../src/lib/search.ts';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** A model or news page, as search indexes it. */
export interface BuiltArticle {
  /** `/mo-hinh/slug/` or `/tin-tuc/slug/`. */
  path: string;
  kind: 'mo-hinh' | 'tin-tuc';
  /** The day “newest first” sorts it by (its search record's date). */
  date: string;
  /** What its sources call a model (`dan-van-kheo`, …; see src/lib/recognition.ts); none for news. */
  recognition: string | undefined;
  root: HTMLElement;
}

let articles: BuiltArticle[] | undefined;

/** Every built model and news page that search indexes (those with `data-pagefind-body`). */
export function builtArticles(): BuiltArticle[] {
  articles ??= (['mo-hinh', 'tin-tuc'] as const).flatMap((kind) =>
    readdirSync(path.join(dist, kind), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        let html: string;
        try {
          html = readFileSync(path.join(dist, kind, entry.name, 'index.html'), 'utf8');
        } catch {
          return []; // a folder of list pages (trang/) or of pictures
        }
        const root = parse(html);
        if (!root.querySelector('[data-pagefind-body]')) return [];
        return [
          {
            path: `/${kind}/${entry.name}/`,
            kind,
            date:
              root
                .querySelector(`[data-pagefind-sort="${PAGEFIND_FIELDS.date}[data-value]"]`)
                ?.getAttribute('data-value') ?? '',
            recognition:
              kind === 'mo-hinh' ? root.querySelector('.recognition')?.getAttribute('data-recognition') : undefined,
            root,
          },
        ];
      }),
  );
  return articles;
}
