import { describe, expect, test } from 'vitest';
import { getAllModelsPaths, getFacetPaths } from '../../src/lib/listing.ts';
import { facetsCatalog } from '../fixtures/catalogs.ts';

const catalog = facetsCatalog;

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
