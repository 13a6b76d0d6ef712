/**
 * The plain rules the schemas apply: a calendar day that exists, a slug. The bottom of the tree:
 * it imports nothing, so the schemas import nothing from above them and `src/lib/` may use these
 * rules too.
 */

/** True when `day` is a real calendar day written as `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDate(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/**
 * The shape of a year, a month or a day (`2024`, `2024-03`, `2024-03-07`), as a pattern the web
 * editor can check while typing; `isPartialDate` also checks that the month and day exist.
 */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** True when `value` is a year, a month or a day that exists: `2024`, `2024-03` or `2024-03-07`. */
export function isPartialDate(value: string): boolean {
  return /^\d{4}$/.test(value) || isIsoDate(`${value}-01`) || isIsoDate(value);
}

/** Lower-case ASCII words joined by hyphens, the form `toSlug` produces. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const SLUG = new RegExp(SLUG_PATTERN);

/** True when `slug` is lower-case ASCII words joined by hyphens, the form `toSlug` produces. */
export function isSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/**
 * The earliest year any date or year on the site may have: 1930, when the Party's mass-mobilisation
 * work began (15 October 1930, still kept as its day). The site's subject is that work: Hồ Chí
 * Minh's article “Dân vận” (1949) may be a source, models (“Dân vận khéo” since 2009) are later,
 * and a year before 1930 is a typing mistake (1024 for 2024).
 */
export const EARLIEST_YEAR = 1930;

/**
 * The longest slug: a slug is a folder name in the built site and a URL people share, and the
 * longest in use is 65 characters. Past 80 it is a whole sentence (a 300-character one fails the
 * build on its file name).
 */
export const MAX_SLUG_LENGTH = 80;

/** A shorter slug to propose for `slug`: its first words, at most 60 characters. */
export function shortenSlug(slug: string): string {
  const words = slug.split('-');
  let short = words[0]!.slice(0, 60);
  for (const word of words.slice(1)) {
    if (short.length + 1 + word.length > 60) break;
    short += `-${word}`;
  }
  return short;
}
