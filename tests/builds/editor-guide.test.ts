/**
 * Follows docs/huong-dan-bien-tap.md ("Thêm một mô hình") literally in a throw-away copy of the
 * project: scaffold, fill the fields, add a picture, check, publish, build, then find the new page
 * on the site and in search. (A renamed entry's old address is tested in publishing.test.ts.)
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildMessage, buildWithContent, run, searchBuiltSite } from './build-fixture.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const TITLE = 'Tủ sách pháp luật ở ấp Đồng Ky';
const SLUG = 'tu-sach-phap-luat-o-ap-dong-ky';

describe('the editor guide, step by step', () => {
  test('a new model with a picture reaches the site and its search', async () => {
    const steps: string[] = [];
    let found: string[] = [];
    const { code, output } = await buildWithContent(
      {},
      async (dist) => {
        const html = await readFile(path.join(dist, 'mo-hinh', SLUG, 'index.html'), 'utf8');
        expect(html).toContain(TITLE);
        expect(html).toMatch(/<source[^>]+type="image\/avif"/);
        found = await searchBuiltSite(dist, 'tu sach phap luat dong ky');
      },
      async (root) => {
        const node = process.execPath;
        // 1. npm run new -- mo-hinh "Tên mô hình"
        const created = await run(node, [path.join(root, 'scripts/new-entry.ts'), 'mo-hinh', TITLE], root, {
          DVK_TODAY: '2026-11-25',
        });
        expect(created.code, buildMessage(created)).toBe(0);
        steps.push(created.output);
        const file = path.join(root, 'content/models', SLUG, 'index.md');
        // 2. Fill in the fields: replace every «…», set place, keep one source.
        let text = await readFile(file, 'utf8');
        text = text
          .replace(
            'summary: «Viết 2–3 câu tóm tắt mô hình»',
            'summary: Một tủ sách pháp luật đặt ở nhà văn hóa ấp cho bà con mượn đọc.',
          )
          .replace(/^place: .*$/m, 'place: tan-chau')
          .replace(/^field: .*$/m, 'field: xay-dung-he-thong-chinh-tri')
          .replace(/^kind: .*$/m, 'kind: tap-the')
          .replace(
            / {2}- title: «Tên bài báo hoặc văn bản»\n {4}outlet: «Tên báo, trang web hoặc cơ quan»\n {4}dateNotShown: .*\n {4}noUrl: .*/,
            '  - title: Bài thử nghiệm của bộ kiểm thử\n    outlet: Bộ kiểm thử\n    url: https://example.org/bai-thu\n    date: 2024-03-07',
          );
        // 3. Add a picture: copy it next to the file, uncomment the cover lines, write src/alt/credit.
        await copyFile(
          path.join(projectRoot, 'content/models/duong-be-tong-ra-canh-dong-tan-chau/anh-bia.png'),
          path.join(root, 'content/models', SLUG, 'anh-bia.png'),
        );
        text = text
          .replace('# cover:', 'cover:')
          .replace('#   src: ./anh-bia.jpg', '  src: ./anh-bia.png')
          .replace(
            '#   alt: «Mô tả ảnh cho người không nhìn thấy»',
            '  alt: Hình minh họa một con đường giữa ruộng lúa',
          )
          .replace(
            '#   credit: «Ai chụp hoặc vẽ; hình minh họa thì ghi rõ là hình minh họa»',
            '  credit: Hình minh họa của bộ kiểm thử',
          );
        await writeFile(file, text);
        // 4. npm run check: no error (the entry is still a draft).
        const checked = await run(node, [path.join(root, 'scripts/check-content.ts')], root, {
          DVK_TODAY: '2026-11-25',
        });
        expect(checked.code, buildMessage(checked)).toBe(0);
        expect(checked.output).toContain('Kết quả: không có lỗi');
        // …and still a draft: the report lists it among what will not go live yet.
        expect(checked.output).toContain(`  · content/models/${SLUG}/index.md — bản nháp (draft: true).`);
        // 6. draft: true → draft: false, and check again.
        await writeFile(file, text.replace('draft: true', 'draft: false'));
        const again = await run(node, [path.join(root, 'scripts/check-content.ts')], root, { DVK_TODAY: '2026-11-25' });
        expect(again.code, buildMessage(again)).toBe(0);
        expect(again.output).toMatch(/Sẽ xuất bản: \d+ mô hình, \d+ tin tức\./);
        expect(again.output).not.toContain(`content/models/${SLUG}/index.md — bản nháp`);
      },
    );
    expect(code, output).toBe(0);
    expect(steps[0]).toContain(`Địa chỉ trang sẽ là /mo-hinh/${SLUG}/`);
    expect(found).toContain(`/mo-hinh/${SLUG}/`);
  });
});
