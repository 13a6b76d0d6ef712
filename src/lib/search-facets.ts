/**
 * The filter values the search page offers before the index has loaded, computed from the same
 * catalog the pages are built from, with the same labels the pages give Pagefind.
 */
import type { Catalog } from './catalog-types.ts';
import { RECOGNITION_LABELS } from './recognition.ts';
import { getSearchFilters } from './search-record.ts';
import { PAGEFIND_FIELDS as F, SEARCH_FILTERS, type FilterKey } from './search.ts';
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

/** Every filter group with its values and counts over all published models and news. */
export function getSearchFilterGroups(catalog: Catalog): FilterGroup[] {
  const all = [...catalog.models, ...catalog.news].map(getSearchFilters);
  const options = (key: FilterKey) => count(all.flatMap((filters) => filters[key]));
  const values: Record<FilterKey, FilterOption[]> = {
    [F.kind]: options(F.kind),
    [F.recognition]: inOrder(options(F.recognition), Object.values(RECOGNITION_LABELS)),
    [F.field]: inOrder(
      options(F.field),
      catalog.fields.map((f) => f.name),
    ),
    [F.place]: inOrder(
      options(F.place),
      catalog.places.map((p) => p.label),
    ),
    [F.year]: options(F.year).sort((a, b) => b.label.localeCompare(a.label)),
    [F.form]: options(F.form),
  };
  return SEARCH_FILTERS.map(({ key, param, label }) => ({ key, param, label, options: values[key] }));
}
