/**
 * Sums the JSON reports Vitest wrote (one per npm test script) into the plain closing line
 * "N passed, N failed, N skipped" that CI reads. Usage: node scripts/test-summary.ts .vitest
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const dir = process.argv[2] ?? '.vitest';
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Report);
const sum = (key: keyof Report) => reports.reduce((total, r) => total + r[key], 0);
console.log(`${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests') + sum('numTodoTests')} skipped`);
