/**
 * Vietnamese text helpers: slugs, search keys and collation. Pure functions, no Astro imports,
 * so they can be used by the build, the scripts and the tests alike.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes every tone and vowel mark and maps đ/Đ to d/D. Unicode has no decomposition for đ, so
 * NFD alone leaves it in place ("đường" would stay "đuong").
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The ASCII URL slug for a title or file name: marks stripped, đ → d, lower case, every run of
 * other characters turned into one hyphen. "Đường ra cánh đồng" → "duong-ra-canh-dong".
 */
export function toSlug(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Old- and new-style tone placement differ only in "oa", "oe" and "uy" (hoà / hòa, thuỷ / thủy).
 * This moves the tone mark onto the first vowel of those pairs, so two spellings of one word compare
 * equal. It works on NFD text: the mark follows the vowel it sits on.
 */
function unifyTonePlacement(nfd: string): string {
  return nfd.replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2');
}

/**
 * Canonical form for comparing Vietnamese text that keeps its marks: NFC, one tone placement,
 * lower case, single spaces. Use it to find two titles that are "the same" however they were typed.
 */
export function toComparable(text: string): string {
  return unifyTonePlacement(text.normalize('NFD')).normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Folded form for matching what people type on a phone: no marks, đ → d, lower case. */
export function toSearchKey(text: string): string {
  return stripMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (d < đ < e; a < ă < â), for every sorted list of names. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `items` sorted by `key` in Vietnamese order. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}

/** First letter in upper case, for labels that start a sentence or a heading: "thị xã …" → "Thị xã …". */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * How many single-letter insertions, deletions or substitutions turn `a` into `b`: used to suggest
 * the id or component name an editor probably meant.
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
