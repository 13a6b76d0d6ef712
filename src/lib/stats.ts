/** Headline figures for the home page, computed from published content (never typed by hand). */
import type { Catalog } from './catalog-types.ts';
import type { FacetGroup } from './facets.ts';
import { getFacetGroups } from './facets.ts';
import { sortByVi } from './text.ts';

export interface Stats {
  models: number;
  news: number;
  /** Places where at least one model ran. */
  places: number;
  /** Every field, with its models (possibly none). */
  byField: FacetGroup[];
  /** Places where models ran (the model's own unit, not its parents), in Vietnamese order. */
  byPlace: FacetGroup[];
}

export function getStats(catalog: Catalog): Stats {
  const byPlace = catalog.places
    .map((p) => ({ key: p.id, label: p.label, url: p.url, models: catalog.models.filter((m) => m.place.id === p.id) }))
    .filter((g) => g.models.length > 0);
  return {
    models: catalog.models.length,
    news: catalog.news.length,
    places: byPlace.length,
    byField: getFacetGroups(catalog, 'field'),
    byPlace: sortByVi(byPlace, (g) => catalog.placeById.get(g.key)?.name ?? g.label),
  };
}
