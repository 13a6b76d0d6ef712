/** Splitting listings into pages whose URLs are `…/`, `…/trang/2/`, `…/trang/3/`. */
import { pageUrl } from './urls.ts';

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1, even when empty). */
  count: number;
  /** Items on this page. */
  items: T[];
  /** Total items in the listing. */
  total: number;
  /** Index (from 1) of this page's first item, for "Hiển thị 13–24 trên 30". */
  first: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

/** Cuts `items` into pages of `size`. An empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      number,
      count,
      items: items.slice(index * size, number * size),
      total: items.length,
      first: index * size + 1,
      url: pageUrl(base, number),
      ...(number > 1 ? { prevUrl: pageUrl(base, number - 1) } : {}),
      ...(number < count ? { nextUrl: pageUrl(base, number + 1) } : {}),
    };
  });
}

/** The `[...page]` route parameter for page `n`: undefined for the first page, `trang/n` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `trang/${n}`;
}
