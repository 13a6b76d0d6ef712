/**
 * Helpers for the RSS feeds. What editors type is text, and a feed must carry it as text:
 * - an item's `<description>` is HTML to feed readers (RSS 2.0 and the RSS Advisory Board's
 *   profile): @astrojs/rss only escapes it for XML, so a summary holding `<b>` or `<script>`
 *   would reach the reader as markup and be rendered. `feedDescription` escapes it for HTML
 *   first, so the reader shows the characters as typed;
 * - an item's `<title>` (and `<category>`) is plain text to feed readers: the XML escaping
 *   @astrojs/rss does is all it needs. Escaping it for HTML too would show “&lt;b&gt;” in every
 *   reader that follows the profile, to please the few that render titles as HTML.
 */

/**
 * A content day as the instant it starts in Vietnam (00:00 UTC+7), so feed readers show the same
 * day the site does, and the feed stays the same from one build to the next.
 */
export function toRssDate(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an item's `<description>`: escaped for HTML, which feed readers render it as. */
export function feedDescription(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
