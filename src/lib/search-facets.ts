/**
 * The filter values the search page offers before the index has loaded, computed from the same
 * catalog the pages are built from, with the same labels the pages give Pagefind.
 */
import { MODEL_KIND_LABELS } from '../schemas/model.ts';
import { newsPlaceLabels, newsYear } from './catalog.ts';
import type { Catalog, Model, News } from './catalog-types.ts';
import { KIND_MODEL, KIND_NEWS, SEARCH_FILTERS, type FilterKey } from './search.ts';
import { toSlug } from './text.ts';

export interface FilterOption {
  label: string;
  slug: string;
  count: number;
}

export interface FilterGroup {
  key: FilterKey;
  param: string;
  label: string;
  options: FilterOption[];
}

function count(labels: string[]): FilterOption[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, n]) => ({ label, slug: toSlug(label), count: n }));
}

/** `options` in the order of `labels` (the catalog's order of fields or places). */
const inOrder = (options: FilterOption[], labels: string[]) =>
  options.sort((a, b) => labels.indexOf(a.label) - labels.indexOf(b.label));

/**
 * The filter values of one model or news item, exactly as its page gives them to Pagefind
 * (SearchMeta); the search page's counts are made from the same values, so they always agree.
 */
export function searchFiltersOf(entry: Model | News): Record<FilterKey, string[]> {
  if ('place' in entry) {
    return {
      loai: [KIND_MODEL],
      linh_vuc: [entry.field.name],
      dia_ban: [entry.place.label],
      nam: [String(entry.data.year)],
      hinh_thuc: [MODEL_KIND_LABELS[entry.data.kind]],
    };
  }
  return {
    loai: [KIND_NEWS],
    linh_vuc: [...new Set(entry.models.map((m) => m.field.name))],
    dia_ban: newsPlaceLabels(entry),
    nam: [newsYear(entry)],
    hinh_thuc: [],
  };
}

/** Every filter group with its values and counts over all published models and news. */
export function getSearchFilterGroups(catalog: Catalog): FilterGroup[] {
  const all = [...catalog.models, ...catalog.news].map(searchFiltersOf);
  const options = (key: FilterKey) => count(all.flatMap((filters) => filters[key]));
  const values: Record<FilterKey, FilterOption[]> = {
    loai: options('loai'),
    linh_vuc: inOrder(
      options('linh_vuc'),
      catalog.fields.map((f) => f.name),
    ),
    dia_ban: inOrder(
      options('dia_ban'),
      catalog.places.map((p) => p.label),
    ),
    nam: options('nam').sort((a, b) => b.label.localeCompare(a.label)),
    hinh_thuc: options('hinh_thuc'),
  };
  return SEARCH_FILTERS.map(({ key, param, label }) => ({ key, param, label, options: values[key] }));
}
