/**
 * The content check of `npm run build`, in a worker thread (scripts/lib/build-site.ts): when the
 * worker ends, the memory the check used (about 170 MB at 3,400 entries) goes back to the system
 * before Astro starts, instead of staying in the process that waits for Astro to finish. It sends
 * back the report as printed and the counts, so the check's modules load in the worker only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, formatReport } from './check-content.ts';

/** What the worker sends back. */
export interface WorkerCheck {
  /** `npm run check`'s Vietnamese report. */
  report: string;
  errors: number;
  warnings: number;
}

const { root, contentDir, today } = workerData as { root: string; contentDir: string; today: string };
const check = await checkContent(root, contentDir, today);
const errors = check.findings.filter((finding) => finding.severity === 'error').length;
parentPort!.postMessage({
  report: formatReport(check),
  errors,
  warnings: check.findings.length - errors,
} satisfies WorkerCheck);
