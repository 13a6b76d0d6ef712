import { fork } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { CheckSummary } from '../../scripts/lib/check-process.ts';
import { getToday } from '../../src/lib/today.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/lib/check-process.ts', import.meta.url));
let temp = '';
afterAll(() => rm(temp, { recursive: true, force: true }));

/** What `npm run build`'s check process sends back for `contentDir`. */
function summaryOf(contentDir: string): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [projectRoot, contentDir, getToday()], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.once('message', (message: CheckSummary) => resolve(message));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before answering`)));
  });
}

test('a note (a “_” folder of templates) is counted neither as an error nor as a warning', async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'dvk-check-process-'));
  const content = path.join(temp, 'content');
  await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  await mkdir(path.join(content, '_ban-mau'));
  await writeFile(path.join(content, '_ban-mau', 'mo-hinh.md'), '---\ntitle: Bản mẫu\n---\n');

  const summary = await summaryOf(content);
  expect(summary.report).toContain('GHI CHÚ (1)');
  expect(summary, summary.report).toMatchObject({ errors: 0, warnings: 0 });
});
