/**
 * Static paths for every paginated model listing: all models and each facet group. Routes stay
 * thin: they call one of these and hand the props to `ModelListLayout`.
 */
import { PAGE_SIZE } from '../config.ts';
import type { Catalog, Model } from './catalog.ts';
import { getFacetCounts, getFacetGroups, type FacetGroup, type FacetName } from './facets.ts';
import { paginate, pageParam, type Page } from './paginate.ts';

export const SIDEBAR_FACETS: FacetName[] = ['field', 'place', 'year', 'kind', 'organisation'];

export interface ListingProps {
  page: Page<Model>;
  facets: { name: FacetName; groups: FacetGroup[] }[];
}

/** The sidebar's groups with counts, computed once per catalog. */
export function getSidebar(catalog: Catalog): ListingProps['facets'] {
  return SIDEBAR_FACETS.map((name) => ({ name, groups: getFacetCounts(catalog, name) }));
}

/** `{ params: { page }, props }` for each page of the all-models listing. */
export function getAllModelsPaths(catalog: Catalog, base: string) {
  const facets = getSidebar(catalog);
  return paginate(catalog.models, PAGE_SIZE, base).map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page, facets } satisfies ListingProps,
  }));
}

/** `{ params: { key, page }, props }` for each page of each group of `facet`. */
export function getFacetPaths(catalog: Catalog, facet: FacetName) {
  const facets = getSidebar(catalog);
  return getFacetGroups(catalog, facet).flatMap((group) =>
    paginate(group.models, PAGE_SIZE, group.url).map((page) => ({
      params: { key: group.key, page: pageParam(page.number) },
      props: { page, facets, group } satisfies ListingProps & { group: FacetGroup },
    })),
  );
}
