import { describe, expect, test } from 'vitest';
import { getFacetCounts, getFacetGroups } from '../../src/lib/facets.ts';
import { facetsCatalog } from '../fixtures/catalogs.ts';

const catalog = facetsCatalog;

const counts = (groups: { key: string; models: unknown[] }[]) =>
  Object.fromEntries(groups.map((g) => [g.key, g.models.length]));

describe('getFacetGroups', () => {
  test('lists every field from data, even empty ones', () => {
    expect(counts(getFacetGroups(catalog, 'field'))).toEqual({
      'kinh-te': 2,
      'van-hoa-xa-hoi': 1,
      'quoc-phong-an-ninh': 0,
    });
  });

  test('counts a model in its place and in every unit above it', () => {
    const places = counts(getFacetGroups(catalog, 'place'));
    expect(places).toMatchObject({ 'an-giang': 3, 'chau-doc': 2, 'tan-chau': 1, 'cho-moi': 0 });
  });

  test('lists years newest first, only those with models', () => {
    expect(getFacetGroups(catalog, 'year').map((g) => [g.key, g.models.length, g.url])).toEqual([
      ['2024', 2, '/nam/2024/'],
      ['2023', 1, '/nam/2023/'],
    ]);
  });

  test('has both kinds with Vietnamese labels', () => {
    expect(getFacetGroups(catalog, 'kind').map((g) => `${g.label}: ${g.models.length}`)).toEqual([
      'Tập thể: 2',
      'Cá nhân: 1',
    ]);
  });

  test('groups models by organisation', () => {
    expect(counts(getFacetGroups(catalog, 'organisation'))).toEqual({ 'doan-thanh-nien': 0, 'hoi-nong-dan': 1 });
  });
});

describe('getFacetCounts', () => {
  test('drops empty groups and sorts names in Vietnamese order', () => {
    expect(getFacetCounts(catalog, 'place').map((g) => g.label)).toEqual([
      'tỉnh An Giang',
      'thành phố Châu Đốc',
      'thị xã Tân Châu',
    ]);
  });
});
