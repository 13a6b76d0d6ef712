/**
 * Static paths for every paginated model listing: all models and each facet group. Routes stay
 * thin: they call one of these and hand the props to `ModelListLayout`. Each path carries its
 * incremental-build cache key (see cache-keys.ts), computed from exactly what the page shows.
 */
import { PAGE_SIZE } from '../config.ts';
import { cacheKey, groupOf, keyedPath, pageOf } from './cache-keys.ts';
import { getChildPlaces, getFormerUnits } from './catalog.ts';
import type { Catalog, Field, Model, News, Organisation, Place } from './catalog-types.ts';
import { getFacetCounts, getFacetGroups, type FacetGroup, type FacetName } from './facets.ts';
import { paginate, pageParam, type Page } from './paginate.ts';
import { getDistrictMap, type DistrictMap } from './district-map.ts';

export const SIDEBAR_FACETS: FacetName[] = ['recognition', 'field', 'place', 'year', 'kind', 'organisation'];

export interface ListingProps {
  page: Page<Model>;
  facets: { name: FacetName; groups: FacetGroup[] }[];
}

/** What a facet group's page shows above its models. */
export interface FacetSubjects {
  field: { field: Field };
  /**
   * The place, the former units it was formed from (a 2025 unit), the units it held (a former
   * one) and, for a former district, the map it is outlined on (its counts are every unit's, so
   * they are part of the page's key).
   */
  place: { place: Place; former: Place[]; children: Place[]; map?: DistrictMap };
  organisation: { organisation: Organisation; parent: Organisation | undefined; news: News[] };
  year: Record<string, never>;
  kind: Record<string, never>;
  recognition: Record<string, never>;
}

interface Sidebar {
  facets: ListingProps['facets'];
  /** The sidebar as it appears on the page (names, links and counts), for cache keys. */
  shown: { name: FacetName; groups: ReturnType<typeof groupOf>[] }[];
}

const sidebars = new WeakMap<Catalog, Sidebar>();

/** The sidebar's groups with counts, computed once per catalog and shared by every listing route. */
function sidebarOf(catalog: Catalog): Sidebar {
  let sidebar = sidebars.get(catalog);
  if (!sidebar) {
    const facets = SIDEBAR_FACETS.map((name) => ({ name, groups: getFacetCounts(catalog, name) }));
    sidebar = { facets, shown: facets.map(({ name, groups }) => ({ name, groups: groups.map(groupOf) })) };
    sidebars.set(catalog, sidebar);
  }
  return sidebar;
}

/** The browsing sidebar: each facet's groups that have models, with their counts. */
export const getSidebar = (catalog: Catalog): ListingProps['facets'] => sidebarOf(catalog).facets;

/** `{ params: { page }, props, cacheKey }` for each page of the all-models listing. */
export function getAllModelsPaths(catalog: Catalog, base: string) {
  const { facets, shown } = sidebarOf(catalog);
  return paginate(catalog.models, PAGE_SIZE, base).map((page) =>
    keyedPath({ params: { page: pageParam(page.number) }, props: { page, facets } satisfies ListingProps }, () =>
      cacheKey(catalog, 'models', pageOf(page), shown),
    ),
  );
}

function subjectOf<F extends FacetName>(catalog: Catalog, facet: F, key: string): FacetSubjects[F] {
  const subjects: { [N in FacetName]: () => FacetSubjects[N] } = {
    field: () => ({ field: catalog.fieldById.get(key)! }),
    place: () => {
      const place = catalog.placeById.get(key)!;
      const map = getDistrictMap(catalog);
      return {
        place,
        former: place.validFrom ? getFormerUnits(place) : [],
        children: place.validUntil ? getChildPlaces(catalog, place) : [],
        ...(map.units.some((u) => u.place === place) ? { map } : {}),
      };
    },
    organisation: () => {
      const organisation = catalog.organisationById.get(key)!;
      return {
        organisation,
        parent: organisation.parent && catalog.organisationById.get(organisation.parent.id),
        news: catalog.news.filter((n) => n.organisations.some((o) => o.id === organisation.id)),
      };
    },
    year: () => ({}),
    kind: () => ({}),
    recognition: () => ({}),
  };
  return subjects[facet]();
}

/** `{ params: { key, page }, props, cacheKey }` for each page of each group of `facet`. */
export function getFacetPaths<F extends FacetName>(catalog: Catalog, facet: F) {
  const { facets, shown } = sidebarOf(catalog);
  return getFacetGroups(catalog, facet).flatMap((group) => {
    const subject = subjectOf(catalog, facet, group.key);
    return paginate(group.models, PAGE_SIZE, group.url).map((page) =>
      keyedPath(
        {
          params: { key: group.key, page: pageParam(page.number) },
          props: { page, facets, group, subject } satisfies ListingProps & {
            group: FacetGroup;
            subject: FacetSubjects[F];
          },
        },
        () => cacheKey(catalog, facet, pageOf(page), shown, groupOf(group), subject),
      ),
    );
  });
}
