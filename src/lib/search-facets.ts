/**
 * The filter values the search page offers before the index has loaded, computed from the same
 * catalog the pages are built from, with the same labels the pages give Pagefind.
 */
import type { Catalog } from './catalog.ts';
import { KIND_LABELS } from './catalog.ts';
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

function count(labels: (string | number)[]): FilterOption[] {
  const counts = new Map<string, number>();
  for (const label of labels.map(String)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].map(([label, n]) => ({ label, slug: toSlug(label), count: n }));
}

/** Every filter group with its values and counts over all published models and news. */
export function getSearchFilterGroups(catalog: Catalog): FilterGroup[] {
  const { models, news } = catalog;
  const values: Record<FilterKey, FilterOption[]> = {
    loai: count([...models.map(() => KIND_MODEL), ...news.map(() => KIND_NEWS)]),
    linh_vuc: catalog.fields
      .map((f) => ({
        label: f.name,
        slug: toSlug(f.name),
        count:
          models.filter((m) => m.field.id === f.id).length +
          news.filter((n) => n.models.some((m) => m.field.id === f.id)).length,
      }))
      .filter((o) => o.count > 0),
    dia_ban: catalog.places
      .map((p) => ({
        label: p.label,
        slug: toSlug(p.label),
        count:
          models.filter((m) => m.place.id === p.id).length + news.filter((n) => n.models.some((m) => m.place.id === p.id)).length,
      }))
      .filter((o) => o.count > 0),
    nam: count([...models.map((m) => m.data.year), ...news.map((n) => (n.data.eventDate ?? n.data.date).slice(0, 4))]).sort(
      (a, b) => b.label.localeCompare(a.label),
    ),
    hinh_thuc: count(models.map((m) => KIND_LABELS[m.data.kind])),
  };
  return SEARCH_FILTERS.map(({ key, param, label }) => ({ key, param, label, options: values[key] }));
}
