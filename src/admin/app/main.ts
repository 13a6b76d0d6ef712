/**
 * The web editor at /admin/: Sveltia CMS from its npm package, bundled with the site (no CDN, no
 * request to another host), in Vietnamese, with previews in the site's own styles. Its config is
 * /admin/config.yml, generated from the schemas (src/admin/config.ts).
 */
import './prefs.ts';
import CMS from '@sveltia/cms';
import { startNewEntriesAsDrafts } from './new-entry.ts';
import { registerPreviews } from './preview.ts';

startNewEntriesAsDrafts();
registerPreviews(CMS);
void CMS.init();
