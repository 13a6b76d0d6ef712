/** The model schema: the rules beyond types (figures point at sources, dates, sizes). */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../src/lib/content-errors.ts';
import { modelSchema } from '../../src/schemas/model.ts';

const models = modelSchema({ image: () => z.string() } as unknown as SchemaContext);

const valid = {
  title: 'Mô hình',
  summary: 'Tóm tắt.',
  place: 'tan-chau',
  field: 'kinh-te',
  kind: 'tap-the',
  year: 2024,
  published: '2024-03-08',
  sources: [{ outlet: 'VietNamNet', url: 'https://vietnamnet.vn/', date: '2024-12' }],
};

const issuesOf = (data: unknown) => {
  const result = models.safeParse(data, { error: describeIssue });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('modelSchema', () => {
  test('accepts a minimal model and fills the defaults', () => {
    const model = models.parse(valid);
    expect(model).toMatchObject({ draft: false, featured: false, figures: [], related: [], organisations: [] });
  });

  test('names the "Dân vận khéo" movement only when a source does', () => {
    expect(issuesOf({ ...valid, movement: 'dan-van-kheo' })[0]).toMatch(/^movement: chỉ ghi phong trào/);
    const named = { ...valid.sources[0], danVanKheo: 'mo-hinh' };
    expect(issuesOf({ ...valid, movement: 'dan-van-kheo', sources: [named] })).toEqual([]);
  });

  test('takes dia-ban as the only scope of a figure', () => {
    const figure = { label: 'Mô hình của huyện', value: 342, unit: 'mô hình', asOf: '2019', source: 1 };
    expect(issuesOf({ ...valid, figures: [{ ...figure, scope: 'dia-ban' }] })).toEqual([]);
    expect(issuesOf({ ...valid, figures: [{ ...figure, scope: 'huyen' }] })[0]).toMatch(/^figures\.0\.scope: /);
  });

  test('takes a model whose sources show no date, with no year', () => {
    const { year: _, ...undated } = valid;
    expect(issuesOf(undated)).toEqual([]);
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
