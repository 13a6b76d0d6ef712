/**
 * Share images, citations and share links for model and news pages, and the site's own share
 * picture for every other page: the data the pages and the share-image endpoints need, computed
 * once here.
 */
import { PUBLISHER, SITE_NAME, SITE_SHARE_TITLE } from '../config.ts';
import { newsPlaceLabels } from './catalog.ts';
import type { Model, News } from './catalog-types.ts';
import { formatDate, formatFigure } from './format.ts';
import type { ShareCard } from './share-image.ts';
import { absoluteUrl } from './urls.ts';

export function modelShareCard(model: Model): ShareCard {
  // Only the model's own figure: a district's or province's total would read as the model's result.
  const figure = model.data.figures.find((f) => f.scope === undefined);
  return {
    kind: 'Mô hình',
    title: model.data.title,
    place: model.place.label,
    field: model.field.name,
    ...(figure ? { figure: { value: formatFigure(figure), label: figure.label } } : {}),
    siteName: SITE_NAME,
  };
}

export function newsShareCard(item: News): ShareCard {
  const places = newsPlaceLabels(item);
  return {
    kind: 'Tin tức',
    title: item.data.title,
    ...(places.length > 0 ? { place: places.slice(0, 2).join(', ') + (places.length > 2 ? '…' : '') } : {}),
    siteName: SITE_NAME,
  };
}

/** The site's own picture, for the pages that have none of their own. */
export function siteShareCard(): ShareCard {
  return { kind: 'An Giang', title: SITE_SHARE_TITLE, siteName: SITE_NAME };
}

/** What the site's own picture shows, for those who cannot see it (`og:image:alt`). */
export const SITE_SHARE_IMAGE_ALT = `${SITE_NAME}: ${SITE_SHARE_TITLE}`;

/**
 * The citation a journalist pastes: publisher, title in quotes, site, dates and the permanent URL.
 * "Ban biên tập Dân vận khéo An Giang (2026). “Bê tông hóa…”. Dân vận khéo An Giang, đăng ngày
 * 25 tháng 11, 2026. https://…/mo-hinh/…/"
 */
export function formatCitation(input: {
  title: string;
  published: string;
  updated?: string | undefined;
  url: string;
}): string {
  const updated =
    input.updated && input.updated !== input.published ? `, cập nhật ngày ${formatDate(input.updated)}` : '';
  return `${PUBLISHER} (${input.published.slice(0, 4)}). “${input.title}”. ${SITE_NAME}, đăng ngày ${formatDate(input.published)}${updated}. ${absoluteUrl(input.url)}`;
}

/** Share links that need no script from another site. */
export function shareLinks(url: string) {
  const absolute = absoluteUrl(url);
  return { absolute, facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(absolute)}` };
}
