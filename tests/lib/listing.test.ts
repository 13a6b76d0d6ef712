import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getAllModelsPaths, getFacetPaths } from '../../src/lib/listing.ts';
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

describe('getAllModelsPaths', () => {
  test('gives the first page no page parameter', () => {
    const paths = getAllModelsPaths(catalog, '/mo-hinh/');
    expect(paths.map((p) => p.params.page)).toEqual([undefined]);
    expect(paths[0]?.props.page.items).toHaveLength(3);
  });
});

describe('getFacetPaths', () => {
  test('makes one page per group, empty groups included', () => {
    const paths = getFacetPaths(catalog, 'field');
    expect(paths.map((p) => [p.params.key, p.params.page, p.props.page.total])).toEqual([
      ['kinh-te', undefined, 2],
      ['van-hoa-xa-hoi', undefined, 1],
      ['quoc-phong-an-ninh', undefined, 0],
    ]);
  });
});
