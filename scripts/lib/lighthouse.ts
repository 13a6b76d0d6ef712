/**
 * Runs Lighthouse (default mobile emulation and simulated throttling) in Debian's Chromium against
 * a built site served like production (gzip), and returns the four category scores, LCP and CLS
 * per page. Used by the Lighthouse test and by `npm run bench`.
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

export interface LighthouseResult {
  name: string;
  path: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  lcpMs: number;
  cls: number;
  failing: string[];
}

export async function runLighthouse(dist: string, pages = LIGHTHOUSE_PAGES): Promise<LighthouseResult[]> {
  const { server, url } = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [name, path] of pages) {
      const run = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = run?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        name,
        path,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
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
