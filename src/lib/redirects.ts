/** Former addresses of entries (their `aliases`), each pointing at the entry's current URL. */
import { cacheKey, keyedPath } from './cache-keys.ts';
import type { Catalog, Model, News } from './catalog-types.ts';

export interface Redirect {
  from: string;
  to: string;
  title: string;
}

/** One redirect per alias of each entry. The catalog has already refused clashing aliases. */
export function getRedirects(entries: readonly (Model | News)[]): Redirect[] {
  return entries.flatMap((entry) =>
    entry.data.aliases.map((from) => ({ from, to: entry.url, title: entry.data.title })),
  );
}

/**
 * Static paths for a `[slug]` route: one page per entry (keyed by `pageKey`, see cache-keys.ts),
 * and a redirect page at each of its former slugs.
 */
export function withRedirects<E extends Model | News>(
  catalog: Catalog,
  entries: readonly E[],
  pageKey: (catalog: Catalog, entry: E) => string,
) {
  return [
    ...entries.map((entry) =>
      keyedPath({ params: { slug: entry.slug }, props: { entry, redirect: undefined } }, () => pageKey(catalog, entry)),
    ),
    ...getRedirects(entries).map((redirect) =>
      keyedPath({ params: { slug: redirect.from }, props: { entry: undefined, redirect } }, () =>
        cacheKey(catalog, 'redirect', redirect),
      ),
    ),
  ];
}
