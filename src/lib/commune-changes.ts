/**
 * The two lists of /tra-cuu-xa-phuong/ ("Xã, phường của tôi nay là gì?"): the communes, wards and
 * special zones formed on 1/7/2025, each with the former units it was made of, and the former
 * communes, wards and towns, each with the unit(s) it went to; both A→Z by letter, with the models
 * each counts (as on its place page: a former commune's models count for its new unit too).
 * Build-side only; the matching rules the browser shares are in commune-lookup.ts.
 */
import { getCurrentSuccessors, getFormerUnits } from './catalog.ts';
import type { Catalog, Model, Place } from './catalog-types.ts';
import { toLookupKeys } from './commune-lookup.ts';
import { getFacetGroups } from './facets.ts';
import { formatNumber } from './format.ts';
import { listOf, type Sentence } from './place-text.ts';
import { sortByVi } from './text.ts';

/** Units at the level the 2025 reorganisation merged (the district level was abolished, not merged). */
const COMMUNE_KINDS: ReadonlySet<string> = new Set(['xã', 'phường', 'thị trấn', 'đặc khu']);

/** Former units of one former district, in a new unit's entry ("huyện An Phú: xã Khánh An, …"). */
export interface FormerGroup {
  district: Place | undefined;
  /** `part`: the unit was split, and only part of it went to this new unit. */
  units: { place: Place; part: boolean }[];
}

export interface NewUnitEntry {
  place: Place;
  /** Folded names for the lookup (`data-k`). */
  keys: string;
  from: FormerGroup[];
  models: Model[];
}

export interface FormerUnitEntry {
  place: Place;
  keys: string;
  /** The units in force that took it over: one, or several when it was split. */
  to: Place[];
  models: Model[];
}

/** Entries under one letter of the Vietnamese alphabet, with the anchor of its heading. */
export interface LetterGroup<T> {
  letter: string;
  anchor: string;
  entries: T[];
}

export interface CommuneChanges {
  newUnits: LetterGroup<NewUnitEntry>[];
  formerUnits: LetterGroup<FormerUnitEntry>[];
  newCount: number;
  formerCount: number;
}

/** Marks that make a letter of their own (ă, â, ê, ô, ơ, ư); tone marks do not. */
const LETTER_MARKS = /[\u0302\u0306\u031b]/;

/** The letter a name is filed under: "Óc Eo" → "O", "Ô Lâm" → "Ô", "Định Mỹ" → "Đ". */
export function initialOf(name: string): string {
  const [base = '', ...marks] = [...name.trim().normalize('NFD')].slice(0, 4);
  const own = [];
  for (const mark of marks) {
    if (!/[\u0300-\u036f]/.test(mark)) break;
    if (LETTER_MARKS.test(mark)) own.push(mark);
  }
  return (base + own.join('')).normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * An ASCII anchor for a letter, as Telex types it (Đ → dd, Ô → oo, Ư → uw), so D and Đ, O, Ô and Ơ
 * get anchors of their own.
 */
export function letterAnchor(prefix: string, letter: string): string {
  const telex: Record<string, string> = { Đ: 'dd', Ă: 'aw', Â: 'aa', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw' };
  return `${prefix}-${telex[letter] ?? letter.toLowerCase()}`;
}

/** A→Z by name, then by former district, so units of one name stand together in a fixed order. */
function byName(places: readonly Place[]): Place[] {
  return sortByVi(
    sortByVi(places, (p) => p.parentPlace?.name ?? ''),
    (p) => p.name,
  );
}

function byLetter<T extends { place: Place }>(entries: T[], prefix: string): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const entry of entries) {
    const letter = initialOf(entry.place.name);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, anchor: letterAnchor(prefix, letter), entries: [entry] });
  }
  return groups;
}

/** The former units of `unit` by former district, districts A→Z. */
function formerGroups(unit: Place): FormerGroup[] {
  const groups = new Map<Place | undefined, FormerGroup>();
  for (const place of getFormerUnits(unit).filter((p) => COMMUNE_KINDS.has(p.kind))) {
    const district = place.parentPlace;
    const group = groups.get(district) ?? { district, units: [] };
    group.units.push({ place, part: place.successorPlaces.length > 1 });
    groups.set(district, group);
  }
  return sortByVi([...groups.values()], (g) => g.district?.name ?? '');
}

/**
 * Both lists, from the catalog: new units are the commune-level units in force formed from former
 * commune-level units; former units, the commune-level units that record successors.
 */
export function getCommuneChanges(catalog: Catalog): CommuneChanges {
  const modelsOf = new Map(getFacetGroups(catalog, 'place').map((g) => [g.key, g.models]));
  const models = (place: Place) => modelsOf.get(place.id) ?? [];
  const keys = (place: Place) => toLookupKeys([place.name, ...place.aliases]);
  const communes = catalog.places.filter((p) => COMMUNE_KINDS.has(p.kind));
  const newUnits = byName(
    communes.filter((p) => !p.validUntil && getFormerUnits(p).some((f) => COMMUNE_KINDS.has(f.kind))),
  ).map((place) => ({ place, keys: keys(place), from: formerGroups(place), models: models(place) }));
  const formerUnits = byName(communes.filter((p) => p.successorPlaces.length > 0)).map((place) => ({
    place,
    keys: keys(place),
    to: getCurrentSuccessors(place),
    models: models(place),
  }));
  return {
    newUnits: byLetter(newUnits, 'moi'),
    formerUnits: byLetter(formerUnits, 'cu'),
    newCount: newUnits.length,
    formerCount: formerUnits.length,
  };
}

/**
 * A new unit and what it was formed from, as a sentence of links: "phường Vĩnh Tế: gồm phường Núi
 * Sam, xã Vĩnh Tế, một phần xã Vĩnh Châu (thành phố Châu Đốc)"; former districts apart, by "; ".
 */
export function formedFromSentence(entry: NewUnitEntry): Sentence {
  return [
    entry.place,
    ': gồm ',
    ...entry.from.flatMap((group, i) => [
      ...(i > 0 ? ['; '] : []),
      ...group.units.flatMap(({ place, part }, j) => [...(j > 0 ? [', '] : []), ...(part ? ['một phần '] : []), place]),
      ...(group.district ? [` (${group.district.distinctLabel})`] : []),
    ]),
  ];
}

/**
 * A former unit and where it went: "xã Vĩnh Tế (thành phố Châu Đốc): nay thuộc phường Vĩnh Tế", or
 * "nay chia về …" when it was split.
 */
export function wentToSentence(entry: FormerUnitEntry): Sentence {
  const district = entry.place.parentPlace ? ` (${entry.place.parentPlace.distinctLabel})` : '';
  return [
    entry.place,
    `${district}: `,
    ...(entry.to.length > 1
      ? ['nay chia về ', ...listOf(entry.to), ' (mỗi nơi một phần)']
      : ['nay thuộc ', ...listOf(entry.to)]),
  ];
}

/**
 * The line under an entry with models, `lead` then a link: one model is named ("Mô hình: " and its
 * title); several are counted ("Có " and "2 mô hình") and link to the place page, which lists the
 * same models (both count them by getPlacesCovering). Titles of every model of ~400 entries would
 * outgrow the page's 25 kB budget as models are added; a count stays a few bytes an entry.
 * Undefined without models.
 */
export function modelsLink(entry: {
  place: Place;
  models: readonly Model[];
}): { lead: string; text: string; url: string } | undefined {
  const [first, ...rest] = entry.models;
  if (!first) return undefined;
  if (rest.length === 0) return { lead: 'Mô hình: ', text: first.data.title, url: first.url };
  return { lead: 'Có ', text: `${formatNumber(entry.models.length)} mô hình`, url: entry.place.url };
}
