/**
 * The content check of `npm run build`, in a process of its own (scripts/lib/build-site.ts): when
 * it exits, all the memory the check used (about 170 MB at 3,400 entries) goes back to the system
 * before Astro starts. In a worker thread, about 40 MB of it stayed with the process that waits
 * for Astro, for the whole build. It sends back the report as printed and the counts, so the
 * check's modules load in this process only.
 *
 * Run as `node check-process.ts <root> <content folder> <YYYY-MM-DD>` with an IPC channel.
 */
import { checkContent, formatReport } from './check-content.ts';

/** What the process sends back. */
export interface CheckResult {
  /** `npm run check`'s Vietnamese report. */
  report: string;
  errors: number;
  warnings: number;
}

const [root, contentDir, today] = process.argv.slice(2) as [string, string, string];
const check = await checkContent(root, contentDir, today);
const errors = check.findings.filter((finding) => finding.severity === 'error').length;
const result: CheckResult = { report: formatReport(check), errors, warnings: check.findings.length - errors };
process.send!(result, () => process.disconnect());
