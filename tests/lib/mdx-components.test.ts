import { describe, expect, test } from 'vitest';
import {
  checkElement,
  checkEsm,
  checkExpression,
  checkTagInMarkdown,
  closestName,
  countSources,
  describeSyntaxError,
  MDX_COMPONENT_NAMES,
  type JsxAttribute,
  type JsxElement,
  type SourceCount,
} from '../../src/lib/mdx-components.ts';

const TWO_SOURCES: SourceCount = { count: 2, field: 'sources' };

/** Attributes written the way an editor types them: `{1}` is an expression, anything else a string, null a bare name. */
function attrs(values: Record<string, string | null>): JsxAttribute[] {
  return Object.entries(values).map(([name, value]) => {
    if (value === null) return { type: 'mdxJsxAttribute', name, value: null };
    const expression = /^\{(.*)\}$/s.exec(value);
    return {
      type: 'mdxJsxAttribute',
      name,
      value: expression ? { type: 'mdxJsxAttributeValueExpression', value: expression[1]! } : value,
    };
  });
}

/** A correct use of each component, which cases change one thing in. */
const GOOD: Record<string, JsxElement> = {
  TrichDan: {
    name: 'TrichDan',
    attributes: attrs({ nguoi: 'ông A', nguon: '{1}' }),
    inline: false,
    parent: undefined,
    text: 'Lời nói.',
    children: [{ text: 'Lời nói.' }],
  },
  DongThoiGian: {
    name: 'DongThoiGian',
    attributes: [],
    inline: false,
    parent: undefined,
    text: 'Khởi công.',
    children: [{ component: 'Moc', text: 'Khởi công.' }],
  },
  Moc: {
    name: 'Moc',
    attributes: attrs({ ngay: '2020-07-30', nguon: '{2}' }),
    inline: false,
    parent: 'DongThoiGian',
    text: 'Khởi công.',
    children: [{ text: 'Khởi công.' }],
  },
  SoLieu: {
    name: 'SoLieu',
    attributes: attrs({ so: '{43}', donVi: 'km', nhan: 'đường', nguon: '{1}', uocLuong: 'hơn' }),
    inline: false,
    parent: undefined,
    text: '',
    children: [],
  },
};

const change = (name: string, patch: Partial<JsxElement>): JsxElement => ({ ...GOOD[name]!, ...patch });

describe('checkElement', () => {
  test.each(Object.keys(GOOD))('accepts <%s> used as documented', (name) => {
    expect(checkElement(GOOD[name]!, TWO_SOURCES)).toEqual([]);
  });

  test('accepts each partial date and each qualifier', () => {
    for (const ngay of ['2020', '2020-07', '2020-07-30']) {
      expect(checkElement(change('Moc', { attributes: attrs({ ngay, nguon: '{1}' }) }), TWO_SOURCES)).toEqual([]);
    }
    for (const uocLuong of ['hơn', 'trên', 'gần', 'khoảng', 'dưới']) {
      const attributes = attrs({ so: '{12.5}', donVi: 'km', nhan: 'đường', nguon: '{1}', uocLuong });
      expect(checkElement(change('SoLieu', { attributes }), TWO_SOURCES)).toEqual([]);
    }
  });

  test.each<[string, JsxElement, SourceCount, string]>([
    [
      'an unknown component, with the likely name',
      change('TrichDan', { name: 'TrichDann' }),
      TWO_SOURCES,
      'không có thẻ <TrichDann>. Các thẻ dùng được: <TrichDan>, <DongThoiGian>, <Moc>, <SoLieu>. Có phải ý bạn là <TrichDan>?',
    ],
    [
      'an HTML tag',
      change('TrichDan', { name: 'div', attributes: [] }),
      TWO_SOURCES,
      'thẻ HTML <div> không dùng được trong bài',
    ],
    ['a fragment', change('TrichDan', { name: null }), TWO_SOURCES, 'thẻ rỗng <>…</> không dùng được'],
    [
      'an unknown prop, with the likely one',
      change('TrichDan', { attributes: attrs({ nguoi: 'ông A', nguon: '{1}', nguonn: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguonn”: không có thuộc tính này. <TrichDan> chỉ nhận: nguoi, nguon. Có phải ý bạn là “nguon”?',
    ],
    [
      'props spread from an expression',
      change('TrichDan', {
        attributes: [...attrs({ nguoi: 'ông A', nguon: '{1}' }), { type: 'mdxJsxExpressionAttribute', value: '...x' }],
      }),
      TWO_SOURCES,
      'thẻ <TrichDan>: “{...x}” không dùng được',
    ],
    [
      'a prop written twice',
      change('TrichDan', { attributes: [...attrs({ nguoi: 'ông A', nguon: '{1}' }), ...attrs({ nguon: '{2}' })] }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguon”: được ghi hai lần',
    ],
    [
      'a missing nguon',
      change('TrichDan', { attributes: attrs({ nguoi: 'ông A' }) }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguon”: còn thiếu. Thêm nguon={1}',
    ],
    [
      'a missing nguoi',
      change('TrichDan', { attributes: attrs({ nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguoi”: còn thiếu. Thêm nguoi="',
    ],
    [
      'nguon past the sources of a model',
      change('Moc', { attributes: attrs({ ngay: '2020', nguon: '{3}' }) }),
      TWO_SOURCES,
      'thẻ <Moc>, thuộc tính “nguon”: nguồn số 3 không có: danh sách sources của bài có 2 nguồn. Ghi một số từ 1 đến 2, hoặc thêm nguồn vào sources.',
    ],
    [
      'nguon 0',
      change('Moc', { attributes: attrs({ ngay: '2020', nguon: '{0}' }) }),
      TWO_SOURCES,
      'nguồn số 0 không có',
    ],
    [
      'nguon 2 in a news item, whose single source counts as 1',
      change('SoLieu', { attributes: attrs({ so: '{1}', donVi: 'km', nhan: 'đường', nguon: '{2}' }) }),
      { count: 1, field: 'source' },
      'thẻ <SoLieu>, thuộc tính “nguon”: nguồn số 2 không có: tin tức chỉ có một nguồn (trường source). Ghi nguon={1}.',
    ],
    [
      'nguon in a news item without a source',
      GOOD['TrichDan']!,
      { count: 0, field: 'source' },
      'thẻ <TrichDan>, thuộc tính “nguon”: bài chưa có nguồn nào (trường source ở đầu bài)',
    ],
    [
      'nguon written in quotes',
      change('TrichDan', { attributes: attrs({ nguoi: 'ông A', nguon: '1' }) }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguon”: phải là con số trong ngoặc nhọn, không trong ngoặc kép: viết nguon={1}.',
    ],
    [
      'nguon that is not a whole number',
      change('TrichDan', { attributes: attrs({ nguoi: 'ông A', nguon: '{1.5}' }) }),
      TWO_SOURCES,
      'nguồn “1.5” không có',
    ],
    [
      'a prop without a value',
      change('TrichDan', { attributes: attrs({ nguoi: 'ông A', nguon: null }) }),
      TWO_SOURCES,
      'thẻ <TrichDan>, thuộc tính “nguon”: chưa có giá trị. Viết nguon={1}.',
    ],
    [
      'a day that does not exist',
      change('Moc', { attributes: attrs({ ngay: '2020-02-30', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <Moc>, thuộc tính “ngay”: “2020-02-30” không phải ngày hợp lệ. Viết năm, tháng hoặc ngày: ngay="2020", ngay="2020-07" hoặc ngay="2020-07-30".',
    ],
    [
      'a date written the Vietnamese way',
      change('Moc', { attributes: attrs({ ngay: '30/7/2020', nguon: '{1}' }) }),
      TWO_SOURCES,
      '“30/7/2020” không phải ngày hợp lệ',
    ],
    [
      'a date in braces',
      change('Moc', { attributes: attrs({ ngay: '{2020}', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <Moc>, thuộc tính “ngay”: phải viết trong ngoặc kép, không trong ngoặc nhọn: ví dụ ngay="2020-07-30".',
    ],
    [
      'a qualifier that is not one of the five',
      change('SoLieu', {
        attributes: attrs({ so: '{43}', donVi: 'km', nhan: 'đường', nguon: '{1}', uocLuong: 'tầm' }),
      }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “uocLuong”: “tầm” không dùng được. Chọn một trong: hơn, trên, gần, khoảng, dưới',
    ],
    [
      'a number in quotes',
      change('SoLieu', { attributes: attrs({ so: '43', donVi: 'km', nhan: 'đường', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “so”: phải là con số trong ngoặc nhọn, không trong ngoặc kép: viết so={43}.',
    ],
    [
      'a number with its unit',
      change('SoLieu', { attributes: attrs({ so: '{43 km}', donVi: 'km', nhan: 'đường', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “so”: “43 km” không phải con số',
    ],
    [
      'thousands written with a dot',
      change('SoLieu', { attributes: attrs({ so: '{1.870}', donVi: 'km', nhan: 'đường', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “so”: {1.870} được đọc là số thập phân 1,87. Nếu là số hàng nghìn, viết liền không dấu chấm: {1870}.',
    ],
    [
      'an empty unit',
      change('SoLieu', { attributes: attrs({ so: '{43}', donVi: ' ', nhan: 'đường', nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “donVi”: đang để trống. Viết donVi="km"',
    ],
    [
      'a label longer than a figure label may be',
      change('SoLieu', { attributes: attrs({ so: '{43}', donVi: 'km', nhan: 'đ'.repeat(81), nguon: '{1}' }) }),
      TWO_SOURCES,
      'thẻ <SoLieu>, thuộc tính “nhan”: quá dài (tối đa 80 ký tự)',
    ],
    [
      'an empty quotation',
      change('TrichDan', { text: ' \n', children: [] }),
      TWO_SOURCES,
      'thẻ <TrichDan>: chưa có lời trích. Viết nguyên văn câu nói, đúng như nguồn ghi, giữa <TrichDan …> và </TrichDan>.',
    ],
    ['an empty timeline item', change('Moc', { text: '', children: [] }), TWO_SOURCES, 'thẻ <Moc>: chưa có nội dung'],
    [
      'a timeline item outside a timeline',
      change('Moc', { parent: undefined }),
      TWO_SOURCES,
      'thẻ <Moc> chỉ dùng bên trong <DongThoiGian>',
    ],
    [
      'a timeline without items',
      change('DongThoiGian', { text: '', children: [] }),
      TWO_SOURCES,
      'thẻ <DongThoiGian>: chưa có mốc nào',
    ],
    [
      'text in a timeline outside its items',
      change('DongThoiGian', { children: [{ component: 'Moc', text: 'a' }, { text: 'Lạc đề.' }] }),
      TWO_SOURCES,
      'thẻ <DongThoiGian>: bên trong chỉ đặt các mốc <Moc ngay="…" nguon={…}>…</Moc>. Đưa “Lạc đề.” vào một <Moc>',
    ],
    [
      'content inside a figure',
      change('SoLieu', { text: 'x', children: [{ text: 'x' }] }),
      TWO_SOURCES,
      'thẻ <SoLieu> không nhận nội dung bên trong. Viết thành một thẻ tự đóng',
    ],
    [
      'a quotation inside a sentence',
      change('TrichDan', { inline: true }),
      TWO_SOURCES,
      'thẻ <TrichDan> phải đứng thành một đoạn riêng',
    ],
    [
      'a figure inside a sentence',
      change('SoLieu', { inline: true }),
      TWO_SOURCES,
      'thẻ <SoLieu> phải đứng thành một đoạn riêng',
    ],
  ])('refuses %s', (_name, element, sources, expected) => {
    const problems = checkElement(element, sources);
    expect(
      problems.some((p) => p.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  test('lets a timeline item sit inline, as on a one-line timeline', () => {
    expect(checkElement(change('Moc', { inline: true }), TWO_SOURCES)).toEqual([]);
  });

  test('reports every problem of an element, not only the first', () => {
    const element = change('SoLieu', { attributes: attrs({ so: '43', uocLuong: 'tầm' }) });
    expect(checkElement(element, TWO_SOURCES)).toHaveLength(5); // so, uocLuong, and donVi, nhan, nguon missing
  });
});

describe('countSources', () => {
  test('counts a model’s sources list', () => {
    expect(countSources({ sources: [{}, {}, {}] })).toEqual({ count: 3, field: 'sources' });
  });
  test('counts a news item’s single source as 1, and none as 0', () => {
    expect(countSources({ source: { title: 'Bài' } })).toEqual({ count: 1, field: 'source' });
    expect(countSources({ title: 'Tin' })).toEqual({ count: 0, field: 'source' });
  });
});

describe('closestName', () => {
  test.each([
    ['TrichDann', 'TrichDan'],
    ['trichdan', 'TrichDan'],
    ['Soleu', 'SoLieu'],
    ['Bang', undefined],
  ])('%s → %s', (word, expected) => {
    expect(closestName(word, MDX_COMPONENT_NAMES)).toBe(expected);
  });
});

describe('checkEsm', () => {
  test('says components need no import and the line goes', () => {
    expect(checkEsm("import X from './x.astro'")).toBe(
      "dòng “import X from './x.astro'” không dùng được trong bài: các thẻ <TrichDan>, <DongThoiGian>, <Moc>, <SoLieu> có sẵn, không cần import. Xoá dòng này.",
    );
  });
});

describe('checkExpression', () => {
  test('refuses code in braces and says how to write a brace', () => {
    expect(checkExpression('1 + 1')).toContain('“{1 + 1}”: dấu ngoặc nhọn trong bài được hiểu là mã');
    expect(checkExpression('1 + 1')).toContain('gõ \\{ và \\}');
  });
  test('lets a comment through', () => {
    expect(checkExpression('/* ghi chú của biên tập viên */')).toBeUndefined();
  });
});

describe('checkTagInMarkdown', () => {
  test('asks for an .mdx file when a component is written in a .md one', () => {
    expect(checkTagInMarkdown('<TrichDan nguoi="ông A" nguon={1}>', 'index.md')).toBe(
      'thẻ <TrichDan> chỉ dùng được trong tệp .mdx. Đổi tên tệp index.md thành index.mdx, hoặc bỏ thẻ và viết bằng Markdown.',
    );
  });
  test('leaves other HTML and closing tags alone', () => {
    expect(checkTagInMarkdown('<br>', 'index.md')).toBeUndefined();
    expect(checkTagInMarkdown('</TrichDan>', 'index.md')).toBeUndefined();
  });
});

describe('describeSyntaxError', () => {
  test.each([
    ['5:1: Expected a closing tag for `<Moc>` (5:1) (mdx-jsx:unexpected-character)', 5, 'thẻ <Moc> chưa được đóng'],
    [
      '3:1: Unexpected closing tag `</Moc>`, expected an open tag first (mdx-jsx:unexpected-character)',
      3,
      'có thẻ đóng </Moc> mà trước nó không có thẻ mở <Moc …>',
    ],
    [
      '1:5: Unexpected closing tag `</B>`, expected corresponding closing tag for `<A>` (1:1) (mdx-jsx:x)',
      1,
      'thẻ đóng </B> không khớp với thẻ mở <A>',
    ],
    [
      '2:3: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:x)',
      2,
      'dấu ngoặc nhọn { chưa được đóng bằng }',
    ],
    ['7:1: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:x)', 7, 'một thẻ viết sai'],
    ['9:2: Something new (mdx:x)', 9, 'chi tiết kỹ thuật: Something new'],
  ])('%s', (parserMessage, line, expected) => {
    const described = describeSyntaxError(parserMessage);
    expect(described.line).toBe(line);
    expect(described.message).toMatch(/^lỗi cú pháp MDX: /);
    expect(described.message).toContain(expected);
  });
});
