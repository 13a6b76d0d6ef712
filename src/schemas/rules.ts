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

/** True when `value` is a year, a month or a day that exists: `2024`, `2024-03` or `2024-03-07`. */
export function isPartialDate(value: string): boolean {
  return /^\d{4}$/.test(value) || isIsoDate(`${value}-01`) || isIsoDate(value);
}

/** True when `slug` is lower-case ASCII words joined by hyphens, the form `toSlug` produces. */
export function isSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
