/** Reading content files as bytes: UTF-8 only, and what is refused says why and how to fix it. */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-errors.ts';
import { encodeLegacy, toWindows1252 } from '../../src/lib/encoding.ts';
import { decodeContentFile, firstInvalidUtf8 } from '../../src/loaders/text-file.ts';

const FILE = 'content/models/x/index.md';
const TEXT = '---\ntitle: Dân vận khéo ở xã Vĩnh Xương\nsummary: Người dân góp đất làm đường.\n---\n';

/** The problems `decodeContentFile` refuses `bytes` with, as `file: message` lines. */
function refusal(bytes: Uint8Array | Buffer): string[] {
  try {
    decodeContentFile(Uint8Array.from(bytes), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file}: ${p.message}`);
  }
  throw new Error('accepted');
}

describe('decodeContentFile', () => {
  test('reads UTF-8, and drops a byte-order mark', () => {
    expect(decodeContentFile(Buffer.from(TEXT), FILE)).toBe(TEXT);
    expect(decodeContentFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), FILE)).toBe(TEXT);
  });

  test.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ])('refuses %s, naming it and how to save as UTF-8', (name, bytes) => {
    expect(refusal(bytes)).toEqual([
      `${FILE}: tệp không ở dạng UTF-8 (có vẻ lưu bằng ${name}) nên không đọc được. Mở tệp bằng VS Code, bấm chữ “${name}” ở thanh dưới cùng, chọn “Save with Encoding” → “UTF-8”, rồi chạy lại “npm run check”.`,
    ]);
  });

  test.each([
    ['tcvn3', 'TCVN3 (ABC)'],
    ['vni', 'VNI Windows'],
  ] as const)('refuses %s, with the first line read in it and Unikey’s conversion', (encoding, name) => {
    const [problem] = refusal(encodeLegacy(TEXT, encoding));
    expect(problem).toContain(`${FILE}:2: tệp không ở dạng UTF-8: chữ có vẻ gõ bằng bảng mã ${name}`);
    expect(problem).toContain('dòng 2 đọc theo bảng mã đó là “title: Dân vận khéo ở xã Vĩnh Xương”.');
    expect(problem).toContain(`Unikey (Ctrl+Shift+F6: nguồn ${name}, đích Unicode`);
  });

  test('refuses Windows-1252, saying Vietnamese letters may be lost', () => {
    const [problem] = refusal(toWindows1252('---\ntitle: Dân v?n khéo ? Tân Châu\n---\n')!);
    expect(problem).toContain(`${FILE}:2: tệp không ở dạng UTF-8: có vẻ lưu bằng bảng mã Windows-1252 (Latin-1)`);
    expect(problem).toContain('“Reopen with Encoding” → “Western (Windows 1252)”');
  });

  test('refuses a Word file renamed, and bytes of no known encoding, with the line', () => {
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe]))[0]).toContain(
      'tệp nén (thường là tệp Word .docx đổi tên)',
    );
    expect(refusal(Buffer.from('---\ntitle: A\n\xff\xfe\n', 'latin1'))).toEqual([
      `${FILE}:3: tệp không ở dạng UTF-8: dòng 3 có byte không đọc được, không rõ bảng mã. Mở tệp bằng VS Code, chọn “Reopen with Encoding” với bảng mã cũ của tệp rồi “Save with Encoding” → “UTF-8”; hoặc gõ lại nội dung trong tệp mới.`,
    ]);
  });

  test('refuses text broken by an earlier conversion (�), listing its lines', () => {
    expect(refusal(Buffer.from('---\ntitle: D\uFFFDn\n---\nA \uFFFD\nB \uFFFD\n'))).toEqual([
      `${FILE}:2: có ký tự lỗi “�” (U+FFFD): chữ ở đây đã bị hỏng khi chuyển bảng mã hoặc sao chép, không khôi phục được. Gõ lại chữ đó. Cũng có ở dòng 4, 5.`,
    ]);
  });

  test('refuses a legacy font’s letters saved as Unicode, with the text as meant', () => {
    expect(refusal(Buffer.from('---\ntitle: D©n vËn khÐo ë x· VÜnh X­¬ng\n---\n'))).toEqual([
      `${FILE}:2: chữ bị lỗi phông: “title: D©n vËn khÐo ë x· VÜnh X­¬ng” là chữ gõ bằng bảng mã TCVN3 (ABC) của phông chữ cũ nhưng được lưu như Unicode; đọc đúng là “title: Dân vận khéo ở xã Vĩnh Xương”. Thay bằng chữ đúng (gõ lại bằng Unikey, bảng mã Unicode).`,
    ]);
  });

  test('refuses bidirectional controls anywhere, naming them', () => {
    expect(refusal(Buffer.from('---\ntitle: abc\u202Edef\n---\nx\u2066y\u2069\n'))).toEqual([
      `${FILE}:2: có ký tự điều khiển hướng chữ (U+202E, U+2066, U+2069): ký tự vô hình này đảo thứ tự chữ hiển thị, có thể dùng để đánh lừa người đọc, nên không được phép. Xoá ký tự đó (VS Code tô khung các ký tự vô hình) hoặc gõ lại dòng. Cũng có ở dòng 4.`,
    ]);
  });

  test('lets other invisible characters through (they are removed from values, see invisible.ts)', () => {
    expect(decodeContentFile(Buffer.from('title: a\u200Bb\u00AD\n'), FILE)).toBe('title: a\u200Bb\u00AD\n');
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['ASCII and Vietnamese', Buffer.from('Dân vận'), -1],
    ['a lone continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['an overlong form', Buffer.from([0x61, 0xc0, 0xaf]), 1],
    ['a cut sequence at the end', Buffer.from([0x61, 0xe1, 0xba]), 1],
    ['a surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
  ])('%s → %d', (_, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
