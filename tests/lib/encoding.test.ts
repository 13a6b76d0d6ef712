/**
 * Telling legacy Vietnamese encodings apart. The TCVN3 and Windows-1258 samples are the bytes
 * glibc's iconv gives (an encoder other than ours); the VNI ones are the spellings VNI users know
 * (“Xin chaøo caùc baïn”, “ñöôøng”).
 */
import { describe, expect, test } from 'vitest';
import {
  decodeAs,
  detectUtf16,
  encodeLegacy,
  findMojibake,
  guessLegacyEncoding,
  isVietnameseSyllable,
  scoreVietnamese,
  toWindows1252,
} from '../../src/lib/encoding.ts';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const cp1252 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);
/** `iconv -f UTF-8 -t TCVN5712-1` of “Mô hình Dân vận khéo ở xã Vĩnh Xương”. */
const TCVN3 = hex('4dab2068d76e682044a96e2076cb6e206b68d06f20eb2078b72056dc6e682058adac6e67');
/** `iconv -f UTF-8 -t WINDOWS-1258` of “Dân vận khéo ở Tân Châu”. */
const CP1258 = hex('44e26e2076e2f26e206b68e96f20f5d22054e26e204368e275');

describe('decodeAs', () => {
  test('reads TCVN3 bytes as iconv wrote them', () => {
    expect(cp1252(TCVN3)).toBe('M« h×nh D©n vËn khÐo ë x· VÜnh X­¬ng');
    expect(decodeAs(TCVN3, 'tcvn3')).toBe('Mô hình Dân vận khéo ở xã Vĩnh Xương');
  });

  test('reads Windows-1258, whose tone marks follow their letters, composed', () => {
    expect(decodeAs(CP1258, 'windows-1258')).toBe('Dân vận khéo ở Tân Châu');
  });

  test('reads VNI, its marks after the vowel and đ, ơ, ư as one byte', () => {
    expect(decodeAs(toWindows1252('Xin chaøo caùc baïn, ñöôøng Vieät Nam')!, 'vni')).toBe(
      'Xin chào các bạn, đường Việt Nam',
    );
  });

  test('leaves UTF-8 as it is, decomposed letters included', () => {
    const nfd = 'Dân'.normalize('NFD');
    expect(decodeAs(new TextEncoder().encode(nfd), 'utf-8')).toBe(nfd);
  });
});

describe('encodeLegacy', () => {
  test('writes TCVN3 as iconv does', () => {
    expect(encodeLegacy('Mô hình Dân vận khéo ở xã Vĩnh Xương', 'tcvn3')).toEqual(TCVN3);
  });

  test('writes VNI as VNI users know it', () => {
    expect(cp1252(encodeLegacy('Xin chào các bạn, đường Việt Nam. ĐƯỜNG', 'vni'))).toBe(
      'Xin chaøo caùc baïn, ñöôøng Vieät Nam. ÑÖÔØNG',
    );
  });
});

describe('isVietnameseSyllable', () => {
  test.each(['nghiêng', 'người', 'được', 'khuya', 'quyết', 'giữ', 'gìn', 'thuở', 'Hoàng', 'CHÂU', 'Đốc', 'oái', 'ơ'])(
    '“%s” is one',
    (word) => expect(isVietnameseSyllable(word)).toBe(true),
  );

  test.each(['Daân', 'vËn', 'khÐo', 'Chnăm', 'aồ', 'hóà', 'förbinda'])('“%s” is not', (word) =>
    expect(isVietnameseSyllable(word)).toBe(false),
  );
});

describe('scoreVietnamese', () => {
  test('counts only words with a letter outside ASCII, quotes around them set aside', () => {
    expect(scoreVietnamese('“Dân vận khéo” — mô hình ở An Giang (2024)')).toEqual({ words: 6, syllables: 6 });
    expect(scoreVietnamese('D©n vËn khÐo')).toEqual({ words: 3, syllables: 0 });
  });
});

describe('detectUtf16', () => {
  const text = 'title: Dân vận\n';
  test.each([
    ['with a little-endian mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    [
      'with a big-endian mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['little-endian without a mark', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['big-endian without a mark', Buffer.from(text, 'utf16le').swap16(), 'utf-16be'],
    ['UTF-8 (not UTF-16)', Buffer.from(text), undefined],
  ])('reads %s as such', (_, bytes, expected) => {
    expect(detectUtf16(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('guessLegacyEncoding', () => {
  const sentence = 'Mô hình Dân vận khéo ở xã Vĩnh Xương được người dân ủng hộ';
  test.each([
    ['tcvn3', encodeLegacy(sentence, 'tcvn3')],
    ['vni', encodeLegacy(sentence, 'vni')],
    ['windows-1258', CP1258],
  ])('names %s and reads the text in it', (encoding, bytes) => {
    const guess = guessLegacyEncoding(bytes);
    expect(guess?.encoding).toBe(encoding);
    expect(guess?.text).toBe(decodeAs(bytes, encoding as 'tcvn3'));
  });

  test('names Windows-1252 for Vietnamese saved by Notepad as “ANSI” (unknown letters become ?)', () => {
    expect(guessLegacyEncoding(toWindows1252('Dân v?n khéo ? Tân Châu, An Giang')!)?.encoding).toBe('windows-1252');
  });

  test('names nothing when no reading is Vietnamese', () => {
    expect(guessLegacyEncoding(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]))).toBeUndefined();
  });
});

describe('findMojibake', () => {
  test.each([
    ['title: D©n vËn khÐo ë x· VÜnh X­¬ng', 'tcvn3', 'title: Dân vận khéo ở xã Vĩnh Xương'],
    ['title: Daân vaän kheùo Vieät Nam', 'vni', 'title: Dân vận khéo Việt Nam'],
    ['title: DÃ¢n váº­n khÃ©o Viá»‡t Nam', 'utf-8', 'title: Dân vận khéo Việt Nam'],
  ])('reads “%s” as %s', (line, encoding, fixed) => {
    expect(findMojibake(line)).toEqual({ encoding, fixed });
  });

  test.each([
    'title: Mô hình “Dân vận khéo” ở Tân Châu',
    '  - title: Effektiv massmobilisering – kraften att förbinda partiets vilja med folkets hjärtan.',
    'Lễ Chôl Chnăm Thmây của đồng bào Khmer ở Tri Tôn',
    'Café Paris, crème brûlée',
  ])('leaves “%s” alone', (line) => {
    expect(findMojibake(line)).toBeUndefined();
  });
});

describe('toWindows1252', () => {
  test('gives the bytes of Latin-1 and Windows-1252 characters, nothing for others', () => {
    expect(toWindows1252('é€')).toEqual(Uint8Array.from([0xe9, 0x80]));
    expect(toWindows1252('ă')).toBeUndefined();
  });
});
