/**
 * Sums the JSON reports Vitest wrote (one per npm test script) into the plain closing line
 * "N passed, N failed" that CI reads. A run that stopped before some tests (a type error, a failed
 * build, unit failures before e2e) must not read as a clean count: the missing runs are named on
 * the line before, and a failed `npm test` never reports 0 failed.
 * `npm test` (scripts/run-tests.ts) prints these lines last; by hand:
 * Usage: node scripts/test-summary.ts .vitest [exit status of npm test]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

/** The reports `npm test` writes, one per test script (see vitest.config.ts). */
export const RUNS = ['test-unit', 'test-builds', 'test-e2e'];

/** The closing lines: a note when something was skipped or not run, then "N passed, N failed". */
export function summaryLines(dir: string, exitStatus: number): string[] {
  const found = RUNS.filter((run) => existsSync(path.join(dir, `${run}.json`)));
  const reports = found.map((run) => JSON.parse(readFileSync(path.join(dir, `${run}.json`), 'utf8')) as Report);
  const sum = (key: keyof Report) => reports.reduce((total, r) => total + r[key], 0);
  const missing = RUNS.filter((run) => !found.includes(run));
  // npm test failed outside any test (astro check, lint, the build) or stopped early: count that failure.
  const failed = sum('numFailedTests') || (exitStatus !== 0 ? 1 : 0);
  const skipped = sum('numPendingTests') + sum('numTodoTests');
  const notes = [
    ...(skipped > 0 ? [`${skipped} skipped`] : []),
    ...(missing.length > 0 ? [`not run: ${missing.join(', ')} (npm test stopped earlier, see above)`] : []),
  ];
  return [...(notes.length > 0 ? [notes.join('; ')] : []), `${sum('numPassedTests')} passed, ${failed} failed`];
}

if (import.meta.main) {
  const lines = summaryLines(process.argv[2] ?? '.vitest', Number(process.argv[3] ?? 0));
  console.log(lines.join('\n'));
}
