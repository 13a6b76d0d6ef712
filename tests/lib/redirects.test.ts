/** Former addresses (aliases) keep working as redirect pages. */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getRedirects, withRedirects } from '../../src/lib/redirects.ts';
import { modelPageKey } from '../../src/lib/cache-keys.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';

const catalog = buildCatalog(
  catalogInput({
    models: [
      model('duong-ra-dong', {
        title: 'Đường ra đồng',
        aliases: ['duong-cu'],
        organisations: ['hoi-nong-dan'],
        figures: [{ label: 'Đường bê tông', value: 1870.5, unit: 'm', asOf: '2024', source: 1 }],
      }),
    ],
    news: [
      newsItem('hoi-nghi', {
        title: 'Hội nghị',
        models: ['duong-ra-dong'],
        source: { title: 'Bài gốc', author: 'Thanh Sang' },
      }),
    ],
  }),
  { today: '2024-06-01' },
);

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
