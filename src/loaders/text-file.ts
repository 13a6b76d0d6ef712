/**
 * The one way content files are read, by the build's loaders and by `npm run check`: as bytes,
 * accepted only as UTF-8 (a UTF-8 byte-order mark is fine and dropped). A file in another encoding
 * — UTF-16, a legacy Vietnamese font's encoding (TCVN3, VNI), a Windows code page — is refused with
 * the encoding it looks like and how to save it as UTF-8, instead of being published as garbage or
 * reported as "missing frontmatter". UTF-8 text is refused when it holds what cannot be right:
 * the replacement character “�” (text already broken by a conversion), legacy-font mojibake
 * (“D©n vËn”), or a bidirectional control character (see src/lib/invisible.ts).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ContentError, type ContentProblem } from '../lib/content-errors.ts';
import {
  decodeAs,
  detectUtf16,
  ENCODING_NAMES,
  findMojibake,
  guessLegacyEncoding,
  NON_ASCII,
  type LegacyEncoding,
} from '../lib/encoding.ts';
import { BIDI_CONTROLS, nameCharacters } from '../lib/invisible.ts';

/** How to save a file as UTF-8 in VS Code, the editor the guide recommends. */
const SAVE_AS_UTF8 = '“Save with Encoding” → “UTF-8”';

/** For each legacy encoding: what it is, and how to turn the file into UTF-8. */
const LEGACY_FIX: Record<LegacyEncoding, { what: string; fix: string }> = {
  tcvn3: {
    what: 'chữ có vẻ gõ bằng bảng mã TCVN3 (ABC) của phông chữ cũ (.VnTime)',
    fix: `Chuyển sang Unicode: trong VS Code chọn “Reopen with Encoding” → “Western (Windows 1252)”, chép hết chữ, chuyển mã bằng Unikey (Ctrl+Shift+F6: nguồn TCVN3 (ABC), đích Unicode, “Chuyển mã clipboard”), dán lại rồi chọn ${SAVE_AS_UTF8}.`,
  },
  vni: {
    what: 'chữ có vẻ gõ bằng bảng mã VNI Windows của phông chữ cũ (VNI-Times)',
    fix: `Chuyển sang Unicode: trong VS Code chọn “Reopen with Encoding” → “Western (Windows 1252)”, chép hết chữ, chuyển mã bằng Unikey (Ctrl+Shift+F6: nguồn VNI Windows, đích Unicode, “Chuyển mã clipboard”), dán lại rồi chọn ${SAVE_AS_UTF8}.`,
  },
  'windows-1258': {
    what: 'có vẻ lưu bằng bảng mã Windows-1258 (tiếng Việt của Windows)',
    fix: `Trong VS Code chọn “Reopen with Encoding” → “Vietnamese (Windows 1258)”, xem lại chữ, rồi chọn ${SAVE_AS_UTF8}.`,
  },
  'windows-1252': {
    what: 'có vẻ lưu bằng bảng mã Windows-1252 (Latin-1), bảng mã không có đủ chữ tiếng Việt (ă, ơ, ư, đ, ạ… có thể đã mất dấu hoặc thành “?”)',
    fix: `Trong VS Code chọn “Reopen with Encoding” → “Western (Windows 1252)”, gõ lại các chữ bị mất dấu, rồi chọn ${SAVE_AS_UTF8}.`,
  },
};

/** A line quoted in a message: trimmed, and cut when long. */
function quote(line: string): string {
  const text = line.trim();
  return `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;
}

/** The offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Nearly every file is valid: Node's native check says so at once; only a file that is not is
  // walked, sequence by sequence, to find where.
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    const sequence = bytes.subarray(i, i + length);
    if (sequence.length < length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

/** The line number (from 1) of byte `offset`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** A problem on some lines: the first names the finding, the others are listed in the message. */
function onLines(file: string, lines: number[], message: string): ContentProblem {
  const others = lines.slice(1, 6);
  const more = lines.length > 6 ? ` và ${lines.length - 6} dòng khác` : '';
  const also = others.length > 0 ? ` Cũng có ở dòng ${others.join(', ')}${more}.` : '';
  return { file: `${file}:${lines[0]}`, message: `${message}${also}` };
}

/** Why `bytes` are not UTF-8 text, as a problem; undefined when they are. */
function encodingProblem(bytes: Uint8Array, file: string): ContentProblem | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return {
      file,
      message:
        'đây không phải tệp chữ mà là tệp nén (thường là tệp Word .docx đổi tên). Mở tài liệu bằng Word, chép nội dung sang tệp này trong VS Code, rồi lưu lại.',
    };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    return {
      file,
      message: `tệp không ở dạng UTF-8 (có vẻ lưu bằng ${ENCODING_NAMES[utf16]}) nên không đọc được. Mở tệp bằng VS Code, bấm chữ “${ENCODING_NAMES[utf16]}” ở thanh dưới cùng, chọn ${SAVE_AS_UTF8}, rồi chạy lại “npm run check”.`,
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return undefined;
  const line = lineOfByte(bytes, invalid);
  const guess = guessLegacyEncoding(bytes);
  if (!guess) {
    return {
      file: `${file}:${line}`,
      message: `tệp không ở dạng UTF-8: dòng ${line} có byte không đọc được, không rõ bảng mã. Mở tệp bằng VS Code, chọn “Reopen with Encoding” với bảng mã cũ của tệp rồi ${SAVE_AS_UTF8}; hoặc gõ lại nội dung trong tệp mới.`,
    };
  }
  const { what, fix } = LEGACY_FIX[guess.encoding];
  const sample = guess.text.split(/\r?\n/)[line - 1] ?? '';
  return {
    file: `${file}:${line}`,
    message: `tệp không ở dạng UTF-8: ${what}; dòng ${line} đọc theo bảng mã đó là ${quote(sample)}. ${fix}`,
  };
}

/** What cannot be right in UTF-8 text: “�”, legacy-font mojibake, bidirectional controls. */
function textProblems(text: string, file: string): ContentProblem[] {
  const replaced: number[] = [];
  const bidi: { line: number; chars: string[] }[] = [];
  const mojibake: { line: number; text: string; found: NonNullable<ReturnType<typeof findMojibake>> }[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.includes('\uFFFD')) replaced.push(index + 1);
    const controls = line.match(BIDI_CONTROLS);
    if (controls) bidi.push({ line: index + 1, chars: controls });
    const found = NON_ASCII.test(line) ? findMojibake(line) : undefined;
    if (found) mojibake.push({ line: index + 1, text: line, found });
  });
  const problems: ContentProblem[] = [];
  if (mojibake.length > 0) {
    const [first] = mojibake as [(typeof mojibake)[number]];
    const why =
      first.found.encoding === 'utf-8'
        ? 'là chữ UTF-8 bị đọc nhầm thành Windows-1252 rồi lưu lại'
        : `là chữ gõ bằng bảng mã ${ENCODING_NAMES[first.found.encoding]} của phông chữ cũ nhưng được lưu như Unicode`;
    problems.push(
      onLines(
        file,
        mojibake.map((m) => m.line),
        `chữ bị lỗi phông: ${quote(first.text)} ${why}; đọc đúng là ${quote(first.found.fixed)}. Thay bằng chữ đúng (gõ lại bằng Unikey, bảng mã Unicode).`,
      ),
    );
  }
  if (replaced.length > 0) {
    problems.push(
      onLines(
        file,
        replaced,
        'có ký tự lỗi “�” (U+FFFD): chữ ở đây đã bị hỏng khi chuyển bảng mã hoặc sao chép, không khôi phục được. Gõ lại chữ đó.',
      ),
    );
  }
  if (bidi.length > 0) {
    problems.push(
      onLines(
        file,
        bidi.map((b) => b.line),
        `có ${nameCharacters(bidi.flatMap((b) => b.chars))}: ký tự vô hình này đảo thứ tự chữ hiển thị, có thể dùng để đánh lừa người đọc, nên không được phép. Xoá ký tự đó (VS Code tô khung các ký tự vô hình) hoặc gõ lại dòng.`,
      ),
    );
  }
  return problems;
}

/**
 * The text of a content file from its bytes, or a ContentError saying, in Vietnamese, why it cannot
 * be used. `file` is the name messages give (relative to the project).
 */
export function decodeContentFile(bytes: Uint8Array, file: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const problem = encodingProblem(body, file);
  if (problem) throw new ContentError([problem]);
  const text = decodeAs(body, 'utf-8');
  const problems = textProblems(text, file);
  if (problems.length > 0) throw new ContentError(problems);
  return text;
}

/** Reads a content file at `absolute` (see `decodeContentFile`). */
export async function readContentFile(absolute: string | URL, file: string): Promise<string> {
  return decodeContentFile(await readFile(absolute), file);
}

/** Reads a content file at `absolute`, synchronously (see `decodeContentFile`). */
export function readContentFileSync(absolute: string | URL, file: string): string {
  return decodeContentFile(readFileSync(absolute), file);
}
