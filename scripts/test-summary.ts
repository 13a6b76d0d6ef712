/**
 * Sums the JSON reports Vitest wrote (one per npm test script) into the plain closing line
 * "N passed, N failed" that CI reads, after one line per failed test naming its file, its name and
 * the first line of its error: CI keeps only the end of a long log, and `npm test` prints the
 * browser tests' output before the build tests' when both ran side by side. A run that stopped before some tests (a type error, a failed
 * build, unit failures before e2e) must not read as a clean count: the missing runs are named on
 * the line before, and a failed `npm test` never reports 0 failed.
 * `npm test` (scripts/run-tests.ts) prints these lines last; by hand:
 * Usage: node scripts/test-summary.ts .vitest [exit status of npm test]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { relativePosix } from '../src/lib/posix-path.ts';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** The first line of an error that says something, without colour codes, at most 300 characters. */
function firstLine(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- colour codes are what is removed
  const plain = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 300 ? `${trimmed.slice(0, 299)}…` : trimmed;
}

/**
 * "FAILED file › test: error", one line per failed test, and one per test file that failed
 * outside its tests (a `beforeAll` that threw, a file that did not load). Paths are relative to `root`.
 */
export function failureLines(reports: Report[], root: string): string[] {
  return reports.flatMap((report) =>
    (report.testResults ?? []).flatMap((file) => {
      const where = relativePosix(root, file.name);
      const tests = (file.assertionResults ?? [])
        .filter((test) => test.status === 'failed')
        .map((test) => `FAILED ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      const outside = file.status === 'failed' && firstLine(file.message) !== '';
      return outside ? [`FAILED ${where}: ${firstLine(file.message)}`, ...tests] : tests;
    }),
  );
}

/** The reports `npm test` writes, one per test script (see vitest.config.ts). */
export const RUNS = ['test-unit', 'test-builds', 'test-e2e'];

/**
 * The closing lines: each failed test, a note when something was skipped or not run, then
 * "N passed, N failed". `root` is what the failed tests' paths are shown relative to.
 */
export function summaryLines(dir: string, exitStatus: number, root = process.cwd()): string[] {
  const found = RUNS.filter((run) => existsSync(path.join(dir, `${run}.json`)));
  const reports = found.map((run) => JSON.parse(readFileSync(path.join(dir, `${run}.json`), 'utf8')) as Report);
  const sum = (key: Exclude<keyof Report, 'testResults'>) => reports.reduce((total, r) => total + r[key], 0);
  const missing = RUNS.filter((run) => !found.includes(run));
  // npm test failed outside any test (astro check, lint, the build) or stopped early: count that failure.
  const failed = sum('numFailedTests') || (exitStatus !== 0 ? 1 : 0);
  const skipped = sum('numPendingTests') + sum('numTodoTests');
  const notes = [
    ...(skipped > 0 ? [`${skipped} skipped`] : []),
    ...(missing.length > 0 ? [`not run: ${missing.join(', ')} (npm test stopped earlier, see above)`] : []),
  ];
  return [
    ...failureLines(reports, root),
    ...(notes.length > 0 ? [notes.join('; ')] : []),
    `${sum('numPassedTests')} passed, ${failed} failed`,
  ];
}

if (import.meta.main) {
  const lines = summaryLines(process.argv[2] ?? '.vitest', Number(process.argv[3] ?? 0));
  console.log(lines.join('\n'));
}
