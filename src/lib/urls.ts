/**
 * Every public URL of the site, in one place. URLs are Vietnamese without marks and end in a
 * slash; they are promises to the press, so change them only with a redirect.
 */
import { SITE_URL } from '../config.ts';

/** The full address of a site path, as citations, feeds, share links and print show it. */
export const absoluteUrl = (path: string) => new URL(path, SITE_URL).href;

export const modelUrl = (slug: string) => `/mo-hinh/${slug}/`;
export const newsUrl = (slug: string) => `/tin-tuc/${slug}/`;
export const placeUrl = (id: string) => `/dia-ban/${id}/`;
export const fieldUrl = (id: string) => `/linh-vuc/${id}/`;
export const organisationUrl = (id: string) => `/to-chuc/${id}/`;
export const yearUrl = (year: number) => `/nam/${year}/`;
export const kindUrl = (kind: string) => `/loai/${kind}/`;

export const MODELS_URL = '/mo-hinh/';
export const NEWS_URL = '/tin-tuc/';
export const PLACES_URL = '/dia-ban/';
export const FIELDS_URL = '/linh-vuc/';
export const ORGANISATIONS_URL = '/to-chuc/';
export const YEARS_URL = '/nam/';
export const ABOUT_URL = '/gioi-thieu/';
export const SEARCH_URL = '/tim-kiem/';

/** Page `n` of a listing that starts at `base`: page 1 is the base itself, then `base/trang/2/`. */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
}
