import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getSearchFilterGroups } from '../../src/lib/search-facets.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';

const catalog = buildCatalog(
  catalogInput({
    models: [
      model('a', { place: 'cho-moi', field: 'kinh-te', year: 2023 }),
      model('b', { place: 'chau-doc', field: 'kinh-te', kind: 'ca-nhan' }),
      model('c', { place: 'chau-doc', field: 'van-hoa-xa-hoi' }),
    ],
    news: [newsItem('n', { models: ['b', 'c'], date: '2024-05-01', eventDate: '2023-12-30' })],
  }),
  { today: '2024-06-01' },
);

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
