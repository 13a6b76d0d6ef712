/** The closing lines `npm test` prints (scripts/test-summary.ts): the count CI reads, and each failure named. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { summaryLines } from '../../scripts/test-summary.ts';

const root = '/project';
let dir = '';

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A report folder with these runs' reports, each as Vitest's JSON reporter writes it. */
function reports(runs: Record<string, object>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'dvk-summary-'));
  for (const [run, report] of Object.entries(runs))
    writeFileSync(path.join(dir, `${run}.json`), JSON.stringify(report));
  return dir;
}

const counts = (passed: number, failed: number) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
});

test('a green run ends with the count alone', () => {
  const dir = reports({
    'test-unit': { ...counts(3, 0), testResults: [] },
    'test-builds': counts(2, 0),
    'test-e2e': counts(1, 0),
  });
  expect(summaryLines(dir, 0, root)).toEqual(['6 passed, 0 failed']);
});

test('each failed test is named, with its file and the first line of its error, before the count', () => {
  const dir = reports({
    'test-unit': counts(3, 0),
    'test-builds': counts(2, 0),
    'test-e2e': {
      ...counts(1, 2),
      testResults: [
        {
          name: '/project/tests/e2e/admin.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { fullName: 'editor saves a model', status: 'passed', failureMessages: [] },
            {
              fullName: 'editor renames a model',
              status: 'failed',
              failureMessages: ['\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at admin.test.ts:10'],
            },
          ],
        },
        {
          name: '/project/tests/e2e/search.test.ts',
          status: 'failed',
          message: '\nError: Hook timed out in 60000ms\n    at search.test.ts:5',
          assertionResults: [],
        },
      ],
    },
  });
  expect(summaryLines(dir, 1, root)).toEqual([
    'FAILED tests/e2e/admin.test.ts › editor renames a model: AssertionError: expected 1 to be 2',
    'FAILED tests/e2e/search.test.ts: Error: Hook timed out in 60000ms',
    '6 passed, 2 failed',
  ]);
});

test('a long error line is cut, and a run that stopped early is named', () => {
  const dir = reports({
    'test-unit': {
      ...counts(0, 1),
      testResults: [
        {
          name: '/project/tests/a.test.ts',
          status: 'failed',
          assertionResults: [{ fullName: 'a', status: 'failed', failureMessages: ['x'.repeat(400)] }],
        },
      ],
    },
  });
  const lines = summaryLines(dir, 1, root);
  expect(lines[0]).toBe(`FAILED tests/a.test.ts › a: ${'x'.repeat(299)}…`);
  expect(lines.slice(1)).toEqual([
    'not run: test-builds, test-e2e (npm test stopped earlier, see above)',
    '0 passed, 1 failed',
  ]);
});
