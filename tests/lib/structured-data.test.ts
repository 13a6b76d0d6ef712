/** JSON-LD for search engines: articles, breadcrumbs, and safe embedding. */
import { describe, expect, test } from 'vitest';
import { shareImageUrl } from '../../src/lib/urls.ts';
import { breadcrumbList, modelArticle, newsArticle, toJsonLd } from '../../src/lib/structured-data.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { pressCatalog, TODAY } from '../fixtures/catalogs.ts';
import { catalogInput, model } from '../fixtures/entries.ts';

const catalog = pressCatalog;

const [m] = catalog.models;

const [n] = catalog.news;

describe('modelArticle', () => {
  test('is an Article about a place, led by organisations, citing its sources', () => {
    const data = modelArticle(m!, shareImageUrl('mo-hinh', m!.slug));
    expect(data).toMatchObject({
      '@type': 'Article',
      url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
      image: 'https://danvankheo.angiang.example/anh-chia-se/mo-hinh/duong-ra-dong.png',
      contentLocation: {
        '@type': 'AdministrativeArea',
        name: 'thị xã Tân Châu',
        containedInPlace: { name: 'tỉnh An Giang' },
      },
      sourceOrganization: [{ '@type': 'GovernmentOrganization', name: 'Hội Nông dân tỉnh An Giang' }],
      citation: [{ '@type': 'CreativeWork', name: 'Một bài báo', publisher: { name: 'Báo An Giang' } }],
      datePublished: '2024-03-08',
    });
  });
});

describe('newsArticle', () => {
  test('is a NewsArticle about its models, based on its source', () => {
    expect(newsArticle(n!, '/x.png')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Hội nghị',
      author: { '@type': 'Organization', name: 'Ban biên tập' },
      about: [{ headline: 'Đường ra đồng', url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/' }],
      isBasedOn: { name: 'Bài gốc', author: { name: 'Thanh Sang' } },
    });
  });
});

describe('breadcrumbList', () => {
  test('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbList([
        { name: 'Trang chủ', path: '/' },
        { name: 'Mô hình', path: '/mo-hinh/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://danvankheo.angiang.example/' },
      { '@type': 'ListItem', position: 2, name: 'Mô hình', item: 'https://danvankheo.angiang.example/mo-hinh/' },
    ]);
  });
});

describe('toJsonLd', () => {
  test('can never close the script tag it sits in', () => {
    const json = toJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('modelArticle figures', () => {
  test('never states a qualified number as exact: a minimum, a maximum, or only its words', () => {
    const figure = { unit: 'triệu đồng', asOf: '2024', source: 1 };
    const qualified = buildCatalog(
      catalogInput({
        models: [
          model('a', {
            figures: [
              { ...figure, label: 'Chính xác', value: 10 },
              { ...figure, label: 'Hơn', qualifier: 'hơn', value: 500 },
              { ...figure, label: 'Gần', qualifier: 'gần', value: 3 },
              { ...figure, label: 'Khoảng', qualifier: 'khoảng', value: 64 },
            ],
          }),
        ],
      }),
      { today: TODAY },
    ).models[0]!;
    const mentions = modelArticle(qualified, shareImageUrl('mo-hinh', 'a'))['mentions'] as Record<string, unknown>[];
    expect(
      mentions.map(({ value, minValue, maxValue, description }) => ({ value, minValue, maxValue, description })),
    ).toEqual([
      { value: 10, minValue: undefined, maxValue: undefined, description: '10 triệu đồng' },
      { value: undefined, minValue: 500, maxValue: undefined, description: 'hơn 500 triệu đồng' },
      { value: undefined, minValue: undefined, maxValue: 3, description: 'gần 3 triệu đồng' },
      { value: undefined, minValue: undefined, maxValue: undefined, description: 'khoảng 64 triệu đồng' },
    ]);
  });
});
