/**
 * Runs Lighthouse (default mobile emulation and simulated throttling) in Debian's Chromium against
 * a built site served like production (gzip), and returns the category scores per page, with LCP
 * and CLS when performance is measured. `npm run bench` measures all four categories and writes
 * them to docs/PERFORMANCE.md; the Lighthouse test asks only for the three that do not depend on
 * timing (accessibility, best practices, SEO), which is also quicker.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from './static-server.ts';

export const LIGHTHOUSE_PAGES: [string, string][] = [
  ['home', '/'],
  ['models list', '/mo-hinh/'],
  ['model page', '/mo-hinh/hien-dat-lam-duong-thoai-son/'],
  ['news page', '/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2023/'],
  ['search page', '/tim-kiem/'],
];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string;
  path: string;
  /** 0–100 for each category that was run. */
  scores: Partial<Record<Category, number>>;
  /** Largest Contentful Paint and Cumulative Layout Shift: only when performance was run. */
  lcpMs?: number;
  cls?: number;
  failing: string[];
}

export async function runLighthouse(
  dist: string,
  options: { pages?: [string, string][]; categories?: readonly Category[] } = {},
): Promise<LighthouseResult[]> {
  const { pages = LIGHTHOUSE_PAGES, categories = CATEGORIES } = options;
  const { server, url } = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [name, path] of pages) {
      const run = await lighthouse(`${url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        name,
        path,
        scores: Object.fromEntries(categories.map((id) => [id, score(id)])),
        ...(categories.includes('performance')
          ? {
              lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
              cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
            }
          : {}),
        failing: Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== 'informative' &&
              a.scoreDisplayMode !== 'manual' &&
              a.scoreDisplayMode !== 'notApplicable',
          )
          .map((a) => `${a.id} (${a.score})`),
      });
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}
