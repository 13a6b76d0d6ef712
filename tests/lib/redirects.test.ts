/** Former addresses (aliases) keep working as redirect pages. */
import { describe, expect, test } from 'vitest';
import { getRedirects, withRedirects } from '../../src/lib/redirects.ts';
import { modelPageKey } from '../../src/lib/cache-keys.ts';
import { pressCatalog } from '../fixtures/catalogs.ts';

const catalog = pressCatalog;

describe('getRedirects', () => {
  test('points each former slug at the current page', () => {
    expect(getRedirects(catalog.models)).toEqual([
      { from: 'duong-cu', to: '/mo-hinh/duong-ra-dong/', title: 'Đường ra đồng' },
    ]);
  });
});

describe('withRedirects', () => {
  test('gives each entry its page and each former slug a redirect page, all with cache keys', () => {
    const paths = withRedirects(catalog, catalog.models, modelPageKey);
    expect(paths.map((p) => [p.params.slug, p.props.entry?.slug, p.props.redirect?.to])).toEqual([
      ['duong-ra-dong', 'duong-ra-dong', undefined],
      ['duong-cu', undefined, '/mo-hinh/duong-ra-dong/'],
    ]);
    expect(paths[0]?.cacheKey).toBe(modelPageKey(catalog, catalog.models[0]!));
    expect(paths[1]?.cacheKey).not.toBe(paths[0]?.cacheKey);
  });
});
