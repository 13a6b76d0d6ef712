/**
 * Small pieces of Vietnamese text about places and the 2025 reorganisation, shared by the place
 * page, the model page and the place index, so they say it the same way.
 */
import { getEnclosingPlaces, getPlaceToday } from './catalog.ts';
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

/**
 * What a place's name needs beside it on a model or news page when the place, or a unit enclosing
 * it, is no longer in force, so no reader takes it for today's unit: "trước 1/7/2025"; with
 * `today`, also the one unit it lies in now ("trước 1/7/2025, nay thuộc xã Khánh Bình"), left out
 * when its area went to several. `named` are the units written before the note (the place, or the
 * place and its parent); a unit no longer in force that is not among them is named in the note
 * ("xã Vĩnh Trạch trước 1/7/2025" after an ấp of that commune). Undefined for a unit in force.
 */
export function formerNote(
  place: Place,
  { named = [place], today = false }: { named?: readonly Place[]; today?: boolean } = {},
): string | undefined {
  const ended = getEnclosingPlaces(place).find((p) => p.validUntil !== undefined || p.successorPlaces.length > 0);
  if (!ended) return undefined;
  const now = getPlaceToday(place);
  const day = changeDay(ended, now?.units ?? []);
  const when = day ? `trước ${day}` : 'đã sắp xếp lại';
  const note = named.includes(ended) ? when : `${ended.label} ${when}`;
  const single = now && !now.sharedOut && now.units.length === 1 ? now.units[0] : undefined;
  return today && single ? `${note}, nay thuộc ${single.label}` : note;
}
