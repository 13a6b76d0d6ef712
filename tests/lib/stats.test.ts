import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getStats } from '../../src/lib/stats.ts';
import { catalogInput, model } from '../fixtures/entries.ts';

const catalog = buildCatalog(
  catalogInput({
    models: [
      model('a', { place: 'tan-chau', year: 2023, organisations: ['hoi-nong-dan'] }),
      model('b', { place: 'chau-doc', year: 2024, kind: 'ca-nhan', field: 'van-hoa-xa-hoi' }),
      model('c', { place: 'chau-doc', year: 2024 }),
    ],
  }),
  { today: '2024-06-01' },
);

describe('getStats', () => {
  test('counts models, news and the places where models ran', () => {
    const stats = getStats(catalog);
    expect(stats).toMatchObject({ models: 3, news: 0, places: 2 });
    expect(stats.byPlace.map((g) => `${g.label}: ${g.models.length}`)).toEqual([
      'thành phố Châu Đốc: 2',
      'thị xã Tân Châu: 1',
    ]);
  });
});
