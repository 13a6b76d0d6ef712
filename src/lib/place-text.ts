/**
 * Small pieces of Vietnamese text about places and the 2025 reorganisation, shared by the place
 * page, the model page and the place index, so they say it the same way.
 */
import type { Place } from './catalog-types.ts';
import { formatShortDate } from './format.ts';

/** The units enclosing `units` (usually one: "tỉnh An Giang"), each once, joined. */
export function todayParents(units: readonly Place[]): string {
  return [...new Set(units.flatMap((u) => (u.parentPlace ? [u.parentPlace.label] : [])))].join(', ');
}

/** "xã", "xã, phường", "xã, phường, đặc khu": the kinds of `units`, each once, in their order. */
export function kindsOf(units: readonly Place[]): string {
  return [...new Set(units.map((u) => u.kind))].join(', ');
}

/**
 * The day the units in force took over, as shown: "1/7/2025" from their `validFrom`, else the day
 * after the former unit's last day; undefined when the data gives neither.
 */
export function changeDay(former: Place, units: readonly Place[]): string | undefined {
  const from = units.find((u) => u.validFrom)?.validFrom;
  if (from) return formatShortDate(from);
  if (!former.validUntil) return undefined;
  const next = new Date(`${former.validUntil}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return formatShortDate(next.toISOString().slice(0, 10));
}

/** A sentence about places as text runs and links, rendered with no stray space ("A, B, C"). */
export type Sentence = (string | Place)[];

/** `places` joined with ", ", each a link (`suffix` adds text after one, such as its district). */
export function listOf(places: readonly Place[], suffix: (p: Place) => string = () => ''): Sentence {
  return places.flatMap((p, i) => [...(i > 0 ? [', '] : []), p, ...(suffix(p) ? [suffix(p)] : [])]);
}
