/**
 * Browsing models by recognition ("Dân vận khéo" or not), field, place, organisation, year and collective/individual: the groups, their
 * counts and their URLs, all computed from content. Each group becomes a static page, so browsing
 * works without JavaScript.
 */
import { getChildPlaces, getEnclosingPlaces, getPlacesCovering } from './catalog.ts';
import type { Catalog, Model, Place } from './catalog-types.ts';
import { changeDay } from './place-text.ts';
import { capitalize } from './text.ts';
import { MODEL_KIND_LABELS, MODEL_KINDS } from '../schemas/model.ts';
import { RECOGNITION_LABELS, RECOGNITIONS } from './recognition.ts';
import { fieldUrl, kindUrl, organisationUrl, placeUrl, recognitionUrl, yearUrl } from './urls.ts';

export type FacetName = 'recognition' | 'field' | 'place' | 'organisation' | 'year' | 'kind';

export interface FacetGroup {
  /** The value in the URL: an id, a year or a kind. */
  key: string;
  label: string;
  url: string;
  models: Model[];
}

export const FACET_TITLES: Record<FacetName, string> = {
  recognition: 'Ghi nhận “Dân vận khéo”',
  field: 'Lĩnh vực',
  place: 'Địa bàn',
  organisation: 'Tổ chức chủ trì',
  year: 'Năm ghi nhận',
  kind: 'Tập thể / cá nhân',
};

const placeModels = new WeakMap<Catalog, ReadonlyMap<string, readonly Model[]>>();

/**
 * The models each place counts, by place id: a model counts for its own unit, every unit that
 * encloses it and, for a former commune, the unit it is part of today (see getPlacesCovering).
 * Worked out once per catalog: the place pages, /dia-ban/, the map and the commune lookup all ask.
 */
function modelsByPlace(catalog: Catalog): ReadonlyMap<string, readonly Model[]> {
  const known = placeModels.get(catalog);
  if (known) return known;
  const byPlace = new Map<string, Model[]>();
  for (const m of catalog.models) {
    for (const p of getPlacesCovering(m.place)) {
      const list = byPlace.get(p.id);
      if (list) list.push(m);
      else byPlace.set(p.id, [m]);
    }
  }
  placeModels.set(catalog, byPlace);
  return byPlace;
}

/**
 * Every group of a facet with the models in it (in catalog order). Groups defined in data (fields,
 * places, organisations, kinds) are listed even when empty, so their pages exist and say so; years
 * come only from models.
 */
export function getFacetGroups(catalog: Catalog, facet: FacetName): FacetGroup[] {
  const { models } = catalog;
  switch (facet) {
    case 'recognition':
      return RECOGNITIONS.map((r) => ({
        key: r,
        label: RECOGNITION_LABELS[r],
        url: recognitionUrl(r),
        models: models.filter((m) => m.recognition.level === r),
      }));
    case 'field':
      return catalog.fields.map((f) => ({
        key: f.id,
        label: f.name,
        url: fieldUrl(f.id),
        models: models.filter((m) => m.field.id === f.id),
      }));
    case 'place': {
      const byPlace = modelsByPlace(catalog);
      return catalog.places.map((p) => ({
        key: p.id,
        label: p.distinctLabel,
        url: placeUrl(p.id),
        models: [...(byPlace.get(p.id) ?? [])],
      }));
    }
    case 'organisation':
      return catalog.organisations.map((o) => ({
        key: o.id,
        label: o.name,
        url: organisationUrl(o.id),
        models: models.filter((m) => m.organisations.some((mo) => mo.id === o.id)),
      }));
    case 'year': {
      // A model whose sources show no date has no year, and no year page.
      const years = [...new Set(models.flatMap((m) => (m.data.year ? [m.data.year] : [])))].sort((a, b) => b - a);
      return years.map((y) => ({
        key: String(y),
        label: String(y),
        url: yearUrl(y),
        models: models.filter((m) => m.data.year === y),
      }));
    }
    case 'kind':
      return MODEL_KINDS.map((k) => ({
        key: k,
        label: MODEL_KIND_LABELS[k],
        url: kindUrl(k),
        models: models.filter((m) => m.data.kind === k),
      }));
  }
}

/**
 * The facet groups that have models, for the browsing sidebar. Places and organisations keep the
 * catalog's order, by name in Vietnamese order (not by label, which starts with the kind of unit).
 */
export function getFacetCounts(catalog: Catalog, facet: FacetName): FacetGroup[] {
  return getFacetGroups(catalog, facet).filter((g) => g.models.length > 0);
}

/** A place in the index of places, with the number of models it counts (see getPlacesCovering). */
export interface PlaceEntry {
  place: Place;
  count: number;
}

/** One part of /dia-ban/: today's province and its units, or a province as it was, district by district. */
export interface PlaceIndexSection {
  /** Anchor of the section's heading. */
  key: string;
  title: string;
  /** The province itself, when it has a page of its own to link. */
  head?: PlaceEntry;
  /** Units in groups: one group of today's units, or one per former district with its communes. */
  groups: { head?: PlaceEntry; items: PlaceEntry[] }[];
}

/**
 * /dia-ban/ grouped as readers look for a place: the province as it is today with its units
 * (those in force, `validUntil` unset), then each province as it was before the 2025
 * reorganisation, former district by former district with the communes each held. Any place in
 * none of these (a unit added by hand outside that tree) closes the list, so every place page is
 * linked from here.
 */
export function getPlaceIndex(catalog: Catalog): PlaceIndexSection[] {
  const counts = new Map(getFacetGroups(catalog, 'place').map((g) => [g.key, g.models.length]));
  const entry = (place: Place): PlaceEntry => ({ place, count: counts.get(place.id) ?? 0 });
  const listed = new Set<Place>();
  const take = (places: Place[]) => {
    for (const p of places) listed.add(p);
    return places.map(entry);
  };
  const provinces = catalog.places.filter((p) => !p.parentPlace);
  const sections: PlaceIndexSection[] = [];
  for (const province of provinces.filter((p) => !p.validUntil)) {
    listed.add(province);
    const units = catalog.places.filter(
      (p) => !p.validUntil && p !== province && getEnclosingPlaces(p).includes(province),
    );
    sections.push({
      key: `${province.id}-hien-nay`,
      title: `${capitalize(province.label)} hiện nay`,
      head: entry(province),
      groups: [{ items: take(units) }],
    });
  }
  // Provinces in force first (their former districts: An Giang before 1/7/2025), then former ones.
  for (const province of [...provinces.filter((p) => !p.validUntil), ...provinces.filter((p) => p.validUntil)]) {
    const districts = getChildPlaces(catalog, province).filter((d) => d.validUntil);
    if (districts.length === 0) continue;
    const head = listed.has(province) ? undefined : take([province])[0];
    const day = changeDay(districts[0]!, []);
    sections.push({
      key: `${province.id}-truoc-sap-xep`,
      title: `${capitalize(province.label)} ${day ? `trước ngày ${day}` : 'trước khi sắp xếp'}`,
      ...(head ? { head } : {}),
      groups: districts.map((district) => ({
        head: take([district])[0]!,
        items: take(
          catalog.places.filter((p) => p !== district && getEnclosingPlaces(p).includes(district) && !listed.has(p)),
        ),
      })),
    });
  }
  const rest = catalog.places.filter((p) => !listed.has(p));
  if (rest.length > 0) sections.push({ key: 'khac', title: 'Địa bàn khác', groups: [{ items: take(rest) }] });
  return sections;
}
