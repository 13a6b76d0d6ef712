/**
 * JSON-LD for search engines and link previews: the publisher, breadcrumbs, a NewsArticle for news
 * and an Article (with its place, organisations, dates and sources) for a model. Pure: it takes
 * absolute URLs and returns plain objects; `toJsonLd` makes them safe inside <script>.
 */
import { RECOGNITION_LABELS } from './recognition.ts';
import { PUBLISHER, SITE_NAME, SITE_URL } from '../config.ts';
import type { Model, News } from './catalog-types.ts';
import type { Figure, Source } from '../schemas/common.ts';
import { formatFigure } from './format.ts';
import { absoluteUrl } from './urls.ts';

type Json = Record<string, unknown>;

export const publisher = (): Json => ({
  '@type': 'Organization',
  name: PUBLISHER,
  url: SITE_URL,
});

/**
 * A figure's number as schema.org can say it without claiming more precision than the source:
 * "hơn"/"trên" 500 is a minimum, "gần"/"dưới" 500 a maximum, "khoảng" 500 has no exact value
 * (its description says it); a plain number is the value.
 */
function quantity(figure: Figure): { value?: number; minValue?: number; maxValue?: number } {
  switch (figure.qualifier) {
    case 'hơn':
    case 'trên':
      return { minValue: figure.value };
    case 'gần':
    case 'dưới':
      return { maxValue: figure.value };
    case 'khoảng':
      return {};
    default:
      return { value: figure.value };
  }
}

export function breadcrumbList(crumbs: { name: string; path: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** Partial dates stay partial: schema.org accepts "2024" and "2024-03". */
function citation(source: Source): Json {
  return {
    '@type': 'CreativeWork',
    ...(source.title ? { name: source.title } : {}),
    ...(source.outlet ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.date ? { datePublished: source.date } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** A model as a case-study article about a place, led by organisations, with its sources. */
export function modelArticle(model: Model, imagePath: string): Json {
  const { data } = model;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': absoluteUrl(model.url),
    url: absoluteUrl(model.url),
    mainEntityOfPage: absoluteUrl(model.url),
    headline: data.title,
    description: data.summary,
    inLanguage: 'vi',
    articleSection: RECOGNITION_LABELS[model.recognition.level],
    genre: model.field.name,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    image: absoluteUrl(imagePath),
    contentLocation: {
      '@type': 'AdministrativeArea',
      name: model.place.label,
      ...(model.place.parentPlace
        ? { containedInPlace: { '@type': 'AdministrativeArea', name: model.place.parentPlace.label } }
        : {}),
    },
    ...(model.organisations.length > 0
      ? { sourceOrganization: model.organisations.map((o) => ({ '@type': 'GovernmentOrganization', name: o.name })) }
      : {}),
    ...(data.figures.length > 0
      ? {
          mentions: data.figures.map((f) => ({
            '@type': 'QuantitativeValue',
            name: f.label,
            ...quantity(f),
            unitText: f.unit,
            description: f.scope
              ? `${formatFigure(f)} (số liệu chung của địa bàn, không riêng mô hình)`
              : formatFigure(f),
          })),
        }
      : {}),
    citation: data.sources.map(citation),
    author: publisher(),
    publisher: publisher(),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: SITE_URL },
  };
}

/** A news item, with the models it covers and the report it is based on. */
export function newsArticle(item: News, imagePath: string): Json {
  const { data } = item;
  const organisationAuthor = /^(Ban|Báo|Hội|Đoàn|Sở|Ủy ban|Tỉnh|Trung tâm|Phòng)\b/u.test(data.author);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': absoluteUrl(item.url),
    url: absoluteUrl(item.url),
    mainEntityOfPage: absoluteUrl(item.url),
    headline: data.title,
    description: data.summary,
    inLanguage: 'vi',
    datePublished: data.date,
    dateModified: data.updated ?? data.date,
    image: absoluteUrl(imagePath),
    author: { '@type': organisationAuthor ? 'Organization' : 'Person', name: data.author },
    publisher: publisher(),
    ...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
    ...(item.models.length > 0
      ? { about: item.models.map((m) => ({ '@type': 'Article', headline: m.data.title, url: absoluteUrl(m.url) })) }
      : {}),
    ...(data.source ? { isBasedOn: citation(data.source) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so content can never close the tag. */
export function toJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
