/** Helpers for the RSS feeds. */

/**
 * A content day as the instant it starts in Vietnam (00:00 UTC+7), so feed readers show the same
 * day the site does, and the feed stays the same from one build to the next.
 */
export function toRssDate(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}
