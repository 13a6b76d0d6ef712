/** Rules the schemas enforce beyond types: dates, sources, figures. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../src/lib/content-errors.ts';
import { isoDate, partialDate, ref, sourceSchema } from '../../src/schemas/common.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { placeSchema } from '../../src/schemas/place.ts';

const models = modelSchema({ image: () => z.string() } as unknown as SchemaContext);
const valid = {
  title: 'Mô hình',
  summary: 'Tóm tắt.',
  place: 'tan-chau',
  field: 'kinh-te',
  kind: 'tap-the',
  year: 2024,
  published: '2024-03-08',
  sources: [{ outlet: 'VietNamNet' }],
};
const issuesOf = (data: unknown) => {
  const result = models.safeParse(data, { error: describeIssue });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('isoDate', () => {
  test('accepts a real day and refuses an impossible one', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
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
  test('needs a title or an outlet', () => {
    expect(sourceSchema.safeParse({ author: 'Thanh Sang' }).success).toBe(false);
    expect(sourceSchema.safeParse({ outlet: 'VietNamNet' }).success).toBe(true);
  });

  test('refuses a link that is not http(s)', () => {
    expect(sourceSchema.safeParse({ outlet: 'X', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('modelSchema', () => {
  test('accepts a minimal model and fills the defaults', () => {
    const model = models.parse(valid);
    expect(model).toMatchObject({ draft: false, featured: false, figures: [], related: [], organisations: [] });
  });

  test('needs at least one source', () => {
    expect(issuesOf({ ...valid, sources: [] })).toEqual([
      'sources: cần ít nhất một nguồn tin để người đọc kiểm chứng.',
    ]);
  });

  test('refuses an update dated before publication', () => {
    expect(issuesOf({ ...valid, updated: '2024-01-01' })[0]).toMatch(
      /^updated: ngày cập nhật 2024-01-01 sớm hơn ngày đăng/,
    );
  });

  test('refuses a figure pointing to a source that is not listed', () => {
    const figure = { label: 'Đường', value: 3, unit: 'km', asOf: '2024', source: 2 };
    expect(issuesOf({ ...valid, figures: [figure] })).toEqual([
      'figures.0.source: nguồn số 2 không có: danh sách sources chỉ có 1 nguồn.',
    ]);
  });

  test('refuses a slug with marks or capitals', () => {
    expect(issuesOf({ ...valid, slug: 'Đường-ra-đồng' })[0]).toMatch(
      /^slug: “Đường-ra-đồng” không dùng được làm địa chỉ/,
    );
  });

  test('refuses a summary too long for a card', () => {
    expect(issuesOf({ ...valid, summary: 'x'.repeat(401) })).toEqual([
      'summary: quá dài (tối đa 400 ký tự). Hãy viết gọn lại.',
    ]);
  });
});

describe('placeSchema', () => {
  test('knows the Vietnamese kinds of unit', () => {
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'thị xã' }).success).toBe(true);
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'town' }).success).toBe(false);
  });
});
