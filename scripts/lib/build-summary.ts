/**
 * The short Vietnamese summary that ends every `npm run build` (scripts/lib/build-site.ts), after
 * Astro's ~180 lines of English: how many pages were built, which are new, changed or gone since
 * the last good build, and where to look; or, for a build that failed, the reason in one line and
 * that the last good site was kept. Everything here but `listPages` and `changedBytes` works on
 * text and bytes only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { toPosix } from '../../src/lib/posix-path.ts';

/** Each built HTML page's address (`/mo-hinh/ten/`), with the file it is served from. */
export type PageFiles = ReadonlyMap<string, string>;

/** How many addresses each list names before "và N trang khác". */
export const LISTED_URLS = 5;

/** Where `npm run preview` serves the site (its `--port` in package.json). */
export const PREVIEW_URL = 'http://localhost:4321/';

/** The longest failure reason printed; Astro's messages can run over several hundred characters. */
const REASON_CHARS = 220;

/** The address a built file is served at: `mo-hinh/ten/index.html` → `/mo-hinh/ten/`, `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
  const posix = toPosix(file);
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page under `dir`, by address; empty when `dir` does not exist. */
export function listPages(dir: string): PageFiles {
  const pages = new Map<string, string>();
  if (!existsSync(dir)) return pages;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    pages.set(pageUrl(path.relative(dir, file)), file);
  }
  return pages;
}

export interface SiteChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * A model's or a news item's own page: what an editor edits, so it is listed before the listings,
 * facet pages and cards an edit also reaches (`/mo-hinh/trang/2/` is a listing, not an entry).
 */
const ENTRY_PAGE = /^\/(mo-hinh|tin-tuc)\/(?!trang\/)[^/]+\/$/;

/** Entry pages first, then the others. */
const rank = (url: string) => (ENTRY_PAGE.test(url) ? 0 : 1);
const byAddress = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * How many bytes of a page changed, at most: from the first byte that differs to the last. An
 * edited page changes in its head, its body and its structured data (wide); a page showing the
 * edited entry in one card changes in that card only (narrow).
 */
export function changedSpan(before: Uint8Array, after: Uint8Array): number {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return Math.max(before.length, after.length) - start - end;
}

/**
 * `changedSpan` of two files, read from disk: 0 when their bytes are the same. Two files compared
 * byte for byte, not hashed: at the province's scale (5,300 pages, 156 MB of HTML in each build)
 * listing, reading and hashing both sites with SHA-256 took 2.3–3.0 s on a 2-core machine,
 * listing, reading and comparing them 0.8–1.1 s.
 */
export function changedBytes(before: string, after: string): number {
  const old = readFileSync(before);
  const next = readFileSync(after);
  return old.equals(next) ? 0 : changedSpan(old, next);
}

/**
 * The pages added, changed and removed between two builds (`listPages` of each), entry pages
 * first. `changed` tells how many bytes of a page in both changed, from its two files
 * (`changedBytes`, 0 for none): the most changed come first, so the page the editor edited leads
 * the list rather than its cards elsewhere.
 */
export function compareSites(
  before: PageFiles,
  after: PageFiles,
  changed: (before: string, after: string) => number = changedBytes,
): SiteChanges {
  const added: string[] = [];
  const spans = new Map<string, number>();
  for (const [url, file] of after) {
    const previous = before.get(url);
    if (previous === undefined) added.push(url);
    else {
      const span = changed(previous, file);
      if (span > 0) spans.set(url, span);
    }
  }
  const removed = [...before.keys()].filter((url) => !after.has(url));
  return {
    added: added.sort((a, b) => rank(a) - rank(b) || byAddress(a, b)),
    changed: [...spans.keys()].sort(
      (a, b) => rank(a) - rank(b) || (spans.get(b) ?? 0) - (spans.get(a) ?? 0) || byAddress(a, b),
    ),
    removed: removed.sort((a, b) => rank(a) - rank(b) || byAddress(a, b)),
  };
}

/** At most `max` addresses, then how many more: `/a/, /b/ và 3 trang khác`. */
export function listUrls(urls: readonly string[], max = LISTED_URLS): string {
  const shown = urls.slice(0, max).join(', ');
  const more = urls.length - max;
  return more > 0 ? `${shown} và ${more} trang khác` : shown;
}

/** A count of pages in words: "1 trang mới", "không trang nào bị bỏ". */
function count(n: number, what: string): string {
  return n === 0 ? `không trang nào ${what}` : `${n} trang ${what}`;
}

const RULE = '── Tóm tắt ──────────────────────────────────────';

export interface SuccessSummary {
  /** HTML pages in the new site. */
  pages: number;
  /** The site folder as the editor knows it: `dist/`. */
  outLabel: string;
  /** Whether there was a previous site to compare with. */
  hadPrevious: boolean;
  changes: SiteChanges;
  /** Warnings `npm run check` printed before the build (they scrolled away above Astro's log). */
  warnings: number;
}

/** The closing lines of a build that succeeded (at most 8). */
export function formatSuccess(summary: SuccessSummary): string {
  const { added, changed, removed } = summary.changes;
  const lines = ['', RULE, `✓ Đã xây dựng xong trang web: ${summary.pages} trang, trong ${summary.outLabel}`];
  if (!summary.hadPrevious) {
    lines.push(`Đây là lần xây dựng đầu tiên: trước đó ${summary.outLabel} chưa có trang nào để so sánh.`);
  } else if (added.length + changed.length + removed.length === 0) {
    lines.push('So với lần trước: không trang nào mới, thay đổi hay bị bỏ.');
  } else {
    lines.push(
      `So với lần trước: ${count(added.length, 'mới')}, ${count(changed.length, 'thay đổi')}, ${count(removed.length, 'bị bỏ')}.`,
    );
    if (added.length > 0) lines.push(`  Mới: ${listUrls(added)}`);
    if (changed.length > 0) lines.push(`  Thay đổi: ${listUrls(changed)}`);
    if (removed.length > 0) lines.push(`  Bị bỏ: ${listUrls(removed)}`);
  }
  if (summary.warnings > 0) {
    lines.push(`Nội dung có ${summary.warnings} cảnh báo, in ở đầu (xem lại bằng “npm run check”).`);
  }
  lines.push(`Xem thử: chạy “npm run preview” rồi mở ${PREVIEW_URL}`);
  return lines.join('\n');
}

export interface FailureSummary {
  /** What went wrong, in one line. */
  reason: string;
  /**
   * `refused`: the check found errors and Astro was stopped before it built anything; `failed`:
   * Astro failed; `stopped`: the build was stopped (Ctrl+C, a signal).
   */
  kind: 'refused' | 'failed' | 'stopped';
  outLabel: string;
  /** Whether a previous site is still there, untouched. */
  hadPrevious: boolean;
}

const FAILURE: Record<FailureSummary['kind'], { heading: string; next: string }> = {
  refused: { heading: 'Chưa xây dựng', next: 'Sửa các lỗi rồi chạy lại “npm run build”.' },
  failed: { heading: 'Xây dựng không thành công', next: 'Đọc thông báo lỗi ở trên, sửa rồi chạy lại “npm run build”.' },
  stopped: { heading: 'Xây dựng bị dừng giữa chừng', next: 'Chạy lại “npm run build” để xây dựng trang web mới.' },
};

/** The closing lines of a build that failed, was refused or was stopped (3 lines after the rule). */
export function formatFailure(summary: FailureSummary): string {
  const { heading, next } = FAILURE[summary.kind];
  return [
    '',
    RULE,
    `✗ ${heading}: ${summary.reason}`,
    summary.hadPrevious
      ? `Trang web cũ trong ${summary.outLabel} vẫn giữ nguyên, không có gì bị ghi đè.`
      : `${summary.outLabel} chưa có trang web nào từ trước; không có gì được ghi.`,
    next,
  ].join('\n');
}

/** `text` on one line, cut at `REASON_CHARS`. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > REASON_CHARS ? `${flat.slice(0, REASON_CHARS - 1)}…` : flat;
}

/** Astro's own log lines start with the time: `01:07:20 [build] …`. */
const LOG_LINE = /^\d{2}:\d{2}:\d{2} /;
/** Astro's line announcing a failed bundle, which names no cause (the cause follows it). */
const NO_CAUSE = /build failed/i;

/**
 * The reason a failed Astro build gives, in one line, from everything it printed: an `[ERROR]`
 * line that names a cause, preferring one Astro labelled (`[build] Caught error rendering
 * /trang/: Error: …` says more than the bare `Error: …` printed before it); or else the first
 * unindented line after Astro's last log line, which is how a thrown error's message is printed
 * (a content error's heading gets its first item added: `Có 1 lỗi …: content/…`).
 * Undefined when there is none.
 */
export function failureReason(output: string): string | undefined {
  const lines = stripVTControlCharacters(output).split(/\r?\n/);
  const errors = lines
    .map((line) => /\[ERROR\]\s*(\[[^\]]*\]\s*)?(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => !!match?.[2]?.trim() && !NO_CAUSE.test(match[2]));
  const error = errors.find((match) => match[1]) ?? errors[0];
  if (error?.[2]) return oneLine(error[2]);
  const lastLog = lines.findLastIndex((line) => LOG_LINE.test(line));
  for (let i = lastLog + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // Stack traces and locations are indented; Node's own warnings name no cause of the failure.
    if (line.trim() === '' || /^\s/.test(line) || line.startsWith('(node:')) continue;
    const item = lines[i + 1]?.match(/^\s+[•\-*]\s+(.*)$/)?.[1];
    return oneLine(line.trim().endsWith(':') && item ? `${line} ${item}` : line);
  }
  return undefined;
}
