/**
 * Every file under `content/` that the site will not read, and why. The loaders read the three
 * lists, the entry files ENTRY_PATTERN selects and the pictures entries name; anything else used to
 * be skipped without a word (`index.MD`, `index.md.txt` saved by Notepad, a Word file, a backup).
 * `npm run check` lists them all; the build refuses the few that are clearly an entry under a
 * wrong name, since that entry would silently be missing from the site, and names the file system
 * cannot hold elsewhere. Everything else is a warning, or a note for files kept on purpose (`_…`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-errors.ts';
import { relativePosix } from '../lib/posix-path.ts';
import { toSlug } from '../lib/text.ts';
import { ENTRY_PATTERN } from './entries.ts';

/** The lists read from the top of the content folder. */
export const DATA_FILES = ['places.yaml', 'fields.yaml', 'organisations.yaml'];
/** The folders of entries. */
export const COLLECTIONS = ['models', 'news'];

/** How much a file not read matters: the build refuses an error, a warning is to look at, a note is by design. */
export type FileSeverity = 'error' | 'warning' | 'note';
export interface FileNote extends ContentProblem {
  severity: FileSeverity;
}

/** The longest name (one path component) common file systems hold, in bytes of UTF-8 (ext4, APFS). */
export const MAX_NAME_BYTES = 255;

/** Files an operating system or a tool leaves behind, never content: passed over in silence. */
const SYSTEM_FILE = /^(\.DS_Store|\._.*|Thumbs\.db|desktop\.ini|\.gitkeep|\.keep|\.directory|Icon\r)$/i;
const BACKUP_FILE = /(~|\.(bak|orig|old|swp|swo|tmp|temp|backup))$|^~\$|^#.*#$|^\.~lock\./i;
const DOCUMENT_FILE = /\.(docx?|odt|rtf|pdf|xlsx?|ods|pptx?|odp|pages|txt)$/i;
/** Pictures an entry may use; a picture no entry names is not published. */
export const PICTURE_FILE = /\.(png|jpe?g|webp|avif|gif|svg|tiff?|heic|heif|bmp)$/i;
const NOT_PUBLISHED =
  'không xuất bản: tên bắt đầu bằng “_” dành cho ghi chú và bản mẫu, đúng như thiết kế. Muốn xuất bản thì bỏ dấu “_” ở đầu tên.';
/** Markdown extensions the loaders do not read, and the one they do. */
const OTHER_MARKDOWN = /\.(markdown|mkd|mkdn|mdown|mdwn)$/i;

/** Every file under `contentDir` (symbolic links included, not followed), relative, with `/`, sorted. */
export function listContentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relativePosix(contentDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Whether `file` (relative to the content folder) is an entry the loaders read. */
export function isEntryFile(file: string): boolean {
  const [collection, ...rest] = file.split('/');
  return COLLECTIONS.includes(collection!) && rest.length > 0 && path.matchesGlob(rest.join('/'), ENTRY_PATTERN);
}

/**
 * The name an entry file was probably meant to have, and why it is not read under its own:
 * `index.MD` → `index.md`, `index.md.txt` → `index.md`, `index.markdown` → `index.md`.
 */
export function meantEntryName(name: string): { name: string; why: string[] } | undefined {
  const why: string[] = [];
  let meant = name;
  if (/\.txt$/i.test(meant) && /\.(md|mdx|markdown)\.txt$/i.test(meant)) {
    meant = meant.slice(0, -4);
    why.push('có thêm đuôi “.txt” (Notepad hay tự thêm; trong Windows, bật View → File name extensions để thấy)');
  }
  if (OTHER_MARKDOWN.test(meant)) {
    meant = meant.replace(OTHER_MARKDOWN, '.md');
    why.push('đuôi tệp phải là .md hoặc .mdx');
  }
  const extension = /\.(mdx?)$/i.exec(meant);
  if (extension && extension[1] !== extension[1]!.toLowerCase()) {
    meant = meant.slice(0, -extension[1]!.length) + extension[1]!.toLowerCase();
    why.push('đuôi tệp phải viết chữ thường');
  }
  if (/^index\.mdx?$/i.test(meant) && !/^index\./.test(meant)) {
    meant = meant.toLowerCase();
    why.push('tên tệp phải là “index” viết chữ thường');
  }
  return why.length > 0 && path.matchesGlob(meant, ENTRY_PATTERN) ? { name: meant, why } : undefined;
}

/** A shorter name to propose for a name too long: ASCII, its first words, the extension kept. */
function shorterName(name: string): string {
  const extension = path.extname(name).length <= 6 ? path.extname(name) : '';
  const stem = toSlug(name.slice(0, name.length - extension.length))
    .slice(0, 60)
    .replace(/-[^-]*$/, '');
  return `${stem || 'ten-ngan'}${extension.toLowerCase()}`;
}

/**
 * What to say about each file under the content folder that the site will not read. `files` are
 * relative to it, with `/`; `show` turns one into the name messages give. `used`: the pictures
 * (relative, with `/`) entries name; without it, pictures are not judged (the build's loaders
 * need only the errors).
 */
export function classifyContentFiles(
  files: readonly string[],
  show: (file: string) => string,
  used?: ReadonlySet<string>,
): FileNote[] {
  const notes: FileNote[] = [];
  const note = (severity: FileSeverity, file: string, message: string) =>
    notes.push({ severity, file: file.endsWith('/') ? `${show(file.slice(0, -1))}/` : show(file), message });
  const all = new Set(files);
  // A folder whose entry is under a wrong name: its pictures are that entry's, not unused.
  const misnamedFolders = new Set(
    files.filter((f) => !isEntryFile(f) && meantEntryName(path.posix.basename(f))).map((f) => path.posix.dirname(f)),
  );

  // Names too long for a file system: reported once, for the first component that is.
  const tooLong = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    const at = parts.findIndex((part) => Buffer.byteLength(part) > MAX_NAME_BYTES);
    if (at < 0) continue;
    const where = parts.slice(0, at + 1).join('/');
    if (tooLong.has(where)) continue;
    tooLong.add(where);
    const name = parts[at]!;
    note(
      'error',
      where,
      `tên “${name.slice(0, 40)}…” dài ${Buffer.byteLength(name)} byte, quá ${MAX_NAME_BYTES} byte mà hệ thống tệp cho phép (chữ có dấu chiếm 2–3 byte): máy chủ và máy khác không lưu được ${at < parts.length - 1 ? 'thư mục' : 'tệp'} này. Đổi tên ngắn, không dấu, ví dụ “${shorterName(name)}”.`,
    );
  }

  // Folders of a collection with no entry in them: one warning for the folder, not one per file.
  const folders = new Map<string, string[]>();
  for (const file of files) {
    const parts = file.split('/');
    if (parts.length >= 3 && COLLECTIONS.includes(parts[0]!)) {
      const folder = `${parts[0]}/${parts[1]}`;
      folders.set(folder, [...(folders.get(folder) ?? []), file]);
    }
  }
  const emptyFolders = new Set<string>();
  for (const [folder, inside] of folders) {
    if (path.posix.basename(folder).startsWith('_') || path.posix.basename(folder).startsWith('.')) continue;
    if (inside.some(isEntryFile) || inside.some((f) => meantEntryName(path.posix.basename(f)))) continue;
    const names = inside
      .map((f) => f.slice(folder.length + 1))
      .filter((f) => !SYSTEM_FILE.test(path.posix.basename(f)));
    if (names.length === 0) continue;
    emptyFolders.add(folder);
    const listed = names.slice(0, 4).join(', ') + (names.length > 4 ? `, … (${names.length} tệp)` : '');
    note(
      'warning',
      `${folder}/`,
      `thư mục không có tệp index.md nên không thành bài (trong đó có: ${listed}). Thêm index.md (“npm run new”), hoặc xoá thư mục nếu không dùng.`,
    );
  }

  // Folders read as a whole or not at all: top-level ones other than the collections, hidden
  // ones anywhere (an editor's settings, `.git`). One line each, not one per file.
  type Whole = { folder: string; severity: FileSeverity; message: (count: number) => string };
  const wholeFolders = new Map<string, Whole & { count: number }>();
  const folderOf = (parts: string[]): Whole | undefined => {
    const hidden = parts.slice(0, -1).findIndex((part) => part.startsWith('.'));
    if (hidden >= 0) {
      return {
        folder: parts.slice(0, hidden + 1).join('/'),
        severity: 'warning',
        message: (count) => `thư mục ẩn (tên bắt đầu bằng “.”, ${count} tệp) không được đọc. Xoá đi nếu không cần.`,
      };
    }
    const top = parts[0]!;
    if (parts.length === 1 || COLLECTIONS.includes(top)) return undefined;
    return top.startsWith('_')
      ? { folder: top, severity: 'note', message: (count) => `${count} tệp ${NOT_PUBLISHED}` }
      : {
          folder: top,
          severity: 'warning',
          message: (count) =>
            `thư mục không được đọc (${count} tệp): bài chỉ được đọc trong content/models/ (mô hình) và content/news/ (tin). Chuyển bài vào đó, hoặc xoá thư mục nếu không dùng.`,
        };
  };

  for (const file of files) {
    const parts = file.split('/');
    const name = parts.at(-1)!;
    if ([...tooLong].some((long) => file === long || file.startsWith(`${long}/`)) || SYSTEM_FILE.test(name)) continue;
    if (parts.length === 1 ? DATA_FILES.includes(name) : isEntryFile(file)) continue;
    const whole = folderOf(parts);
    if (whole) {
      const seen = wholeFolders.get(whole.folder);
      wholeFolders.set(whole.folder, { ...whole, count: (seen?.count ?? 0) + 1 });
      continue;
    }
    if (emptyFolders.has(parts.slice(0, 2).join('/'))) continue;
    if (name.startsWith('_')) {
      note('note', file, NOT_PUBLISHED);
      continue;
    }
    if (name.startsWith('.')) {
      note('warning', file, 'tệp ẩn (tên bắt đầu bằng “.”) không được đọc. Xoá đi nếu không cần.');
      continue;
    }
    if (parts.length === 1) {
      const data = DATA_FILES.find(
        (d) => d !== name && d.replace('.yaml', '') === name.toLowerCase().replace(/\.ya?ml$/, ''),
      );
      if (data) {
        note(
          'warning',
          file,
          `tên tệp phải là “${data}” nên tệp này không được đọc. Đổi tên (hoặc xoá, nếu đã có ${data}).`,
        );
      } else if (/\.mdx?$/i.test(name)) {
        note(
          'warning',
          file,
          'bài đặt ngay trong content/ không được đọc: mô hình đặt ở content/models/<tên-bài>/index.md, tin ở content/news/<tên-tin>/index.md.',
        );
      } else {
        note(
          'warning',
          file,
          'tệp không được đọc: trong content/ chỉ đọc places.yaml, fields.yaml, organisations.yaml và hai thư mục models/, news/.',
        );
      }
      continue;
    }
    const meant = meantEntryName(name);
    if (meant) {
      const target = [...parts.slice(0, -1), meant.name].join('/');
      if (all.has(target)) {
        note(
          'warning',
          file,
          `tệp không được đọc vì ${meant.why.join(' và ')}; cùng thư mục đã có “${meant.name}”. Nếu tệp này là bản cũ thì xoá đi.`,
        );
      } else {
        note(
          'error',
          file,
          `tệp không được đọc vì ${meant.why.join(' và ')}: đổi tên “${name}” thành “${meant.name}”.`,
        );
      }
      continue;
    }
    if (BACKUP_FILE.test(name)) {
      note('warning', file, 'tệp sao lưu hoặc tệp tạm, không được đọc. Xoá đi nếu không cần.');
    } else if (DOCUMENT_FILE.test(name)) {
      note(
        'warning',
        file,
        `tài liệu ${path.extname(name).slice(1).toLowerCase()} không được đọc: trang web chỉ lấy nội dung từ tệp index.md (hoặc .mdx). Chép phần cần đăng vào đó, rồi xoá tệp này hoặc chuyển ra ngoài thư mục content/.`,
      );
    } else if (PICTURE_FILE.test(name)) {
      if (used && !used.has(file) && !misnamedFolders.has(path.posix.dirname(file))) {
        note(
          'warning',
          file,
          'ảnh không được bài nào dùng (không có trong cover, gallery hay nội dung bài) nên không được đăng. Thêm vào bài, hoặc xoá đi nếu không cần.',
        );
      }
    } else {
      note(
        'warning',
        file,
        'tệp không được đọc: trong thư mục bài chỉ đọc index.md (hoặc .mdx) và các ảnh bài dùng. Xoá đi hoặc chuyển ra ngoài thư mục content/.',
      );
    }
  }
  for (const [folder, { severity, count, message }] of wholeFolders) note(severity, `${folder}/`, message(count));
  return notes;
}

/**
 * The files of one collection that the build refuses (an entry under a wrong name, a name too long),
 * as problems. `base` is the collection's folder; `root` the project, whence messages name files.
 */
export function refusedContentFiles(base: string, root: string): ContentProblem[] {
  if (!existsSync(base)) return [];
  const contentDir = path.dirname(base);
  const collection = path.basename(base);
  const files = listContentFiles(base).map((file) => `${collection}/${file}`);
  const show = (file: string) => relativePosix(root, path.join(contentDir, file));
  return classifyContentFiles(files, show)
    .filter((note) => note.severity === 'error')
    .map(({ file, message }) => ({ file, message }));
}

const PICTURE_EXTENSION = String.raw`\.(?:png|jpe?g|webp|avif|gif|svg|tiff?|heic|heif|bmp)`;
/**
 * A picture's path: in quotes or in a Markdown link's angle brackets (`![A](<./anh 2.png>)`),
 * spaces allowed, or bare up to a space or a bracket. Angle brackets elsewhere (a stray `<`, a tag
 * such as `<Hinh src="a.png" />`) are left to the other alternatives.
 */
const PICTURE_REFERENCE = new RegExp(
  String.raw`"([^"\n]+?${PICTURE_EXTENSION})"|'([^'\n]+?${PICTURE_EXTENSION})'|(?<=\]\(\s*)<([^<>\n]+?${PICTURE_EXTENSION})>|([^\s"'()<>[\]{}|,;\u0060]+${PICTURE_EXTENSION})(?![\w.])`,
  'giu',
);

/** A line that may name a picture: one with a picture's extension somewhere (same flags as above). */
const MAY_NAME_PICTURE = new RegExp(PICTURE_EXTENSION, 'iu');

/**
 * The pictures an entry names anywhere in its text (cover, gallery, body, component props), as
 * paths relative to the content folder. Generous on purpose: a picture named is never called unused.
 * No reference crosses a line, so only the lines with a picture's extension are searched: the full
 * pattern tried at every character of every line took 0.5 s of `npm run check` at 3,400 entries.
 */
export function pictureReferences(raw: string, entryFile: string): string[] {
  const folder = path.posix.dirname(entryFile);
  const found = new Set<string>();
  const lines = raw.split('\n').filter((line) => MAY_NAME_PICTURE.test(line));
  for (const match of lines.flatMap((line) => [...line.matchAll(PICTURE_REFERENCE)])) {
    const reference = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
    for (const candidate of [reference, safeDecode(reference)]) {
      found.add(path.posix.normalize(path.posix.join(folder, candidate.replace(/^<|>$/g, ''))));
    }
  }
  return [...found];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
