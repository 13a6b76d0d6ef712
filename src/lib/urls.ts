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
/** Models by what their sources call them (src/lib/recognition.ts). */
export const recognitionUrl = (level: string) => `/ghi-nhan/${level}/`;

export const HOME_URL = '/';
export const MODELS_URL = '/mo-hinh/';
export const NEWS_URL = '/tin-tuc/';
export const PLACES_URL = '/dia-ban/';
export const FIELDS_URL = '/linh-vuc/';
export const ORGANISATIONS_URL = '/to-chuc/';
export const YEARS_URL = '/nam/';
export const RECOGNITIONS_URL = '/ghi-nhan/';
export const ABOUT_URL = '/gioi-thieu/';
export const SEARCH_URL = '/tim-kiem/';
export const PRESS_URL = '/bao-chi/';
/** Official figures from sources, kept apart from the site's own counts. */
export const FIGURES_URL = '/so-lieu/';
/** “Xã, phường của tôi nay là gì?”: former and new communes of the 2025 reorganisation, looked up by name. */
export const COMMUNE_LOOKUP_URL = '/tra-cuu-xa-phuong/';

/** Feeds, open data and the sitemap: files, not pages, so no trailing slash. */
export const NEWS_FEED_URL = '/tin-tuc/rss.xml';
export const MODELS_FEED_URL = '/mo-hinh/rss.xml';
export const OPEN_DATA_JSON_URL = '/du-lieu/mo-hinh.json';
export const OPEN_DATA_CSV_URL = '/du-lieu/mo-hinh.csv';
export const SITEMAP_URL = '/sitemap-index.xml';
export const FAVICON_URL = '/favicon.svg';
/** Pagefind's script, written into the site by the build (scripts/lib/search-index.ts). */
export const PAGEFIND_SCRIPT_URL = '/pagefind/pagefind.js';

/** The share picture of a model or news page (src/pages/anh-chia-se/). */
export const shareImageUrl = (kind: 'mo-hinh' | 'tin-tuc', slug: string) => `/anh-chia-se/${kind}/${slug}.png`;

/** The site's own share picture, for every page without one of its own (src/pages/anh-chia-se/). */
export const SITE_SHARE_IMAGE_URL = '/anh-chia-se/trang-web.png';

/** Page `n` of a listing that starts at `base`: page 1 is the base itself, then `base/trang/2/`. */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
}
