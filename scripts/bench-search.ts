/**
 * Search benchmark at the province's scale: 2,400 synthetic models and 1,000 news items (never
 * part of the real site), built and indexed, then searched in Debian's Chromium with the CPU
 * slowed 4× the way Lighthouse imitates a mid-range phone. Prints the figures and writes them to
 * docs/PERFORMANCE.md. Targets: first query ≤ 150 kB, later queries ≤ 60 kB, results ≤ 300 ms.
 *
 * Usage: npm run bench:search [-- --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { generateCorpus } from './lib/corpus.ts';
import { describeMachine, kB, writeSection } from './lib/performance-doc.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, '.bench');
const corpusDir = path.join(benchDir, 'search-corpus');
const outDir = path.join(benchDir, 'search-dist');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const MODELS = 2400;
const NEWS = 1000;
const FIRST_QUERY = 'duong ra canh dong';
const LATER_QUERIES = [
  'thanh nien khoi nghiep',
  'Tịnh Biên',
  'cau dan sinh',
  'quỹ khuyến học',
  'to tu quan an ninh',
  'nha dai doan ket',
];
const TARGETS = { first: 150_000, later: 60_000, ms: 300 };

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

console.log(`Tạo ${MODELS} mô hình và ${NEWS} tin thử nghiệm…`);
await generateCorpus({ dir: corpusDir, models: MODELS, news: NEWS });
console.log('Build và lập chỉ mục…');
const started = performance.now();
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'astro.ts'), 'build'], {
  cwd: root,
  env: {
    ...process.env,
    DVK_CONTENT_DIR: path.relative(root, path.join(corpusDir, 'content')),
    DVK_OUT_DIR: outDir,
    DVK_CACHE_DIR: path.join(benchDir, 'search-cache'),
  },
  encoding: 'utf8',
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  throw new Error('Build thất bại.');
}
const buildSeconds = (performance.now() - started) / 1000;
const index = sizeOf(path.join(outDir, 'pagefind'));
const pages = Number(/Đã lập chỉ mục tìm kiếm cho (\d+) trang/.exec(build.stdout)?.[1] ?? 0);

const { server, url, sent } = await startStaticServer(outDir);
const browser = await launchChromium();

interface Measure {
  bytes: number;
  ms: number;
  results: string;
}
const first: Measure[] = [];
const later: Measure[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/tim-kiem/`, { waitUntil: 'networkidle' });

    const measure = async (query: string, focusFirst: boolean): Promise<Measure> => {
      sent.bytes = 0;
      const result = await page.evaluate(
        ({ query, focusFirst }) =>
          new Promise<{ ms: number; results: string }>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
            const status = document.querySelector('[data-search-status]')!;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent?.includes(`“${query}”`)) {
                observer.disconnect();
                resolve({ ms: performance.now() - start, results: status.textContent });
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            if (focusFirst) input.focus();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { query, focusFirst },
      );
      // Let late fetches (the rest of the first page of results) finish before counting.
      await page.waitForTimeout(500);
      return { ...result, bytes: sent.bytes };
    };

    first.push(await measure(FIRST_QUERY, true));
    for (const query of LATER_QUERIES) later.push(await measure(query, false));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const max = (values: number[]) => Math.max(...values);
const figures = {
  firstBytes: median(first.map((m) => m.bytes)),
  firstMs: median(first.map((m) => m.ms)),
  laterBytes: median(later.map((m) => m.bytes)),
  laterBytesMax: max(later.map((m) => m.bytes)),
  laterMs: median(later.map((m) => m.ms)),
  laterMsMax: max(later.map((m) => m.ms)),
};
const ok = (value: number, target: number) => (value <= target ? '✓' : '✗ over target');
const today = new Date().toISOString().slice(0, 10);
const table = `## Search (\`npm run bench:search\`)

Measured ${today} on ${describeMachine()}; Debian Chromium, CPU throttled 4×, ${runs} runs, phone viewport.
Corpus: ${MODELS.toLocaleString('vi-VN')} synthetic models and ${NEWS.toLocaleString('vi-VN')} synthetic news items
(scripts/lib/corpus.ts), ${pages.toLocaleString('vi-VN')} pages indexed. Build and index: ${buildSeconds.toFixed(1)} s.
Bytes are counted at the server as sent (gzip for text, as nginx would send them), so the
search worker's requests are included.

| measure | value | target |
| --- | --- | --- |
| index size on disk (\`dist/pagefind\`, ${index.files} files) | ${kB(index.bytes)} | — |
| first query “${FIRST_QUERY}”, bytes transferred (median) | ${kB(figures.firstBytes)} | ≤ 150 kB ${ok(figures.firstBytes, TARGETS.first)} |
| first query, keystroke → results rendered (median) | ${figures.firstMs.toFixed(0)} ms | — |
| later query, bytes transferred (median / max of ${later.length}) | ${kB(figures.laterBytes)} / ${kB(figures.laterBytesMax)} | ≤ 60 kB ${ok(figures.laterBytesMax, TARGETS.later)} |
| later query, keystroke → results rendered (median / max) | ${figures.laterMs.toFixed(0)} ms / ${figures.laterMsMax.toFixed(0)} ms | ≤ 300 ms ${ok(figures.laterMsMax, TARGETS.ms)} |

The first query includes loading Pagefind itself (script, WebAssembly, index metadata), which starts when the
search box gets focus; the 300 ms target is for queries once it is loaded.`;
console.log(`\n${table}\n`);
console.log(`Đã ghi vào ${await writeSection('bench-search', table)}`);
