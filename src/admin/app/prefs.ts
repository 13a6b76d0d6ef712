/**
 * The editor speaks Vietnamese whatever the browser's language. Sveltia CMS ignores the config's
 * `locale` and follows the browser, or the language chosen in its settings, which it keeps in
 * localStorage (`sveltia-cms.prefs`). This module runs before Sveltia's (main.ts imports it
 * first) and chooses Vietnamese when nobody has chosen yet; a member of staff may still switch.
 */
const KEY = 'sveltia-cms.prefs';

let prefs: Record<string, unknown> = {};
try {
  const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
  if (stored && typeof stored === 'object') prefs = stored as Record<string, unknown>;
} catch {
  // Unreadable preferences are replaced.
}
if (!prefs['locale']) localStorage.setItem(KEY, JSON.stringify({ ...prefs, locale: 'vi' }));

export {};
