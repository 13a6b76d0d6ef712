/** Invisible characters: named for staff, removed from values and bodies, emoji left whole. */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  cleanInvisible,
  findInvisible,
  invisibleCharactersPlugin,
  invisibleMessage,
  isEmptyLooking,
  nameCharacter,
  nameCharacters,
  showInvisible,
  stripInvisible,
} from '../../src/lib/invisible.ts';

const FAMILY = '👨\u200D👩\u200D👧';
const SCOTLAND = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';

describe('nameCharacter', () => {
  test.each([
    ['\u200B', 'ký tự rộng 0 (U+200B)'],
    ['\u00AD', 'dấu gạch nối mềm (U+00AD)'],
    ['\uFEFF', 'dấu BOM giữa văn bản (U+FEFF)'],
    ['\u202E', 'ký tự điều khiển hướng chữ (U+202E)'],
    ['\u000B', 'ký tự xuống dòng của Word (U+000B)'],
    ['\u0007', 'ký tự điều khiển (U+0007)'],
    ['\u2063', 'ký tự định dạng vô hình (U+2063)'],
  ])('names %j “%s”', (char, name) => {
    expect(nameCharacter(char)).toBe(name);
  });
});

describe('nameCharacters', () => {
  test('names each character once, those of one name together, in the order they come', () => {
    expect(nameCharacters(['\u200B', '\u202E', '\u200B', '\u2066'])).toBe(
      'ký tự rộng 0 (U+200B), ký tự điều khiển hướng chữ (U+202E, U+2066)',
    );
  });
});

describe('findInvisible and stripInvisible', () => {
  test.each([
    ['Dân\u200Bvận', 'Dânvận', ['\u200B']],
    ['khé\u00ADo', 'khéo', ['\u00AD']],
    ['a\uFEFFb\u2060c', 'abc', ['\uFEFF', '\u2060']],
    ['dòng\u000Bmới', 'dòngmới', ['\u000B']],
    ['tab\tand\r\nlines', 'tab\tand\r\nlines', []],
    ['5\u00A0km', '5\u00A0km', []],
    [`gia đình ${FAMILY}`, `gia đình ${FAMILY}`, []],
    [`cờ ${SCOTLAND}`, `cờ ${SCOTLAND}`, []],
    ['a\u200Db', 'ab', ['\u200D']],
  ])('%j → %j', (text, stripped, found) => {
    expect(stripInvisible(text)).toBe(stripped);
    expect(findInvisible(text)).toEqual(found);
  });
});

describe('isEmptyLooking', () => {
  test.each([
    ['\u200B\u200B', true],
    [' \u200C\u00A0', true],
    ['', false],
    ['   ', false],
    ['a\u200B', false],
  ])('%j → %s', (text, empty) => {
    expect(isEmptyLooking(text)).toBe(empty);
  });
});

describe('showInvisible', () => {
  test('marks each invisible character with its code, for a value quoted in a message', () => {
    expect(showInvisible('an-giang\u200B')).toBe('an-giang⟨U+200B⟩');
  });
});

describe('cleanInvisible', () => {
  test('cleans every string and key, nested, and says where', () => {
    const { value, found } = cleanInvisible({
      'title\u200B': 'Dân\u200Bvận',
      figures: [{ label: 'Số\u00AD hộ', value: 3 }],
      place: 'an-giang',
    });
    expect(value).toEqual({ title: 'Dânvận', figures: [{ label: 'Số hộ', value: 3 }], place: 'an-giang' });
    expect(found).toEqual([
      { field: 'title', chars: ['\u200B', '\u200B'] },
      { field: 'figures.0.label', chars: ['\u00AD'] },
    ]);
  });

  test('keeps a value made only of invisible characters, for the schema to refuse as empty-looking', () => {
    expect(cleanInvisible({ title: '\u200B' })).toEqual({ value: { title: '\u200B' }, found: [] });
  });
});

describe('invisibleMessage', () => {
  test('says what was found, that it was removed and where it comes from', () => {
    expect(invisibleMessage(['\u200B'])).toBe(
      'có ký tự vô hình: ký tự rộng 0 (U+200B). Đã được bỏ đi khi xuất bản; nên xoá khỏi tệp (thường do dán chữ từ web hoặc Word; VS Code tô khung các ký tự này).',
    );
  });
});

describe('invisibleCharactersPlugin', () => {
  test('removes them from text, code and alt text, and keeps emoji whole', async () => {
    const { html } = await markdownToHtml(
      `Dân\u200Bvận **khéo\u00AD** \`co\u200Bde\` ![a\u200Bb](./x.png) ${FAMILY}\n`,
      { mdastPlugins: [invisibleCharactersPlugin()] },
    );
    expect(html).toBe(`<p>Dânvận <strong>khéo</strong> <code>code</code> <img src="./x.png" alt="ab"> ${FAMILY}</p>\n`);
  });
});
