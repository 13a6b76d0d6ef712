import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { ContentError, describeIssue, formatProblems, showValue, toProblems } from '../../src/lib/content-errors.ts';

describe('formatProblems', () => {
  test('names the file and the field of each problem, in Vietnamese', () => {
    const text = formatProblems([
      { file: 'content/models/a/index.md', field: 'title', message: 'thiếu trường bắt buộc.' },
      { file: 'content/places.yaml', message: 'lỗi cú pháp YAML.' },
    ]);
    expect(text).toBe(
      'Có 2 lỗi trong nội dung, cần sửa trước khi xuất bản:\n' +
        '  • content/models/a/index.md — trường “title”: thiếu trường bắt buộc.\n' +
        '  • content/places.yaml: lỗi cú pháp YAML.',
    );
  });
});

describe('ContentError', () => {
  test('carries the problems and the formatted message', () => {
    const error = new ContentError([{ file: 'f.md', field: 'x', message: 'sai.' }]);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('Có 1 lỗi');
  });
});

describe('showValue', () => {
  test('quotes text and shortens long values', () => {
    expect(showValue('tan-chao')).toBe('“tan-chao”');
    expect(showValue(undefined)).toBe('(không có)');
    expect(showValue('x'.repeat(200))).toHaveLength(78);
  });
});

describe('describeIssue', () => {
  const messageOf = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input, { error: describeIssue });
    return result.success ? '' : result.error.issues[0]?.message;
  };

  test.each<[string, z.ZodType, unknown, string]>([
    ['a missing field', z.object({ title: z.string() }), {}, 'thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).'],
    [
      'a wrong type',
      z.object({ year: z.number() }),
      { year: 'hai nghìn' },
      'giá trị “hai nghìn” không đúng kiểu. Cần số.',
    ],
    ['a fraction where a whole number is needed', z.number().int(), 1.5, 'giá trị 1.5 không đúng kiểu. Cần số nguyên.'],
    [
      'a value not in a list',
      z.enum(['tap-the', 'ca-nhan']),
      'x',
      'giá trị “x” không được chấp nhận. Chọn một trong: tap-the, ca-nhan.',
    ],
    [
      'a misspelt field',
      z.strictObject({}),
      { tittle: 1 },
      'có trường không được hỗ trợ: tittle. Kiểm tra lại chính tả tên trường hoặc xoá trường đó.',
    ],
    ['text too long', z.string().max(3), 'abcd', 'quá dài (tối đa 3 ký tự). Hãy viết gọn lại.'],
    ['an empty list', z.array(z.string()).min(1), [], 'cần ít nhất 1 mục.'],
  ])('explains %s in Vietnamese', (_, schema, input, text) => {
    expect(messageOf(schema, input)).toBe(text);
  });
});

describe('toProblems', () => {
  test('writes nested paths with dots', () => {
    expect(toProblems('a.md', [{ code: 'custom', path: ['figures', 0, 'unit'], message: 'thiếu.' }])).toEqual([
      { file: 'a.md', field: 'figures.0.unit', message: 'thiếu.' },
    ]);
  });
});
