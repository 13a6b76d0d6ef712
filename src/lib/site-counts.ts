/**
 * The site's own counts for /so-lieu/: how many models have a page HERE, by field, by province as
 * it was, and by year. They count this site's pages, never the movement, so the page shows them
 * apart from the official figures. Computed from the catalog, never typed by hand.
 */
import { getEnclosingPlaces } from './catalog.ts';
import type { Catalog, Place } from './catalog-types.ts';
import type { Bar } from './bar-chart.ts';
import { getFacetGroups } from './facets.ts';
import { changeDay } from './place-text.ts';
import { capitalize } from './text.ts';
import { placeUrl } from './urls.ts';

/** One count, as a bar of a chart and a row of its table. */
export interface CountBar extends Bar {
  key: string;
}

export interface SiteCounts {
  models: number;
  /** Every field, with its count (possibly none), linking to the field's page. */
  byField: CountBar[];
  /** See getProvinceCounts. */
  byProvince: CountBar[];
  /** Years in order, then the models whose sources show no year (no page of their own). */
  byYear: CountBar[];
  /** The day of the 2025 reorganisation as shown ("1/7/2025"), for the captions. */
  changeDay: string | undefined;
}

export function getSiteCounts(catalog: Catalog): SiteCounts {
  const years = getFacetGroups(catalog, 'year').sort((a, b) => Number(a.key) - Number(b.key));
  const undated = catalog.models.filter((m) => !m.data.year).length;
  return {
    models: catalog.models.length,
    byField: getFacetGroups(catalog, 'field').map((g) => ({
      key: g.key,
      label: g.label,
      value: g.models.length,
      href: g.url,
    })),
    byProvince: getProvinceCounts(catalog),
    byYear: [
      ...years.map((g) => ({ key: g.key, label: g.label, value: g.models.length, href: g.url })),
      ...(undated > 0 ? [{ key: 'khong-ghi-nam', label: 'Không ghi năm', value: undated }] : []),
    ],
    changeDay: getChangeDay(catalog),
  };
}

/** The groups of getProvinceCounts, in the order they are shown. */
type ProvinceGroup = 'former-of-current' | 'former-province' | 'whole-province' | 'current-units';
const ORDER: ProvinceGroup[] = ['former-of-current', 'former-province', 'whole-province', 'current-units'];

/**
 * Models by the province they were in when they ran, following each place's parents up to its
 * province: a former province (Kiên Giang before 1/7/2025, linking to its page, which lists the
 * same models); a province in force, counted as it was (An Giang's former districts and communes),
 * as a whole (a model of the province itself, placed in no one unit) and through its units in
 * force (the communes and wards from 1/7/2025). Only groups with models are listed.
 */
export function getProvinceCounts(catalog: Catalog): CountBar[] {
  const day = getChangeDay(catalog);
  const groups = new Map<string, CountBar & { group: ProvinceGroup; rank: number }>();
  const provinces = catalog.places.filter((p) => !p.parentPlace);
  const add = (key: string, group: ProvinceGroup, province: Place, make: () => Omit<Bar, 'value'>) => {
    const found = groups.get(key);
    if (found) found.value += 1;
    else groups.set(key, { key, group, rank: provinces.indexOf(province), ...make(), value: 1 });
  };
  for (const model of catalog.models) {
    const chain = getEnclosingPlaces(model.place);
    const province = chain.at(-1)!;
    const name = capitalize(province.label);
    if (province.validUntil) {
      add(province.id, 'former-province', province, () => ({ label: `${name} cũ`, href: placeUrl(province.id) }));
    } else if (model.place === province) {
      add(`${province.id}-toan-tinh`, 'whole-province', province, () => ({ label: `Toàn ${province.label}` }));
    } else if (isFormer(chain)) {
      add(`${province.id}-cu`, 'former-of-current', province, () => ({ label: `${name} cũ` }));
    } else {
      add(`${province.id}-hien-nay`, 'current-units', province, () => ({
        label: day ? `Xã, phường, đặc khu từ ${day}` : 'Xã, phường, đặc khu hiện nay',
      }));
    }
  }
  return [...groups.values()]
    .sort((a, b) => ORDER.indexOf(a.group) - ORDER.indexOf(b.group) || a.rank - b.rank)
    .map(({ key, label, value, href }) => ({ key, label, value, ...(href ? { href } : {}) }));
}

/** Whether a place, or a unit enclosing it, no longer exists in that form (it has a last day). */
function isFormer(chain: readonly Place[]): boolean {
  return chain.some((p) => p.validUntil);
}

/** The day the reorganised units took over, from the first former unit of the catalog. */
function getChangeDay(catalog: Catalog): string | undefined {
  const former = catalog.places.find((p) => p.validUntil);
  return former ? changeDay(former, []) : undefined;
}
