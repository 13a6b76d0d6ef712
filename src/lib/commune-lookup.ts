/**
 * How /tra-cuu-xa-phuong/ matches what a reader types against the names of communes, wards and
 * special zones, former and new. The page computes each entry's key with these functions at build
 * time and the browser script (src/client/commune-lookup.ts) folds the query with the same ones,
 * so both sides fold alike. Imported by browser code: keep it small and free of catalog imports.
 */
import { formatNumber } from './format.ts';
import { toSlug } from './text.ts';

/** The query parameter that holds what was typed, so a lookup can be shared as a link. */
export const LOOKUP_PARAM = 'q';

/** The data attributes the page writes and the script reads (`data-k`, kept short: ~400 of them). */
export const LOOKUP_DATA = {
  /** On each entry: its search keys (see toLookupKeys). */
  key: 'k',
} as const;

/** Between the keys of one entry (a name and its other spellings) inside `data-k`. */
const KEY_SEPARATOR = '|';

/**
 * Kinds of unit typed before or after a name ("xa vinh te", "phuong long xuyen"): the names hold
 * none of these words (checked on the 2025 data by tests/lib/commune-lookup.test.ts), so they can
 * be dropped from the query wherever they stand.
 */
const KIND_WORDS = / (?:xa|phuong|thi tran|dac khu)(?= )/g;

/**
 * A name or a query as people type it on a phone: no tone or vowel marks (so old- and new-style
 * tone placement, Hoà and Hòa, fold alike, and NFC and NFD too), đ as d, lower case, anything but
 * letters and digits as one space.
 */
export function foldName(text: string): string {
  // The URL slug's folding, with spaces where the slug has hyphens.
  return toSlug(text).replaceAll('-', ' ');
}

/** The folded query: `foldName`, then without the kinds of unit typed with the name. */
export function foldQuery(query: string): string {
  return ` ${foldName(query)} `.replace(KIND_WORDS, '').trim();
}

/** The `data-k` value of an entry: its name and other spellings, folded, each once. */
export function toLookupKeys(names: readonly string[]): string {
  return [...new Set(names.map(foldName))].join(KEY_SEPARATOR);
}

/**
 * Whether an entry with these keys answers a folded query: the query starts a word of a name and
 * runs on from there ("vinh t" finds "Vĩnh Tế", "te" too, "inh" does not), or it is the start of
 * a name typed without spaces ("longxuyen"). An empty query matches everything.
 */
export function matchesLookup(keys: string, folded: string): boolean {
  if (folded === '') return true;
  const compact = folded.replace(/ /g, '');
  return keys
    .split(KEY_SEPARATOR)
    .some((key) => ` ${key}`.includes(` ${folded}`) || key.replace(/ /g, '').startsWith(compact));
}

/** What the live region says after a lookup: "12 kết quả cho “vinh te”." (empty when nothing is typed). */
export function describeLookup(count: number, query: string): string {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (typed === '') return '';
  if (count === 0) return `Không có xã, phường nào khớp với “${typed}”. Hãy thử gõ tên khác hoặc xóa bớt chữ.`;
  return `${formatNumber(count)} kết quả cho “${typed}”.`;
}
