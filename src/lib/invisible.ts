/**
 * Characters that take no room on screen: zero-width spaces and joiners, soft hyphens, byte-order
 * marks in mid-text, control characters, direction marks. Text pasted from web pages, chat apps and
 * Word brings them along; nobody sees them, but they split words for search ("Dân⟨U+200B⟩vận" is not
 * found by "dân vận"), break ids and links, and make a title look filled in when it is empty.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what is
 *   shown, so text can read differently from what it is (“Trojan Source”): a file holding one is
 *   refused (src/loaders/text-file.ts).
 * - The others are removed from every value and from the body, and `npm run check` says where.
 * - The no-break space (U+00A0) is allowed as it is: it is visible (a space), often deliberate
 *   ("5 km" kept on one line), and slugs, search keys and trimming already treat it as a space.
 * - A zero-width joiner between two emoji, and the tag characters of a flag emoji, are part of the
 *   emoji and are kept.
 * Pure functions, no Astro imports; `invisibleCharactersPlugin` does the same to the body, in the
 * Markdown processor (src/lib/mdx-plugin.ts).
 */
import type { MdastPluginDefinition } from 'satteri';

/** Reordering controls: refused, never removed silently. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Every character this module removes: format (Cf) and control (Cc) characters, but tab and line breaks. */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;
const BLACK_FLAG = '\u{1F3F4}';

const NAMES: Record<number, string> = {
  0x0000: 'ký tự rỗng',
  0x000b: 'ký tự xuống dòng của Word',
  0x000c: 'ký tự sang trang',
  0x00ad: 'dấu gạch nối mềm',
  0x061c: 'dấu hướng chữ Ả Rập',
  0x180e: 'dấu tách nguyên âm Mông Cổ',
  0x200b: 'ký tự rộng 0',
  0x200c: 'ký tự không nối rộng 0',
  0x200d: 'ký tự nối rộng 0',
  0x200e: 'dấu hướng trái sang phải',
  0x200f: 'dấu hướng phải sang trái',
  0x2060: 'ký tự nối từ',
  0xfeff: 'dấu BOM giữa văn bản',
};

/** A character's code as Unicode writes it: U+200B. */
function codeOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a character is called in messages: “ký tự rộng 0”. */
function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (NAMES[code]) return NAMES[code];
  if (/[\u202A-\u202E\u2066-\u2069]/.test(char)) return 'ký tự điều khiển hướng chữ';
  return /\p{Cc}/u.test(char) ? 'ký tự điều khiển' : 'ký tự định dạng vô hình';
}

/** A character as messages name it: “ký tự rộng 0 (U+200B)”. */
export function nameCharacter(char: string): string {
  return `${nameOf(char)} (${codeOf(char)})`;
}

/**
 * The distinct characters of `chars`, named in the order they come, those of one name together:
 * “ký tự rộng 0 (U+200B), ký tự điều khiển hướng chữ (U+202E, U+2066)”.
 */
export function nameCharacters(chars: Iterable<string>): string {
  const byName = new Map<string, string[]>();
  for (const char of new Set(chars)) byName.set(nameOf(char), [...(byName.get(nameOf(char)) ?? []), codeOf(char)]);
  return [...byName].map(([name, codes]) => `${name} (${codes.join(', ')})`).join(', ');
}

/** Whether the invisible character at `index` of `text` belongs to an emoji (and is kept). */
function partOfEmoji(text: string, index: number, char: string): boolean {
  if (char === '\u200D') {
    const before = String.fromCodePoint(text.codePointAt(index - 1) ?? 0);
    const beforePair = index >= 2 ? String.fromCodePoint(text.codePointAt(index - 2) ?? 0) : '';
    const after = String.fromCodePoint(text.codePointAt(index + 1) ?? 0);
    // An emoji may end in a variation selector (U+FE0F) or be a surrogate pair.
    const emojiBefore = PICTOGRAPH.test(before) || PICTOGRAPH.test(beforePair) || before === '\uFE0F';
    return emojiBefore && PICTOGRAPH.test(after);
  }
  if (TAG.test(char)) {
    const head = text.slice(0, index);
    return new RegExp(`${BLACK_FLAG}[\\u{E0020}-\\u{E007F}]*$`, 'u').test(head);
  }
  return false;
}

/** The invisible characters of `text` (bidirectional controls included), in order, emoji parts left out. */
export function findInvisible(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    if (!partOfEmoji(text, match.index, match[0])) found.push(match[0]);
  }
  return found;
}

/** `text` without its invisible characters (see the module comment for what is kept). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, (char, index: number, whole: string) => (partOfEmoji(whole, index, char) ? char : ''));
}

/** True when `text` has characters, but only invisible ones and spaces: it looks filled in and is empty. */
export function isEmptyLooking(text: string): boolean {
  return findInvisible(text).length > 0 && stripInvisible(text).trim() === '';
}

/** Shows invisible characters in a value quoted in a message: “an-giang⟨U+200B⟩”. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟨${codeOf(char)}⟩`);
}

/** A value of a file in which invisible characters were found: its field and the characters. */
export interface InvisibleFound {
  /** The field, written `a.b.0` (empty for the value itself). */
  field: string;
  chars: string[];
}

/**
 * A parsed YAML value (frontmatter or a list item) with invisible characters removed from every
 * string and key, and where they were. A string that would be left blank is kept as it is, for the
 * schema to refuse as empty-looking (the message then names its characters).
 */
export function cleanInvisible<T>(value: T): { value: T; found: InvisibleFound[] } {
  const found = new Map<string, string[]>();
  const record = (path: string[], chars: string[]) => {
    const field = path.join('.');
    found.set(field, [...(found.get(field) ?? []), ...chars]);
  };
  const walk = (node: unknown, path: string[]): unknown => {
    if (typeof node === 'string') {
      const chars = findInvisible(node);
      if (chars.length === 0 || isEmptyLooking(node)) return node;
      record(path, chars);
      return stripInvisible(node);
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, String(i)]));
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => {
          const clean = stripInvisible(key);
          if (clean !== key) record([...path, clean], findInvisible(key));
          return [clean, walk(item, [...path, clean])];
        }),
      );
    }
    return node;
  };
  const cleaned = walk(value, []) as T;
  return { value: cleaned, found: [...found].map(([field, chars]) => ({ field, chars })) };
}

/** The warning `npm run check` gives for a value whose invisible characters were removed. */
export function invisibleMessage(chars: Iterable<string>, where = ''): string {
  return `${where}có ký tự vô hình: ${nameCharacters(chars)}. Đã được bỏ đi khi xuất bản; nên xoá khỏi tệp (thường do dán chữ từ web hoặc Word; VS Code tô khung các ký tự này).`;
}

/**
 * The body's share: a Sätteri mdast plugin removing invisible characters from text, code and
 * pictures' alt text, so they reach neither the page nor the search index. `.md` and `.mdx` files
 * both go through it (see `contentProcessor`).
 */
export function invisibleCharactersPlugin(): MdastPluginDefinition {
  const clean = <N extends { value: string }>(node: Readonly<N>): N | undefined =>
    findInvisible(node.value).length > 0 ? ({ ...node, value: stripInvisible(node.value) } as N) : undefined;
  return {
    name: 'dvk-invisible-characters',
    text: clean,
    inlineCode: clean,
    code: clean,
    image: (node) =>
      node.alt && findInvisible(node.alt).length > 0 ? { ...node, alt: stripInvisible(node.alt) } : undefined,
  };
}
