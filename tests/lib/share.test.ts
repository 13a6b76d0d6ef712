/** Citations and share cards for the press and for Zalo and Facebook. */
import { describe, expect, test } from 'vitest';
import { formatCitation, modelShareCard, newsShareCard, shareLinks } from '../../src/lib/share.ts';
import { pressCatalog } from '../fixtures/catalogs.ts';

const catalog = pressCatalog;

const [m] = catalog.models;

const [n] = catalog.news;

describe('formatCitation', () => {
  test('gives publisher, year, quoted title, site, Vietnamese dates and the permanent URL', () => {
    expect(
      formatCitation({
        title: 'Đường ra đồng',
        published: '2024-03-08',
        updated: '2024-05-01',
        url: '/mo-hinh/duong-ra-dong/',
      }),
    ).toBe(
      'Ban biên tập Dân vận khéo An Giang (2024). “Đường ra đồng”. Dân vận khéo An Giang, đăng ngày 8 tháng 3, 2024, cập nhật ngày 1 tháng 5, 2024. https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
    );
  });
});

describe('share cards', () => {
  test('a model card carries place, field and its first figure, formatted the Vietnamese way', () => {
    expect(modelShareCard(m!)).toEqual({
      kind: 'Mô hình',
      title: 'Đường ra đồng',
      place: 'thị xã Tân Châu',
      field: 'Kinh tế',
      figure: { value: '1.870,5 m', label: 'Đường bê tông' },
      siteName: 'Dân vận khéo An Giang',
    });
  });

  test('a news card carries the places of its models', () => {
    expect(newsShareCard(n!)).toMatchObject({ kind: 'Tin tức', place: 'thị xã Tân Châu' });
  });

  test('the Facebook link shares the absolute URL', () => {
    expect(shareLinks('/mo-hinh/a/').facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdanvankheo.angiang.example%2Fmo-hinh%2Fa%2F',
    );
  });
});
