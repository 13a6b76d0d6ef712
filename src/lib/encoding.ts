/**
 * What a text file was saved in, when it is not UTF-8. Staff copy text from old documents typed
 * with Vietnamese legacy fonts (TCVN3 “ABC” with .VnTime, VNI with VNI-Times), from Windows’
 * “ANSI” code pages (Windows-1258, Windows-1252) and from editors that save UTF-16. Bytes that are
 * not UTF-8 are decoded in each of these, and the reading whose words are Vietnamese syllables
 * names the encoding. Text that is valid UTF-8 but shows a legacy font’s characters (“D©n vËn”),
 * or UTF-8 read as Windows-1252 (“DÃ¢n”), is found the same way, line by line.
 * Pure functions, no Astro imports: the loaders and `npm run check` share them (src/loaders/text-file.ts).
 */

/** The encodings told apart, as messages name them. */
export const ENCODING_NAMES = {
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI Windows',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252 (Latin-1)',
  'utf-8': 'UTF-8',
} as const;
export type Encoding = keyof typeof ENCODING_NAMES;
/** The single-byte encodings a file that is not UTF-8 may be in. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258' | 'windows-1252';

/**
 * TCVN 5712:1993 bytes 0x80–0xFF, as glibc's iconv (TCVN5712-1) decodes them. TCVN3 (“ABC”, the
 * .VnTime fonts) uses the same codes for lower-case letters and for Ă Â Ê Ô Ơ Ư Đ; its upper-case
 * toned letters are the lower-case codes in another font, so they read as lower case here.
 */
const TCVN3_HIGH =
  '\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128' +
  '\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168' +
  '\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0' +
  '\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4' +
  '\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD' +
  '\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2' +
  '\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9' +
  '\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
/** The five tone marks, in the order VNI's keys (1–5) and tables give them. */
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

/**
 * VNI Windows: a letter is an ASCII vowel followed by a mark byte (shown here as the Windows-1252
 * character of that byte), or one byte for đ, ơ, ư and the toned i's. Built from the marks rather
 * than listed letter by letter: `á` is `a` + `ù`, `ậ` is `a` + `ä`, `ơ` is `ô`, `đ` is `ñ`.
 */
function vniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (letter: string, vni: string) => {
    table.set(letter.normalize('NFC'), vni);
    table.set(letter.normalize('NFC').toUpperCase(), vni.toUpperCase());
  };
  const plain = ['ù', 'ø', 'û', 'õ', 'ï'];
  const circumflex = ['á', 'à', 'å', 'ã', 'ä'];
  const breve = ['é', 'è', 'ú', 'ü', 'ë'];
  TONES.forEach((tone, i) => {
    for (const vowel of 'aeouy') add(vowel + tone, vowel + plain[i]);
    for (const vowel of 'aeo') add(`${vowel}\u0302${tone}`, vowel + circumflex[i]);
    add(`a\u0306${tone}`, `a${breve[i]}`);
    add(`o\u031B${tone}`, `ô${plain[i]}`);
    add(`u\u031B${tone}`, `ö${plain[i]}`);
    add(`i${tone}`, ['í', 'ì', 'æ', 'ó', 'ò'][i]!);
  });
  for (const vowel of 'aeo') add(`${vowel}\u0302`, `${vowel}â`);
  add('a\u0306', 'aê');
  add('o\u031B', 'ô');
  add('u\u031B', 'ö');
  add(`y${DOT}`, 'î');
  add('đ', 'ñ');
  return table;
}

const VNI = vniTable();
/** VNI sequences to letters, two-character sequences first so `oâ` (ô) wins over `ô` (ơ). */
const VNI_DECODE = new Map([...VNI].map(([letter, vni]) => [vni, letter]));
const VNI_PATTERN = new RegExp(
  [...VNI_DECODE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Windows-1252's bytes 0x80–0x9F, which differ from Latin-1's control characters there. */
const CP1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));

/**
 * `bytes` decoded as `encoding` (Windows code pages by the platform, TCVN3 and VNI by the tables
 * above). Legacy readings are composed (NFC); UTF-8 is returned as it is.
 */
export function decodeAs(bytes: Uint8Array, encoding: LegacyEncoding | 'utf-8'): string {
  if (encoding === 'tcvn3') {
    let text = '';
    for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : TCVN3_HIGH[byte - 0x80];
    return text.normalize('NFC');
  }
  if (encoding === 'vni') {
    return new TextDecoder('windows-1252').decode(bytes).replace(VNI_PATTERN, (s) => VNI_DECODE.get(s) ?? s);
  }
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return new TextDecoder(encoding).decode(bytes).normalize('NFC');
}

/** Whether every character of `text` has a byte in Windows-1252 (what `toWindows1252` needs). */
function isWindows1252(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x100 && !CP1252_HIGH.includes(text[i]!)) return false;
  }
  return true;
}

/**
 * The Windows-1252 bytes of `text`, or undefined when a character has none: how mojibake is
 * undone (Latin-1's control characters 0x80–0x9F are taken as their bytes too).
 */
export function toWindows1252(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const special = CP1252_HIGH.indexOf(char);
    if (code < 0x100) bytes.push(code);
    else if (special >= 0) bytes.push(0x80 + special);
    else return undefined;
  }
  return Uint8Array.from(bytes);
}

/** `text` in a legacy encoding, for tests and fixtures: TCVN3 or VNI bytes (ASCII passes through). */
export function encodeLegacy(text: string, encoding: 'tcvn3' | 'vni'): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else if (encoding === 'tcvn3') {
      const at = TCVN3_HIGH.indexOf(char);
      const lower = TCVN3_HIGH.indexOf(char.toLowerCase());
      if (at >= 0x20) bytes.push(0x80 + at);
      else if (lower >= 0x20) bytes.push(0x80 + lower);
      else throw new Error(`TCVN3 has no code for ${char}`);
    } else {
      const vni = VNI.get(char);
      const encoded = toWindows1252(vni ?? char);
      if (!encoded) throw new Error(`VNI has no code for ${char}`);
      bytes.push(...encoded);
    }
  }
  return Uint8Array.from(bytes);
}

/** A character outside ASCII. */
export const NON_ASCII = /\P{ASCII}/u;

/** Vowel groups of Vietnamese syllables, tone marks removed. */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
]; // prettier-ignore
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?:${NUCLEI.join('|')})(?:ch|nh|ng|[cmnpt])?$`,
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Whether `word` is spelt as a Vietnamese syllable (an onset, a vowel group, a final, at most one
 * tone mark). Loose — it tells Vietnamese from mojibake, it does not check spelling.
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  if ((nfd.match(TONE_MARK) ?? []).length > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE_MARK, '').normalize('NFC'));
}

/** How many words of `text` have a non-ASCII character, and how many of those are Vietnamese syllables. */
export function scoreVietnamese(text: string): { words: number; syllables: number } {
  let words = 0;
  let syllables = 0;
  // Words are split at spaces and ASCII punctuation only: a legacy font's letters show as symbols
  // (“D©n”), which must stay inside the word they spoil. Symbols at a word's ends are quotes.
  for (const token of text.split(/[\s!-/:-@[-`{-~]+/)) {
    const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!NON_ASCII.test(word)) continue;
    words += 1;
    if (isVietnameseSyllable(word)) syllables += 1;
  }
  return { words, syllables };
}

const ratio = ({ words, syllables }: { words: number; syllables: number }) => (words === 0 ? 0 : syllables / words);

/** UTF-16 by its byte-order mark, or by the zero bytes every other byte of mostly-ASCII UTF-16 has. */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const pairs = sample.length / 2;
  if (pairs >= 4 && odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (pairs >= 4 && even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** The legacy encodings tried, the plainest first: a later one must read strictly better to win. */
const LEGACY: LegacyEncoding[] = ['windows-1252', 'windows-1258', 'tcvn3', 'vni'];

/**
 * For bytes that are not UTF-8: the legacy encoding in which most of the words are Vietnamese
 * syllables, with that reading, or undefined when none reads as Vietnamese.
 */
export function guessLegacyEncoding(bytes: Uint8Array): { encoding: LegacyEncoding; text: string } | undefined {
  let best: { encoding: LegacyEncoding; text: string; ratio: number } | undefined;
  for (const encoding of LEGACY) {
    const text = decodeAs(bytes, encoding);
    const score = scoreVietnamese(text);
    if (score.syllables === 0) continue;
    if (!best || ratio(score) > best.ratio) best = { encoding, text, ratio: ratio(score) };
  }
  return best && best.ratio >= 0.6 ? { encoding: best.encoding, text: best.text } : undefined;
}

/**
 * When `line` (valid Unicode) is mojibake — Vietnamese typed in a legacy font, or UTF-8 read as
 * Windows-1252 — the encoding it was meant in and the line as it was meant; undefined otherwise.
 * Conservative: most of the line's non-ASCII words must fail as Vietnamese, and the line's
 * Windows-1252 bytes read in that encoding must be Vietnamese.
 */
export function findMojibake(line: string): { encoding: LegacyEncoding | 'utf-8'; fixed: string } | undefined {
  // Mojibake is made of Windows-1252 characters only. Any other letter (ư, ơ, đ, ạ… in every
  // line of real Vietnamese) rules it out at once, before the costlier scoring below.
  if (!isWindows1252(line)) return undefined;
  const score = scoreVietnamese(line);
  if (score.words < 2 || ratio(score) >= 0.5) return undefined;
  const bytes = toWindows1252(line);
  if (!bytes) return undefined;
  for (const encoding of ['utf-8', 'windows-1258', 'tcvn3', 'vni'] as const) {
    let fixed: string;
    try {
      fixed =
        encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }).decode(bytes) : decodeAs(bytes, encoding);
    } catch {
      continue;
    }
    const again = scoreVietnamese(fixed);
    if (fixed !== line && again.syllables >= 2 && ratio(again) >= 0.8) return { encoding, fixed };
  }
  return undefined;
}
