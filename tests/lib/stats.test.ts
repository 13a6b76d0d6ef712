import { describe, expect, test } from 'vitest';
import { getStats } from '../../src/lib/stats.ts';
import { facetsCatalog } from '../fixtures/catalogs.ts';

const catalog = facetsCatalog;

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
