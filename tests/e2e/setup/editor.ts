/**
 * The web editor (/admin/) in the browser tests: a desktop context set to English on purpose (the
 * editor must speak Vietnamese anyway), tall enough that Sveltia renders every field at once (it
 * renders fields lazily as they scroll into view), recording every request and every
 * Content-Security-Policy violation, with `showDirectoryPicker()` answered by an OPFS folder
 * (see ./opfs.ts). `openRepository` then opens the editor on a copy of the content.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { open } from './browser.ts';
import { OPFS_REPO, pickOpfsFolder, seedOpfs, type RepoFile } from './opfs.ts';

/** The local-repository button of the editor's sign-in page. */
export const LOCAL_REPOSITORY = 'Làm việc với kho mã nguồn cục bộ';

/**
 * The editor's own work (listing the repository, loading the places, saving) on a loaded 2-core CI
 * machine: a guard against a hang for every action and wait in an editor context, not a speed
 * test. Playwright's 30 s was not enough once: a click waiting for the editor to list its entries
 * failed at 30 s in CI (builds and another browser beside it) where it takes 1.5 s alone.
 */
const HANG_GUARD = 150_000;

/**
 * The timeout of each test and hook in the editor's files: over twice the slowest measured in CI
 * (150.8 s, the new model with every field, 2026-12-01) and over twice `HANG_GUARD`, so that a
 * hang fails on the locator it waited for.
 */
export const EDITOR_TEST_TIMEOUT = 360_000;

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
  context.setDefaultTimeout(HANG_GUARD);
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
 *
 * Once the editor is open, Sveltia offers the browser's language (English here) in a bar across
 * the top, once per browser profile, and that bar pushes the page down as it appears: a click
 * aimed a moment earlier lands on something else. The bar always comes for a browser that is not
 * Vietnamese, so the tests wait for it and answer "Later" (Sveltia remembers the answer in the
 * context), as a member of staff would, before doing anything else.
 */
export async function openRepository(page: Page, files: RepoFile[]): Promise<void> {
  await open(page, '/gioi-thieu/');
  await seedOpfs(page, files);
  await open(page, '/admin/');
  await page.getByRole('button', { name: LOCAL_REPOSITORY }).click();
  const later = page.getByRole('button', { name: 'Later', exact: true });
  await later.click();
  await later.waitFor({ state: 'detached' });
}

/** The preview pane's document. */
export const preview = (page: Page): FrameLocator => page.frameLocator('iframe').first();

/** Picks `option` in the drop-down picker `label`. */
export async function pick(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Starts a new model at `place` and types its title once the editor is ready for it. Sveltia
 * loads the list of places the first time a form with the place picker opens, and when the list
 * arrives it sets the new entry's draft up again, wiping what was typed before: so the place is
 * picked first (its options exist only once the list does), then the title is typed, and the
 * preview showing it says the draft holds it.
 */
export async function startNewModel(page: Page, title: string, place: RegExp): Promise<void> {
  await page.getByText('Tạo mới', { exact: true }).first().click();
  // The address of a new entry carries its starting values (src/admin/app/new-entry.ts).
  await page.waitForURL(/#\/collections\/models\/new\?draft=true$/);
  // Its preview shows it, still without a name.
  await preview(page).locator('h1', { hasText: '(chưa có tên mô hình)' }).waitFor();
  await pick(page, 'Địa bàn', place);
  await page.getByRole('textbox', { name: 'Tên mô hình' }).fill(title);
  await preview(page).locator('h1', { hasText: title }).waitFor();
}

/**
 * What the page shows when the editor seems stuck: its address, any alert, dialog or status
 * message, and a screenshot in test-results/, so that a hang says why.
 */
async function describePage(page: Page): Promise<string> {
  const messages = await page
    .locator('[role="alert"], [role="alertdialog"], [role="dialog"], [role="status"]')
    .evaluateAll((elements) => elements.map((element) => element.textContent?.trim()).filter(Boolean));
  mkdirSync('test-results', { recursive: true });
  const screenshot = `test-results/editor-stuck-${Date.now()}.png`;
  await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
  return `address ${page.url()}; messages ${JSON.stringify(messages)}; screenshot ${screenshot}`;
}

/**
 * Clicks “Lưu” and waits until the editor has saved (its address names the entry, or it says
 * “Đã lưu bài viết.”) or refused (“Có N trường bị lỗi…”). The message counts as well as the
 * address, which is a weak sign: after saving a new entry Sveltia can be found back on the list
 * (seen while waiting for another address), and one CI run waited 150 s after the click without
 * seeing the entry's address, for a reason not recorded. A refusal fails at once, naming the
 * fields the editor marked wrong; neither, and the error says what the page shows.
 */
export async function saveEntry(page: Page, address: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const refusal = page.getByText(/^Có \d+ trường bị lỗi/);
  const saved = Promise.any([page.waitForURL(address), page.getByText('Đã lưu bài viết.').first().waitFor()]).then(
    () => 'saved' as const,
  );
  const refused = refusal.waitFor().then(() => 'refused' as const);
  // The loser of the race is still waiting; its eventual timeout must not count as unhandled.
  saved.catch(() => {});
  refused.catch(() => {});
  const outcome = await Promise.race([saved, refused]).catch(async (error: unknown) => {
    throw new Error(`the editor neither saved nor refused: ${await describePage(page)}`, { cause: error });
  });
  if (outcome === 'refused') {
    const fields = await page
      .locator('[aria-invalid="true"]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label') ?? element.id ?? element.outerHTML.slice(0, 120)),
      );
    throw new Error(`the editor refused to save: ${await refusal.textContent()} Fields: ${fields.join(', ')}`);
  }
}
