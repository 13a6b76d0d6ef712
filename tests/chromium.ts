/**
 * Debian's Chromium for every test that opens a page (scripts/lib/chromium.ts), with one guard
 * against a hang for each action, wait and navigation in place of Playwright's 30 s. A busy 2-core
 * CI machine running builds beside the browsers can take longer than 30 s for what takes 1.5 s
 * alone (the web editor listing its entries was seen doing so), and a test must not fail for being
 * slow. The guard stays under the browser tests' own timeout (120 s, vitest.config.ts) so that a
 * real hang fails naming the locator it waited for.
 */
import { launchChromium } from '../scripts/lib/chromium.ts';

export const PAGE_HANG_GUARD = 100_000;

export const launchTestChromium = () => launchChromium({ defaultTimeout: PAGE_HANG_GUARD });
