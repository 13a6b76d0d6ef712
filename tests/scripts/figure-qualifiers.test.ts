import { describe, expect, test } from 'vitest';
import {
  figureQualifierProblems,
  findQualifiedNumbers,
  findUnqualifiedFigures,
  parseVietnameseNumber,
  passagesOf,
} from '../../scripts/lib/figure-qualifiers.ts';
import { figureSchema, type Figure } from '../../src/schemas/common.ts';

/** A figure as the schema reads it, from source 1 in 2024. */
const figure = (value: number, unit: string, qualifier?: string): Figure =>
  figureSchema.parse({ label: 'Số liệu', value, unit, asOf: '2024', source: 1, ...(qualifier ? { qualifier } : {}) });

describe('parseVietnameseNumber', () => {
  test.each([
    ['1870', 1870],
    ['1.870', 1870],
    ['2.400', 2400],
    ['1.234.567', 1234567],
    ['2,5', 2.5],
    ['102,6', 102.6],
    ['1.870,5', 1870.5],
    ['12.5', 12.5],
    ['0,75', 0.75],
  ])('%s is %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  test.each(['1.87.0', '1,2,3', '12.345,6,7', '1.2.3'])('%s is not a number', (text) => {
    expect(parseVietnameseNumber(text)).toBeUndefined();
  });
});

describe('findQualifiedNumbers', () => {
  test('reads each qualifier with its number and the words after it', () => {
    const found = findQualifiedNumbers('Tỉnh có gần 2.400 mô hình, huy động hơn 1,8 tỷ đồng và khoảng 64 camera.');
    expect(found.map((q) => [q.qualifier, q.written, q.readings])).toEqual([
      ['gần', 'gần 2.400', [{ value: 2400, words: 'mô hình', skip: 0 }]],
      [
        'hơn',
        'hơn 1,8',
        [
          { value: 1.8, words: 'tỷ đồng và', skip: 0 },
          { value: 1.8e9, words: 'đồng và', skip: 1 },
        ],
      ],
      ['khoảng', 'khoảng 64', [{ value: 64, words: 'camera', skip: 0 }]],
    ]);
  });

  test('knows every qualifier of the schema, at the start of a sentence and in old-style tone placement', () => {
    const found = findQualifiedNumbers('Hơn 9 tổ. Trên 500 hộ. Dưới 5 em. Khỏang 30 năm. GẦN 50 người.');
    expect(found.map((q) => q.qualifier)).toEqual(['hơn', 'trên', 'dưới', 'khoảng', 'gần']);
  });

  test('finds a qualifier among the words that follow another number', () => {
    expect(findQualifiedNumbers('hơn 5 hộ và gần 10 người').map((q) => q.written)).toEqual(['hơn 5', 'gần 10']);
  });

  test('reads a unit written against the number', () => {
    expect(findQualifiedNumbers('hơn 92% là hộ nghèo')[0]?.readings[0]).toEqual({
      value: 92,
      words: '% là hộ',
      skip: 0,
    });
    expect(findQualifiedNumbers('khoảng 40m² mỗi căn')[0]?.readings[0]?.words).toBe('m² mỗi căn');
  });

  test('multiplies after nghìn, ngàn and triệu', () => {
    expect(findQualifiedNumbers('gần 2,4 nghìn mô hình')[0]?.readings[1]).toEqual({
      value: 2400,
      words: 'mô hình',
      skip: 1,
    });
    expect(findQualifiedNumbers('hơn 3 ngàn hộ')[0]?.readings[1]?.value).toBe(3000);
    expect(findQualifiedNumbers('trên 500 triệu đồng')[0]?.readings[1]?.value).toBe(5e8);
  });

  test.each([
    'trên địa bàn 14 xã',
    'một khoảng thời gian 2 năm',
    'nhiều hơn nữa',
    'Phơn 12 hộ',
    'ngày 1.2.3 hơn 1.2.3 hộ',
  ])('finds nothing in “%s”', (text) => {
    expect(findQualifiedNumbers(text)).toEqual([]);
  });
});

describe('findUnqualifiedFigures', () => {
  const summary = (text: string) => [{ where: 'phần tóm tắt (summary)', text }];

  test.each([
    ['gần 2.400 mô hình', 'gần 2.400 mô hình', figure(2400, 'mô hình')],
    ['gần 2400 mô hình', 'gần 2400 mô hình', figure(2400, 'mô hình')],
    ['hơn 1,8 tỷ đồng', 'hơn 1,8 tỷ đồng', figure(1.8, 'tỷ đồng')],
    ['hơn 1,8 tỷ đồng', 'hơn 1,8 tỷ đồng', figure(1_800_000_000, 'đồng')],
    ['khoảng 2,4 nghìn mô hình', 'khoảng 2,4 nghìn mô hình', figure(2400, 'mô hình')],
    ['trên 500 triệu đồng từ nhân dân', 'trên 500 triệu đồng', figure(500, 'triệu đồng')],
    ['hơn 92% là hộ nghèo', 'hơn 92%', figure(92, '%')],
    ['Hơn 150 km đường được trải nhựa', 'Hơn 150 km đường', figure(150, 'km đường')],
    ['hơn 1.500 lượt người', 'hơn 1.500 lượt', figure(1500, 'lượt')],
  ])('“%s”, figure without qualifier: warns, quoting “%s”', (text, phrase, fig) => {
    expect(findUnqualifiedFigures([fig], summary(text))).toEqual([
      { index: 0, passage: summary(text)[0], qualifier: expect.any(String), phrase },
    ]);
  });

  test('is silent when the figure has its qualifier', () => {
    expect(findUnqualifiedFigures([figure(2400, 'mô hình', 'gần')], summary('gần 2.400 mô hình'))).toEqual([]);
  });

  test('is silent when another figure of the same number has one: the text may be about that figure', () => {
    const figures = [figure(200, 'người'), figure(200, 'người', 'hơn')];
    expect(findUnqualifiedFigures(figures, summary('hơn 200 người'))).toEqual([]);
  });

  test.each([
    ['another unit', 'gần 9 tỷ đồng', figure(9, 'km')],
    ['a length of time', 'hơn 2 tháng', figure(2, 'tập thể')],
    ['another number', 'gần 2.400 mô hình', figure(2883, 'mô hình')],
    ['1.870 read as the thousands it is', 'hơn 1.870 tỷ đồng', figure(1.87, 'tỷ đồng')],
    ['no qualifier in the text', 'có 2.400 mô hình', figure(2400, 'mô hình')],
  ])('is silent for %s', (_, text, fig) => {
    expect(findUnqualifiedFigures([fig], summary(text))).toEqual([]);
  });

  test('names each figure once, at its first passage', () => {
    const passages = [
      { where: 'phần tóm tắt (summary)', text: 'Vận động hơn 430 triệu đồng.' },
      { where: 'nội dung bài, dòng 20', text: 'Tổng cộng hơn 430 triệu đồng và gần 50 hộ.' },
    ];
    const found = findUnqualifiedFigures([figure(50, 'hộ'), figure(430, 'triệu đồng')], passages);
    expect(found.map((f) => [f.index, f.passage.where, f.phrase])).toEqual([
      [0, 'nội dung bài, dòng 20', 'gần 50 hộ'],
      [1, 'phần tóm tắt (summary)', 'hơn 430 triệu đồng'],
    ]);
  });
});

describe('passagesOf', () => {
  test('gives the summary, then each body line with its line number in the file', () => {
    const raw = ['---', 'title: A', 'summary: B', '---', '', 'Dòng một.', 'Dòng hai.'].join('\n');
    expect(passagesOf(raw, 'B')).toEqual([
      { where: 'phần tóm tắt (summary)', text: 'B' },
      { where: 'nội dung bài, dòng 5', text: '' },
      { where: 'nội dung bài, dòng 6', text: 'Dòng một.' },
      { where: 'nội dung bài, dòng 7', text: 'Dòng hai.' },
    ]);
  });
});

describe('figureQualifierProblems', () => {
  test('puts the warning on the figure’s value, with what the page will show and the fix', () => {
    const raw = [
      '---',
      'summary: Bà con góp hơn 430 triệu đồng làm cầu.',
      'figures:',
      '  - label: Tiền dân góp',
      '    value: 430',
      '    unit: triệu đồng',
      '---',
      'Gần 1.870 hộ được hưởng lợi.',
    ].join('\n');
    const figures = [figure(430, 'triệu đồng'), figure(1870, 'hộ')];
    expect(
      figureQualifierProblems('content/models/cau/index.md', raw, {
        summary: 'Bà con góp hơn 430 triệu đồng làm cầu.',
        figures,
      }),
    ).toEqual([
      {
        file: 'content/models/cau/index.md',
        field: 'figures.0.value',
        message:
          'phần tóm tắt (summary) viết “hơn 430 triệu đồng” nhưng số liệu này không có qualifier, nên trang hiện “430 triệu đồng” như một số chính xác. Nếu nguồn viết “hơn”, thêm dòng qualifier: hơn ngay dưới dòng value; nếu nguồn ghi đúng con số này, bỏ chữ “hơn” trong bài.',
      },
      {
        file: 'content/models/cau/index.md',
        field: 'figures.1.value',
        message:
          'nội dung bài, dòng 8 viết “Gần 1.870 hộ” nhưng số liệu này không có qualifier, nên trang hiện “1.870 hộ” như một số chính xác. Nếu nguồn viết “gần”, thêm dòng qualifier: gần ngay dưới dòng value; nếu nguồn ghi đúng con số này, bỏ chữ “gần” trong bài.',
      },
    ]);
  });

  test('has nothing to say about an entry without figures (a news item)', () => {
    expect(
      figureQualifierProblems('content/news/a/index.md', '---\nsummary: hơn 5 hộ\n---\n', { summary: 'hơn 5 hộ' }),
    ).toEqual([]);
  });
});
