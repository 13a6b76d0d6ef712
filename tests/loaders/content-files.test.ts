/** Files under content/ the site will not read: each named, with why and what to do. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  classifyContentFiles,
  isEntryFile,
  listContentFiles,
  meantEntryName,
  pictureReferences,
  refusedContentFiles,
} from '../../src/loaders/content-files.ts';

const show = (file: string) => `content/${file}`;
/** `severity file: message` for each note about `files`, pictures judged against `used`. */
const notesOf = (files: string[], used: string[] = []) =>
  classifyContentFiles([...files].sort(), show, new Set(used)).map((n) => `${n.severity} ${n.file}: ${n.message}`);

describe('isEntryFile', () => {
  test.each([
    ['models/a/index.md', true],
    ['news/a/index.mdx', true],
    ['models/a.md', true],
    ['models/_nhap/index.md', true],
    ['models/a/_ghi-chu.md', false],
    ['models/a/._index.md', false],
    ['models/a/index.MD', false],
    ['gioi-thieu.md', false],
    ['places.yaml', false],
  ])('%s → %s', (file, entry) => {
    expect(isEntryFile(file)).toBe(entry);
  });
});

describe('meantEntryName', () => {
  test.each([
    ['index.MD', 'index.md', ['đuôi tệp phải viết chữ thường']],
    ['INDEX.md', 'index.md', ['tên tệp phải là “index” viết chữ thường']],
    ['index.Mdx', 'index.mdx', ['đuôi tệp phải viết chữ thường']],
    [
      'index.md.txt',
      'index.md',
      ['có thêm đuôi “.txt” (Notepad hay tự thêm; trong Windows, bật View → File name extensions để thấy)'],
    ],
    ['index.markdown', 'index.md', ['đuôi tệp phải là .md hoặc .mdx']],
    ['bai-viet.mdown', 'bai-viet.md', ['đuôi tệp phải là .md hoặc .mdx']],
  ])('%s was meant as %s', (name, meant, why) => {
    expect(meantEntryName(name)).toEqual({ name: meant, why });
  });

  test.each(['index.md', 'ghi-chu.txt', 'anh.png', '_ghi-chu.MD', 'index.md.bak'])('%s was not', (name) => {
    expect(meantEntryName(name)).toBeUndefined();
  });
});

describe('classifyContentFiles', () => {
  const entry = 'models/a/index.md';

  test('says nothing about what is read: the lists, entries, pictures in use, system files', () => {
    expect(
      notesOf(
        ['places.yaml', 'fields.yaml', 'organisations.yaml', entry, 'models/a/anh-bia.png', 'models/a/.DS_Store'],
        ['models/a/anh-bia.png'],
      ),
    ).toEqual([]);
  });

  test('refuses an entry under a name the loaders do not read, and leaves its pictures alone', () => {
    expect(notesOf(['models/b/index.MD', 'models/b/anh-bia.png'])).toEqual([
      'error content/models/b/index.MD: tệp không được đọc vì đuôi tệp phải viết chữ thường: đổi tên “index.MD” thành “index.md”.',
    ]);
  });

  test('only warns about such a name beside the real entry', () => {
    expect(notesOf([entry, 'models/a/index.md.txt'])).toEqual([
      'warning content/models/a/index.md.txt: tệp không được đọc vì có thêm đuôi “.txt” (Notepad hay tự thêm; trong Windows, bật View → File name extensions để thấy); cùng thư mục đã có “index.md”. Nếu tệp này là bản cũ thì xoá đi.',
    ]);
  });

  test('warns about backups, documents, hidden files, unused pictures; notes what is kept on purpose', () => {
    expect(
      notesOf([
        entry,
        'models/a/index.md~',
        'models/a/~$bai.docx',
        'models/a/bai.pdf',
        'models/a/.x.md',
        'models/a/thua.jpg',
        'models/a/_ghi-chu.md',
        'models/a/du-lieu.csv',
      ]),
    ).toEqual([
      'warning content/models/a/.x.md: tệp ẩn (tên bắt đầu bằng “.”) không được đọc. Xoá đi nếu không cần.',
      'note content/models/a/_ghi-chu.md: không xuất bản: tên bắt đầu bằng “_” dành cho ghi chú và bản mẫu, đúng như thiết kế. Muốn xuất bản thì bỏ dấu “_” ở đầu tên.',
      'warning content/models/a/bai.pdf: tài liệu pdf không được đọc: trang web chỉ lấy nội dung từ tệp index.md (hoặc .mdx). Chép phần cần đăng vào đó, rồi xoá tệp này hoặc chuyển ra ngoài thư mục content/.',
      'warning content/models/a/du-lieu.csv: tệp không được đọc: trong thư mục bài chỉ đọc index.md (hoặc .mdx) và các ảnh bài dùng. Xoá đi hoặc chuyển ra ngoài thư mục content/.',
      'warning content/models/a/index.md~: tệp sao lưu hoặc tệp tạm, không được đọc. Xoá đi nếu không cần.',
      'warning content/models/a/thua.jpg: ảnh không được bài nào dùng (không có trong cover, gallery hay nội dung bài) nên không được đăng. Thêm vào bài, hoặc xoá đi nếu không cần.',
      'warning content/models/a/~$bai.docx: tệp sao lưu hoặc tệp tạm, không được đọc. Xoá đi nếu không cần.',
    ]);
  });

  test('names a folder once: one with no entry, one outside the collections, a hidden one', () => {
    expect(
      notesOf([
        'models/b/anh.png',
        'models/b/bai.docx',
        'tin-tuc/x/index.md',
        'tin-tuc/x/anh.png',
        '_cu/a.md',
        'models/a/.obsidian/app.json',
        'models/a/.obsidian/workspace.json',
        entry,
      ]),
    ).toEqual([
      'warning content/models/b/: thư mục không có tệp index.md nên không thành bài (trong đó có: anh.png, bai.docx). Thêm index.md (“npm run new”), hoặc xoá thư mục nếu không dùng.',
      'note content/_cu/: 1 tệp không xuất bản: tên bắt đầu bằng “_” dành cho ghi chú và bản mẫu, đúng như thiết kế. Muốn xuất bản thì bỏ dấu “_” ở đầu tên.',
      'warning content/models/a/.obsidian/: thư mục ẩn (tên bắt đầu bằng “.”, 2 tệp) không được đọc. Xoá đi nếu không cần.',
      'warning content/tin-tuc/: thư mục không được đọc (2 tệp): bài chỉ được đọc trong content/models/ (mô hình) và content/news/ (tin). Chuyển bài vào đó, hoặc xoá thư mục nếu không dùng.',
    ]);
  });

  test('at the top: a list under another name, an entry out of place, anything else', () => {
    expect(notesOf(['places.yml', 'Fields.yaml', 'bai.md', 'ghi-chu.txt'])).toEqual([
      'warning content/Fields.yaml: tên tệp phải là “fields.yaml” nên tệp này không được đọc. Đổi tên (hoặc xoá, nếu đã có fields.yaml).',
      'warning content/bai.md: bài đặt ngay trong content/ không được đọc: mô hình đặt ở content/models/<tên-bài>/index.md, tin ở content/news/<tên-tin>/index.md.',
      'warning content/ghi-chu.txt: tệp không được đọc: trong content/ chỉ đọc places.yaml, fields.yaml, organisations.yaml và hai thư mục models/, news/.',
      'warning content/places.yml: tên tệp phải là “places.yaml” nên tệp này không được đọc. Đổi tên (hoặc xoá, nếu đã có places.yaml).',
    ]);
  });

  test('refuses a name longer than file systems hold (255 bytes), once for a folder, proposing a short one', () => {
    const long = `Mô hình ${'đường hoa '.repeat(20)}`.trim();
    expect(Buffer.byteLength(long)).toBeGreaterThan(255);
    expect(notesOf([`models/${long}/index.md`, `models/${long}/anh.png`, `models/a/${long}.png`, entry])).toEqual([
      `error content/models/${long}: tên “${long.slice(0, 40)}…” dài ${Buffer.byteLength(long)} byte, quá 255 byte mà hệ thống tệp cho phép (chữ có dấu chiếm 2–3 byte): máy chủ và máy khác không lưu được thư mục này. Đổi tên ngắn, không dấu, ví dụ “mo-hinh-duong-hoa-duong-hoa-duong-hoa-duong-hoa-duong-hoa”.`,
      `error content/models/a/${long}.png: tên “${long.slice(0, 40)}…” dài ${Buffer.byteLength(long) + 4} byte, quá 255 byte mà hệ thống tệp cho phép (chữ có dấu chiếm 2–3 byte): máy chủ và máy khác không lưu được tệp này. Đổi tên ngắn, không dấu, ví dụ “mo-hinh-duong-hoa-duong-hoa-duong-hoa-duong-hoa-duong-hoa.png”.`,
    ]);
  });

  test('without the pictures in use (the build), judges none of them', () => {
    expect(classifyContentFiles([entry, 'models/a/thua.png'], show)).toEqual([]);
  });
});

describe('listContentFiles and refusedContentFiles', () => {
  test('list every file, and refuse only what the build must not skip', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dvk-content-files-'));
    try {
      const content = path.join(root, 'content');
      for (const file of ['models/a/index.md', 'models/b/index.MD', 'models/a/index.md~', 'news/c/index.md']) {
        await mkdir(path.dirname(path.join(content, file)), { recursive: true });
        await writeFile(path.join(content, file), '');
      }
      expect(listContentFiles(content)).toEqual([
        'models/a/index.md',
        'models/a/index.md~',
        'models/b/index.MD',
        'news/c/index.md',
      ]);
      expect(refusedContentFiles(path.join(content, 'models'), root)).toEqual([
        {
          file: 'content/models/b/index.MD',
          message: 'tệp không được đọc vì đuôi tệp phải viết chữ thường: đổi tên “index.MD” thành “index.md”.',
        },
      ]);
      expect(refusedContentFiles(path.join(content, 'news'), root)).toEqual([]);
      expect(refusedContentFiles(path.join(content, 'khong-co'), root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('pictureReferences', () => {
  test('finds the pictures an entry names anywhere, relative to its folder', () => {
    const raw = [
      '---',
      'cover:',
      '  src: ./anh-bia.png',
      'gallery:',
      '  - src: "hinh/anh 2.JPG"',
      '---',
      '![Cầu](./cau%20moi.webp) <SoLieu anh="../b/chung.png" />',
    ].join('\n');
    expect(pictureReferences(raw, 'models/a/index.md').sort()).toEqual([
      'models/a/anh-bia.png',
      'models/a/cau moi.webp',
      'models/a/cau%20moi.webp',
      'models/a/hinh/anh 2.JPG',
      'models/b/chung.png',
    ]);
  });

  test('reads every line (Windows line ends, several pictures on one, the last without an end) and angle brackets', () => {
    const raw = [
      '---\r',
      'cover:\r',
      '  src: "./anh bia.png"\r',
      '---\r',
      'Một đoạn dài không có ảnh, với "ngoặc kép" và (ngoặc đơn) qua nhiều chữ.\r',
      '![A](./a.jpg) và ![B](<./b c.webp>) trên một dòng, xem <d.png e.gif>\r',
      '<SoLieu anh=\'./so lieu.svg\' /> <Hinh src="./the.png" />',
      '![Cuối](./cuoi.AVIF)',
    ].join('\n');
    expect(pictureReferences(raw, 'news/b/index.mdx').sort()).toEqual([
      'news/b/a.jpg',
      'news/b/anh bia.png',
      'news/b/b c.webp',
      'news/b/cuoi.AVIF',
      'news/b/d.png',
      'news/b/e.gif',
      'news/b/so lieu.svg',
      'news/b/the.png',
    ]);
  });
});
