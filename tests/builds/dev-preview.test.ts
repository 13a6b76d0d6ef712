/**
 * `npm run dev` shows drafts and scheduled entries to editors, each with its banner, while the
 * build leaves them out (tests/builds/publishing.test.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorEnv, withProjectCopy } from './build-fixture.ts';

const entry = (title: string, extra: string) =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n${extra}\nsources:\n  - outlet: Nguồn thử\n---\n\nNội dung.\n`;

describe('npm run dev', () => {
  test('shows a draft with “Bản nháp” and a scheduled entry with “Hẹn giờ”', async () => {
    const files = {
      'models/ban-nhap-xem-thu/index.md': entry('Bản nháp xem thử', 'published: 2024-03-08\ndraft: true'),
      'models/hen-gio-xem-thu/index.md': entry('Hẹn giờ xem thử', 'published: 2099-01-05'),
    };
    const pages = await withProjectCopy(files, async (root) => {
      const port = 4600 + Math.floor(Math.random() * 300);
      const server = spawn(
        process.execPath,
        [path.join(root, 'scripts/astro.ts'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
        {
          cwd: root,
          env: editorEnv(),
          detached: true,
        },
      );
      let log = '';
      server.stdout.on('data', (c) => (log += c));
      server.stderr.on('data', (c) => (log += c));
      try {
        const get = async (p: string) => {
          for (let i = 0; i < 100; i++) {
            const response = await fetch(`http://127.0.0.1:${port}${p}`).catch(() => undefined);
            if (response?.ok) return response.text();
            await new Promise((r) => setTimeout(r, 300));
          }
          throw new Error(`dev server did not answer ${p}:\n${log}`);
        };
        return {
          draft: await get('/mo-hinh/ban-nhap-xem-thu/'),
          scheduled: await get('/mo-hinh/hen-gio-xem-thu/'),
          list: await get('/mo-hinh/'),
        };
      } finally {
        process.kill(-server.pid!, 'SIGTERM');
      }
    });
    expect(pages.draft).toMatch(/<strong[^>]*>Bản nháp<\/strong> — trang này chỉ hiện khi xem thử/);
    expect(pages.scheduled).toMatch(/<strong[^>]*>Hẹn giờ<\/strong> — trang sẽ lên mạng ngày 5 tháng 1, 2099/);
    expect(pages.list).toContain('Bản nháp xem thử');
  }, 120_000);
});
