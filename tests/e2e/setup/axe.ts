/** The accessibility sweep every browser test runs: axe-core's WCAG 2.1 A and AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core's WCAG 2.1 A and AA violations on the open page, one line each ("rule: selectors").
 * Legacy mode runs axe in the page itself: by default @axe-core/playwright opens a blank page to
 * gather the results of every frame, which cost about a fifth of each sweep's CPU (1.5 against 1.9 s
 * a page); what it adds is testing frames from other hosts, and no page of the site has any.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
