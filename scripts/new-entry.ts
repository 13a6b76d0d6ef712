/**
 * Creates a new model or news item, ready to fill in.
 * Usage: npm run new -- mo-hinh "Tên mô hình"   |   npm run new -- tin-tuc "Tiêu đề tin"
 */
import path from 'node:path';
import { CONTENT_DIR } from '../src/lib/paths.ts';
import { getToday } from '../src/lib/today.ts';
import { modelUrl, newsUrl } from '../src/lib/urls.ts';
import { KINDS, scaffoldEntry, shortenedSlugNote, type EntryKind } from './lib/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
if (!kind || !(kind in KINDS) || words.length === 0) {
  console.error('Cách dùng: npm run new -- mo-hinh "Tên mô hình"   hoặc   npm run new -- tin-tuc "Tiêu đề tin"');
  process.exit(2);
}
const contentRoot = path.resolve(CONTENT_DIR);
try {
  const { file, folder, slug, fullSlug } = await scaffoldEntry(
    contentRoot,
    kind as EntryKind,
    words.join(' '),
    getToday(),
  );
  const url = kind === 'mo-hinh' ? modelUrl(slug) : newsUrl(slug);
  console.log(`Đã tạo ${path.relative(process.cwd(), file)}
Địa chỉ trang sẽ là ${url}${fullSlug ? `\n${shortenedSlugNote(slug, fullSlug)}` : ''}

Tiếp theo:
  1. Mở tệp, điền các trường (thay mọi chỗ «…»), xoá các dòng không dùng.
  2. Đặt ảnh vào thư mục ${path.relative(process.cwd(), folder)}/ và ghi cover.src, cover.alt, cover.credit.
  3. Chạy “npm run check” để kiểm tra, “npm run dev” để xem thử (bài đang là bản nháp).
  4. Khi xong, đổi draft: true thành draft: false.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
