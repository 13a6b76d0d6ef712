/**
 * The Content-Security-Policy of /admin/ only; public pages keep theirs (astro.config.mjs). It is
 * the policy the CMS trial ran Sveltia under with no violation (../shared/docs/CMS-TRIAL.md §4),
 * plus the office's forge (src/admin/backend.ts): the editor calls its API and token endpoint and
 * shows avatars from it. Sveltia sets styles inline, previews uploaded pictures from blob: URLs and
 * draws the preview pane in a frame made from one, hence 'unsafe-inline' for styles and blob: for
 * images, fetches and frames; scripts come only from the site. The same policy is in /admin/index.html's <meta> (written by src/integrations/admin.ts) and
 * in deploy/nginx.conf's `location /admin/` header, which adds what a <meta> cannot set.
 */
import { FORGE } from './backend.ts';

/** The directives, in order; `frameAncestors` adds the one only a response header can carry. */
export function adminCsp({ frameAncestors = false, forge = FORGE.origin } = {}): string {
  const origin = new URL(forge).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${origin}`,
    `connect-src 'self' blob: data: ${origin}`,
    "font-src 'self'",
    // The preview pane is a frame drawn from a blob: URL.
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameAncestors ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}
