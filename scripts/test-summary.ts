/**
 * Sums the JSON reports Vitest wrote (one per npm test script) into the plain closing line
 * "N passed, N failed, N skipped" that CI reads. A run that stopped before some tests (a type
 * error, a failed build, unit failures before e2e) must not read as a clean count: the missing
 * runs are named, and a failed `npm test` never reports 0 failed.
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

/** The reports `npm test` writes, one per script (see vitest.config.ts). */
const RUNS = ['test-unit', 'test-e2e'];

const dir = process.argv[2] ?? '.vitest';
const exitStatus = Number(process.argv[3] ?? 0);
const found = RUNS.filter((run) => existsSync(path.join(dir, `${run}.json`)));
const reports = found.map((run) => JSON.parse(readFileSync(path.join(dir, `${run}.json`), 'utf8')) as Report);
const sum = (key: keyof Report) => reports.reduce((total, r) => total + r[key], 0);
const missing = RUNS.filter((run) => !found.includes(run));
// npm test failed outside any test (astro check, the build) or stopped early: count that failure.
const failed = sum('numFailedTests') || (exitStatus !== 0 ? 1 : 0);
const note = missing.length > 0 ? ` (not run: ${missing.join(', ')}; npm test stopped earlier, see above)` : '';
console.log(
  `${sum('numPassedTests')} passed, ${failed} failed, ${sum('numPendingTests') + sum('numTodoTests')} skipped${note}`,
);
