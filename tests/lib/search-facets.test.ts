import { describe, expect, test } from 'vitest';
import { getSearchFilterGroups } from '../../src/lib/search-facets.ts';
import { searchCatalog } from '../fixtures/catalogs.ts';

const catalog = searchCatalog;

describe('getSearchFilterGroups', () => {
  const options = (key: string) =>
    getSearchFilterGroups(catalog)
      .find((g) => g.key === key)!
      .options.map((o) => `${o.label} ${o.count}`);

  test('counts each model and news item once per value', () => {
    expect(options('loai')).toEqual(['Mô hình 3', 'Tin tức 1']);
    expect(options('linh_vuc')).toEqual(['Kinh tế 3', 'Văn hóa – xã hội 2']);
    expect(options('hinh_thuc')).toEqual(['Tập thể 2', 'Cá nhân 1']);
  });

  test("lists places in the catalog's order, each counting what lies inside it, and years newest first", () => {
    // The province holds all three models and the news item, as its place page does.
    expect(options('dia_ban')).toEqual(['tỉnh An Giang 4', 'thành phố Châu Đốc 3', 'huyện Chợ Mới 1']);
    expect(options('nam')).toEqual(['2024 2', '2023 2']);
  });
});
