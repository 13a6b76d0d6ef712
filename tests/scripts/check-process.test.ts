import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { checkInProcess } from '../../scripts/lib/build-site.ts';
import { getToday } from '../../src/lib/today.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let temp = '';
afterAll(() => rm(temp, { recursive: true, force: true }));

test('a note (a “_” folder of templates) is counted neither as an error nor as a warning', async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'dvk-check-process-'));
  const content = path.join(temp, 'content');
  await cp(path.join(projectRoot, 'content'), content, { recursive: true });
  await mkdir(path.join(content, '_ban-mau'));
  await writeFile(path.join(content, '_ban-mau', 'mo-hinh.md'), '---\ntitle: Bản mẫu\n---\n');

  const summary = await checkInProcess(projectRoot, content, getToday());
  expect(summary.report).toContain('GHI CHÚ (1)');
  expect(summary, summary.report).toMatchObject({ errors: 0, warnings: 0 });
});

test('a check that crashes fails with a Vietnamese message and what the process printed', async () => {
  // A file where the content folder should be: the check's walk of it throws.
  const crashed = checkInProcess(projectRoot, path.join(projectRoot, 'package.json'), getToday());
  await expect(crashed).rejects.toThrow(/^tiến trình kiểm tra dừng \(mã 1\) mà không trả kết quả:\n[\s\S]*ENOTDIR/);
});
