/**
 * Where the web editor at /admin/ saves: the ONE place to set it up for an office. Read at build
 * time (and by `npm run dev`) into /admin/config.yml and into /admin/'s Content-Security-Policy
 * (src/admin/csp.ts). deploy/nginx.conf repeats that policy in its `location /admin/` header;
 * tests/e2e/nginx.test.ts fails until both say the same, so change the origin there too.
 *
 * Two ways of saving, both without any server written for this site:
 * 1. "Làm việc với kho mã nguồn cục bộ" (work with a local repository): on a staff computer with a
 *    clone of the repository, in Chrome or Edge, the editor writes straight into `content/` through
 *    the browser's File System Access API. Nothing to set here; it works with `npm run dev` or any
 *    copy of the built site opened on localhost.
 * 2. The office's own Forgejo (12 or later) or Gitea (1.24 or later) server: staff sign in there and
 *    the editor commits through its API. Register an OAuth2 application on that server (Site
 *    administration, or the organisation's settings → Applications → "Create a new OAuth2
 *    application", redirect URI `<site>/admin/`, not confidential) and copy its client id into
 *    `appId`. A client id is not a secret: it is sent to every browser anyway, and PKCE replaces the
 *    client secret, which never goes into this repository. Without an id, staff can still sign in
 *    with a personal access token of their own.
 *
 * The values below are placeholders on the reserved `.example` domain, like SITE_URL in
 * src/config.ts: set the real ones at deployment, never guess them.
 */

export interface ForgeSettings {
  /** `gitea` serves Forgejo and Gitea alike. */
  name: 'gitea';
  /** The forge's address, origin only: `https://git.angiang.example`. */
  origin: string;
  /** The repository, `owner/name`. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** The OAuth2 application's client id (see above); empty: sign-in with an access token only. */
  appId: string;
}

export const FORGE: ForgeSettings = {
  name: 'gitea',
  origin: 'https://git.danvankheo.angiang.example',
  repo: 'ban-bien-tap/dan-van-kheo-an-giang',
  branch: 'main',
  appId: '',
};
