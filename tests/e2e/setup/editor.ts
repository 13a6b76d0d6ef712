/**
 * The web editor (/admin/) in the browser tests: a desktop context set to English on purpose (the
 * editor must speak Vietnamese anyway), tall enough that Sveltia renders every field at once (it
 * renders fields lazily as they scroll into view), recording every request and every
 * Content-Security-Policy violation, with `showDirectoryPicker()` answered by an OPFS folder
 * (see ./opfs.ts). `openRepository` then opens the editor on a copy of the content.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { open } from './browser.ts';
import { OPFS_REPO, pickOpfsFolder, seedOpfs, type RepoFile } from './opfs.ts';

/** The local-repository button of the editor's sign-in page. */
export const LOCAL_REPOSITORY = 'Làm việc với kho mã nguồn cục bộ';

export interface EditorContext {
  context: BrowserContext;
  /** Every URL the context requested. */
  requests: string[];
  /** Every CSP violation any page or frame reported: `directive blocked-URI`. */
  violations: string[];
}

export async function newEditorContext(browser: Browser): Promise<EditorContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 4000 },
    locale: 'en-US',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const requests: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Reported from every frame, the preview's included.
  await context.exposeBinding('dvkReportCspViolation', (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { dvkReportCspViolation(v: string): Promise<void> }).dvkReportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await pickOpfsFolder(context, OPFS_REPO);
  return { context, requests, violations };
}

/** The requests that went anywhere but `base`'s host (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], base: string): string[] {
  const host = new URL(base).host;
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== host);
}

/**
 * Puts `files` in the OPFS repository (from a page of the site, same origin as the editor), opens
 * /admin/ and chooses the local repository: the editor then lists the repository's entries.
 */
export async function openRepository(page: Page, files: RepoFile[]): Promise<void> {
  await open(page, '/gioi-thieu/');
  await seedOpfs(page, files);
  await open(page, '/admin/');
  await page.getByRole('button', { name: LOCAL_REPOSITORY }).click();
}
