/**
 * Where an entry's pictures may come from, shared by the build's loader and `npm run check`: a
 * file in the entry's own folder (or below it), named so that every file system and the web
 * editor can hold it, and really there. Each problem is said in Vietnamese with the fix.
 * Whether the file is a picture at all is checked by `npm run check`, which opens it with sharp.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The longest file or folder name most file systems hold (ext4, NTFS, APFS): 255 bytes. */
export const MAX_NAME_BYTES = 255;
/** Characters Windows (and so a staffer's laptop, or a zip of the site) cannot hold in a name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const FORBIDDEN = /[<>:"|?*\\\u0000-\u001f]/;

const quote = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** What is wrong with one file or folder name, or undefined. */
export function nameProblem(name: string): string | undefined {
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_NAME_BYTES) {
    return `tên “${quote(name)}” dài ${bytes} byte, hệ thống tệp chỉ nhận tối đa ${MAX_NAME_BYTES} byte. Đặt tên ngắn, không dấu, ví dụ anh-bia.jpg.`;
  }
  const bad = FORBIDDEN.exec(name)?.[0];
  if (bad !== undefined) {
    const shown =
      bad < ' ' ? `mã điều khiển U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `“${bad}”`;
    return `tên “${quote(name)}” có ký tự ${shown}, máy Windows không lưu được tên như vậy. Đổi tên, chỉ dùng chữ không dấu, số và dấu gạch ngang, ví dụ anh-bia.jpg.`;
  }
  if (name !== name.trim() || name.endsWith('.')) {
    return `tên “${quote(name)}” có dấu cách hoặc dấu chấm ở đầu hay cuối, máy Windows không giữ được. Đổi tên, ví dụ anh-bia.jpg.`;
  }
  return undefined;
}

/**
 * What is wrong with the picture `src` of an entry whose folder is `folder`, or undefined when
 * it names a file of that folder (or below) that exists and stays inside it.
 */
export function picturePathProblem(folder: string, src: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(src) || /^[/\\]/.test(src)) {
    return `ảnh “${quote(src)}” phải là tệp đặt cạnh bài (không dùng địa chỉ web hay đường dẫn bắt đầu bằng /). Chép ảnh vào thư mục của bài rồi viết ./ten-anh.jpg.`;
  }
  const target = path.resolve(folder, src);
  const inside = path.relative(folder, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return `ảnh “${quote(src)}” nằm ngoài thư mục của bài. Mỗi bài giữ ảnh của mình: chép ảnh vào cùng thư mục với index.md rồi viết ./ten-anh.jpg.`;
  }
  for (const part of inside.split(path.sep)) {
    const problem = nameProblem(part);
    if (problem) return `ảnh ${problem}`;
  }
  if (!existsSync(target)) return missingPicture(src, target);
  if (lstatSync(target).isSymbolicLink()) {
    const real = realpathSync(target);
    const realFolder = realpathSync(folder);
    if (path.relative(realFolder, real).startsWith('..')) {
      return `ảnh “${quote(src)}” là một liên kết (symlink) trỏ ra ngoài thư mục của bài, tới ${real}. Chép tệp ảnh thật vào thư mục của bài thay cho liên kết.`;
    }
  }
  if (!statSync(target).isFile())
    return `“${quote(src)}” là một thư mục, không phải tệp ảnh. Ghi tên tệp ảnh, ví dụ ./anh-bia.jpg.`;
  return undefined;
}

/** Why `src` is not found: a name spelt with decomposed marks or other capitals than the file's, or simply absent. */
function missingPicture(src: string, target: string): string {
  const dir = path.dirname(target);
  const wanted = path.basename(target);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const sameText = names.find((n) => n !== wanted && n.normalize('NFC') === wanted.normalize('NFC'));
  if (sameText) {
    return `không tìm thấy tệp ảnh ${src}: trong thư mục có “${sameText}”, trông giống hệt nhưng chữ có dấu được lưu ở dạng khác (Unicode tổ hợp, thường do máy Mac). Đổi tên tệp ảnh thành tên không dấu, ví dụ anh-bia.jpg, rồi sửa lại trường này.`;
  }
  const otherCase = names.find((n) => n !== wanted && n.toLowerCase() === wanted.toLowerCase());
  if (otherCase) {
    return `không tìm thấy tệp ảnh ${src}: trong thư mục có “${otherCase}”, khác chữ hoa, chữ thường. Máy chủ web phân biệt chữ hoa, chữ thường: ghi đúng tên tệp, tốt nhất đổi tên tệp thành chữ thường.`;
  }
  return `không tìm thấy tệp ảnh ${src} cạnh bài viết. Kiểm tra tên tệp và thư mục.`;
}
