/**
 * `npm run dev` shows drafts and scheduled entries to editors, each with its banner, while the
 * build leaves them out (tests/builds/publishing.test.ts), and serves the web editor at /admin/.
 */
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import { getToday } from '../../src/lib/today.ts';
import { withProjectCopy } from './build-fixture.ts';
import { startDevServer } from './dev-server.ts';

/** Half a year after today: scheduled, and within the year a scheduled entry may wait (date-bounds.ts). */
const SCHEDULED = new Date(Date.parse(getToday()) + 180 * 86_400_000).toISOString().slice(0, 10);

const entry = (title: string, extra: string) =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n${extra}\nsources:\n  - outlet: Nguồn thử\n    url: https://example.org/bai-thu\n    date: 2024\n---\n\nNội dung.\n`;

describe('npm run dev', () => {
  test('shows a draft with “Bản nháp” and a scheduled entry with “Hẹn giờ”, and serves the editor', async () => {
    const files = {
      'models/ban-nhap-xem-thu/index.md': entry('Bản nháp xem thử', 'published: 2024-03-08\ndraft: true'),
      'models/hen-gio-xem-thu/index.md': entry('Hẹn giờ xem thử', `published: ${SCHEDULED}`),
    };
    const pages = await withProjectCopy(files, async (root) => {
      const server = await startDevServer(root);
      try {
        const get = async (p: string) => {
          const response = await fetch(`${server.base}${p}`);
          const text = await response.text();
          if (!response.ok)
            throw new Error(`dev server answered ${p} with ${response.status}:\n${text}\n${server.log()}`);
          return text;
        };
        return {
          draft: await get('/mo-hinh/ban-nhap-xem-thu/'),
          scheduled: await get('/mo-hinh/hen-gio-xem-thu/'),
          // A place with few models keeps the draft on the first page of its listing.
          list: await get('/dia-ban/tan-chau/'),
          // The web editor, from the bundle in the cache (src/integrations/admin.ts).
          editor: await get('/admin/'),
          config: await get('/admin/config.yml'),
        };
      } finally {
        await server.stop();
      }
    });
    expect(pages.draft).toMatch(/<strong[^>]*>Bản nháp<\/strong> — trang này chỉ hiện khi xem thử/);
    expect(pages.scheduled).toMatch(
      new RegExp(`<strong[^>]*>Hẹn giờ</strong> — trang sẽ lên mạng ngày ${formatDate(SCHEDULED)}`),
    );
    expect(pages.list).toContain('Bản nháp xem thử');
    expect(pages.editor).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    expect(pages.editor).toMatch(/<script type="module" src="\/admin\/assets\/main-[^"]+\.js"><\/script>/);
    expect(pages.config).toContain('folder: content/models');
  });
});
