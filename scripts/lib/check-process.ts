/**
 * The content check of `npm run build`, in a process of its own (scripts/lib/build-site.ts): when
 * it exits, all the memory the check used (about 170 MB at 3,400 entries) goes back to the system,
 * while Astro, started beside it, is still loading the content. In a worker thread, about 40 MB
 * of it stayed with the process that waits for Astro, for the whole build. It sends back the
 * report as printed and the counts, so the check's modules load in this process only.
 *
 * Run as `node check-process.ts <root> <content folder> <YYYY-MM-DD>` with an IPC channel.
 */
import './compile-cache.ts';

// Loaded once the compile cache is on (compile-cache.ts).
const { checkContent, countBySeverity, formatReport } = await import('./check-content.ts');

/** What the process sends back: the report and its counts (notes are neither errors nor warnings). */
export interface CheckSummary {
  /** `npm run check`'s Vietnamese report. */
  report: string;
  errors: number;
  warnings: number;
}

const [root, contentDir, today] = process.argv.slice(2) as [string, string, string];
const check = await checkContent(root, contentDir, today);
const { error: errors, warning: warnings } = countBySeverity(check.findings);
const summary: CheckSummary = { report: formatReport(check), errors, warnings };
process.send!(summary, () => process.disconnect());
