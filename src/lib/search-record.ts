/**
 * The search record of a model or news page: what Pagefind holds about it besides its text — the
 * filters, the fields shown in results, the date to sort by, the đ-words folded to d and the
 * thumbnail. Computed here, once per entry; `SearchMeta.astro` only renders it, and the search
 * page's filter counts (`search-facets.ts`) use the same filters, so they always agree.
 */
import type { ImageMetadata } from 'astro';
import { MODEL_KIND_LABELS, MOVEMENT_LABELS } from '../schemas/model.ts';
import { RECOGNITION_LABELS } from './recognition.ts';
import { getEnclosingPlaces, newsEventDate, newsPlaceLabels, newsYear } from './catalog.ts';
import type { Model, News } from './catalog-types.ts';
import { getFoldedDWords, KIND_MODEL, KIND_NEWS, PAGEFIND_FIELDS as F, type FilterKey } from './search.ts';

/** The names of the fields shown in results. */
export type MetaKey = (typeof F)[
  'kind' | 'place' | 'field' | 'year' | 'form' | 'movement' | 'organisations' | 'otherNames'];

export interface SearchRecord {
  filters: Record<FilterKey, string[]>;
  /** Shown in results; empty values are left out of the page. */
  meta: Partial<Record<MetaKey, string>>;
  /** `YYYY-MM-DD`, for "newest first". */
  date: string;
  /** The page's words that contain đ, folded to d (see `getFoldedDWords`). */
  folded: string;
  thumbnail?: { src: ImageMetadata; alt: string } | undefined;
}

const isModel = (entry: Model | News): entry is Model => 'place' in entry;

/** The place's own names and those of the units that replaced it, as searchers may type them. */
const placeNamesOf = (model: Model) =>
  [model.place, ...model.place.successorPlaces].flatMap((p) => [p.label, ...p.aliases]);

/**
 * The filter values of one model or news item. A model is filed under its place and every unit
 * that encloses it, as on the place pages (a commune's model is found under its district and the
 * province too); a news item under the places, fields and year of the models it reports.
 */
export function getSearchFilters(entry: Model | News): Record<FilterKey, string[]> {
  if (isModel(entry)) {
    return {
      [F.kind]: [KIND_MODEL],
      [F.recognition]: [RECOGNITION_LABELS[entry.recognition.level]],
      [F.field]: [entry.field.name],
      [F.place]: getEnclosingPlaces(entry.place).map((p) => p.label),
      [F.year]: entry.data.year ? [String(entry.data.year)] : [],
      [F.form]: [MODEL_KIND_LABELS[entry.data.kind]],
    };
  }
  return {
    [F.kind]: [KIND_NEWS],
    [F.recognition]: [],
    [F.field]: [...new Set(entry.models.map((m) => m.field.name))],
    [F.place]: [...new Set(entry.models.flatMap((m) => getEnclosingPlaces(m.place).map((p) => p.label)))],
    [F.year]: [newsYear(entry)],
    [F.form]: [],
  };
}

/** Everything Pagefind records about the page of `entry`. */
export function getSearchRecord(entry: Model | News): SearchRecord {
  return isModel(entry) ? modelRecord(entry) : newsRecord(entry);
}

function modelRecord(model: Model): SearchRecord {
  const { data } = model;
  const placeNames = placeNamesOf(model);
  const organisations = model.organisations.map((o) => o.name);
  return {
    filters: getSearchFilters(model),
    meta: {
      [F.kind]: KIND_MODEL,
      [F.place]: model.place.label,
      [F.field]: model.field.name,
      [F.year]: data.year ? String(data.year) : '',
      [F.form]: MODEL_KIND_LABELS[data.kind],
      [F.movement]: data.movement ? MOVEMENT_LABELS[data.movement] : '',
      [F.organisations]: organisations.join(' · '),
      [F.otherNames]: placeNames.slice(1).join(' · '),
    },
    date: data.updated ?? data.published,
    folded: getFoldedDWords([
      data.title,
      data.summary,
      data.context ?? '',
      ...data.steps,
      ...data.results,
      ...data.lessons,
      data.replicate ?? '',
      model.entry.body ?? '',
      ...placeNames,
      model.field.name,
      ...organisations,
    ]),
    thumbnail: data.cover,
  };
}

function newsRecord(item: News): SearchRecord {
  const { data } = item;
  const filters = getSearchFilters(item);
  const places = newsPlaceLabels(item);
  return {
    filters,
    meta: {
      [F.kind]: KIND_NEWS,
      [F.place]: places.join(', '),
      [F.field]: filters[F.field].join(', '),
      [F.year]: filters[F.year].join(''),
    },
    // "Newest first" places a news item by its event, as "Tin mới" does.
    date: newsEventDate(item),
    folded: getFoldedDWords([data.title, data.summary, item.entry.body ?? '', ...data.tags, ...places]),
    thumbnail: data.cover,
  };
}
