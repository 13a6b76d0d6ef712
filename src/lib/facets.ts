/**
 * Browsing models by recognition ("Dân vận khéo" or not), field, place, organisation, year and collective/individual: the groups, their
 * counts and their URLs, all computed from content. Each group becomes a static page, so browsing
 * works without JavaScript.
 */
import { getEnclosingPlaces } from './catalog.ts';
import type { Catalog, Model } from './catalog-types.ts';
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
    case 'place':
      return catalog.places.map((p) => ({
        key: p.id,
        label: p.label,
        url: placeUrl(p.id),
        // A model counts for its own unit and every unit that encloses it.
        models: models.filter((m) => getEnclosingPlaces(m.place).includes(p)),
      }));
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
