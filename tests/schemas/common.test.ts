/** Field types shared by the schemas: dates as written, references, sources. */
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../src/lib/content-errors.ts';
import { figureSchema, isoDate, partialDate, ref, slug, sourceSchema, text, year } from '../../src/schemas/common.ts';

/** The messages `schema` gives for `value`, in Vietnamese. */
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: describeIssue });
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('text', () => {
  test('removes invisible characters and trims', () => {
    expect(text().parse(' Dân\u200B vận khé\u00ADo ')).toBe('Dân vận khéo');
  });

  test('refuses text made only of invisible characters, naming them, as empty', () => {
    expect(messages(text(), '\u200B\u200B')).toEqual([
      'chỉ có ký tự vô hình (ký tự rộng 0 (U+200B)): trông như có chữ nhưng thực ra để trống. Hãy xoá hết giá trị rồi gõ lại nội dung cho trường này.',
    ]);
    expect(messages(text(), '\u00A0 ')).toEqual(['đang để trống. Hãy viết nội dung cho trường này.']);
  });

  test('counts the length without the invisible characters', () => {
    expect(text({ max: 3 }).safeParse('ab\u200B\u200Bc').success).toBe(true);
  });
});

describe('isoDate', () => {
  test('accepts a real day and refuses an impossible one', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
  });

  test('refuses a day before 1930, saying why', () => {
    expect(isoDate.safeParse('1930-01-01').success).toBe(true);
    expect(messages(isoDate, '1024-03-08')).toEqual([
      '“1024-03-08” quá xa trong quá khứ: ngày, năm trên trang này không thể trước năm 1930 (năm bắt đầu công tác dân vận của Đảng). Kiểm tra lại năm.',
    ]);
  });
});

describe('year', () => {
  test('takes a year from 1930 on; the future is checked against today (date-bounds.ts)', () => {
    expect(year.safeParse(1930).success).toBe(true);
    expect(year.safeParse(2099).success).toBe(true);
    expect(messages(year, 1929)[0]).toContain('“1929” quá xa trong quá khứ');
  });
});

describe('slug', () => {
  test('refuses a slug longer than 80 characters, proposing its first words', () => {
    const long = 'duong-ra-canh-dong-'.repeat(5) + 'xa-vinh-xuong';
    expect(slug.safeParse('a'.repeat(80)).success).toBe(true);
    expect(messages(slug, long)).toEqual([
      `địa chỉ “duong-ra-canh-dong-duong-ra-canh-dong-du…” dài ${long.length} ký tự, quá 80 ký tự cho một địa chỉ trang. Hãy dùng địa chỉ ngắn hơn: ví dụ slug: duong-ra-canh-dong-duong-ra-canh-dong-duong-ra-canh-dong.`,
    ]);
  });

  test('shows invisible characters in a slug it refuses', () => {
    expect(messages(slug, 'tan-chau\u200B')[0]).toContain('“tan-chau⟨U+200B⟩” không dùng được làm địa chỉ');
  });
});

describe('partialDate', () => {
  test.each([
    ['2024', true],
    ['2024-03', true],
    ['2024-03-07', true],
    ['2024-13', false],
    ['03/2024', false],
  ])('%s → %s', (value, ok) => {
    expect(partialDate.safeParse(value).success).toBe(ok);
  });
});

describe('ref', () => {
  test('says in Vietnamese which list the id comes from', () => {
    const result = ref('places').safeParse(5, { error: describeIssue });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'cần id (chữ thường không dấu) của một địa bàn trong content/places.yaml.',
    );
  });
});

describe('sourceSchema', () => {
  const source = { outlet: 'VietNamNet', url: 'https://vietnamnet.vn/', date: '2024-12' };
  const messagesOf = (data: unknown) => {
    const result = sourceSchema.safeParse(data, { error: describeIssue });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  test('takes an outlet with an address and a date', () => {
    expect(messagesOf(source)).toEqual([]);
  });

  test('needs the outlet', () => {
    expect(messagesOf({ title: 'Bài', url: source.url, date: '2024' })[0]).toMatch(/^outlet: /);
  });

  test('needs an address or the reason there is none, never both', () => {
    expect(messagesOf({ outlet: 'X', date: '2024' })).toEqual([
      'url: cần địa chỉ bài (url: https://…) để người đọc kiểm chứng; nếu bài không có trên mạng, ghi noUrl: và lý do.',
    ]);
    expect(messagesOf({ outlet: 'X', date: '2024', noUrl: 'Bản in.' })).toEqual([]);
    expect(messagesOf({ ...source, noUrl: 'Bản in.' })[0]).toMatch(/^noUrl: đã có url/);
  });

  test('needs the date as shown, or says the page shows none', () => {
    expect(messagesOf({ outlet: 'X', url: source.url })[0]).toMatch(/^date: cần ngày đăng/);
    expect(messagesOf({ outlet: 'X', url: source.url, dateNotShown: true })).toEqual([]);
    expect(messagesOf({ ...source, dateNotShown: true })[0]).toMatch(/^dateNotShown: /);
  });

  test('names the original outlet only for a repost', () => {
    expect(messagesOf({ ...source, repost: true, originalOutlet: 'Báo An Giang' })).toEqual([]);
    expect(messagesOf({ ...source, originalOutlet: 'Báo An Giang' })[0]).toMatch(/^originalOutlet: /);
  });

  test('takes only the two ways a page can name "Dân vận khéo"', () => {
    expect(messagesOf({ ...source, danVanKheo: 'mo-hinh' })).toEqual([]);
    expect(messagesOf({ ...source, danVanKheo: 'phong-trao' })).toEqual([]);
    expect(messagesOf({ ...source, danVanKheo: true })[0]).toMatch(/^danVanKheo: /);
  });

  test('refuses a link that is not http(s)', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
  });

  test('takes a plain http:// address, as many older outlets have no other', () => {
    expect(messagesOf({ ...source, url: 'http://danvan.vn/Home/Dan-van-kheo/1411/bai' })).toEqual([]);
  });

  test('says how to write an address it cannot read', () => {
    expect(messagesOf({ ...source, url: 'danvan.vn/bai' })).toEqual([
      'url: “danvan.vn/bai” không phải địa chỉ web hợp lệ. Chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt, bắt đầu bằng https:// hoặc http://.',
    ]);
  });
});

describe('figureSchema value', () => {
  const figure = { label: 'Số hộ nghèo', unit: 'hộ', source: 1 };
  test('takes zero, refuses a negative number with the way to write a decrease', () => {
    expect(figureSchema.safeParse({ ...figure, value: 0 }).success).toBe(true);
    expect(messages(figureSchema, { ...figure, value: -12 })).toEqual([
      'số liệu không thể âm (đang ghi -12). Nếu nguồn nói “giảm 12”, ghi value: 12 và để chữ “giảm” trong label, ví dụ label: Số hộ nghèo giảm.',
    ]);
  });
});

describe('figureSchema', () => {
  const figure = { label: 'Kinh phí', value: 500, unit: 'triệu đồng', asOf: '2024', source: 1 };

  test.each(['hơn', 'trên', 'gần', 'khoảng', 'dưới'])(
    'takes the qualifier “%s” as the source writes it',
    (qualifier) => {
      expect(figureSchema.parse({ ...figure, qualifier }).qualifier).toBe(qualifier);
    },
  );

  test('takes a figure with no date only when it is left out, never an empty one', () => {
    const { asOf: _, ...undated } = figure;
    expect(figureSchema.safeParse(undated).success).toBe(true);
    expect(figureSchema.safeParse({ ...figure, asOf: '' }).success).toBe(false);
  });

  test('refuses another word, naming the ones it takes, in Vietnamese', () => {
    const result = figureSchema.safeParse({ ...figure, qualifier: 'tầm' }, { error: describeIssue });
    expect(result.success ? '' : result.error.issues[0]?.message).toContain(
      'Chọn một trong: hơn, trên, gần, khoảng, dưới',
    );
  });

  test('leaves the qualifier out for a number given as exact', () => {
    expect(figureSchema.parse(figure)).not.toHaveProperty('qualifier');
  });
});
