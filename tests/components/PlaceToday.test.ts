import { describe, expect, test } from 'vitest';
import PlaceToday from '../../src/components/PlaceToday.astro';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { renderToString, textOf } from './render.ts';

const at = (id: string) => reorganisationCatalog.placeById.get(id)!;
const row = async (id: string) => textOf(await renderToString(PlaceToday, { place: at(id) }));

describe('PlaceToday', () => {
  test('a former commune: "Nay thuộc" today’s commune and province, linked', async () => {
    expect(await row('xa-khanh-an-an-phu')).toBe('Nay thuộc xã Khánh Bình, tỉnh An Giang');
    expect(await renderToString(PlaceToday, { place: at('xa-khanh-an-an-phu') })).toContain(
      '<a href="/dia-ban/xa-khanh-binh/">xã Khánh Bình</a>',
    );
  });

  test('a split commune: each unit, each with a part', async () => {
    expect(await row('xa-phuoc-hung-an-phu')).toBe(
      'Nay thuộc xã An Phú, xã Khánh Bình (mỗi nơi một phần), tỉnh An Giang',
    );
  });

  test('a former district: "Địa bàn nay thuộc" the communes its area went to', async () => {
    expect(await row('an-phu')).toBe('Địa bàn nay thuộc xã An Phú, xã Khánh Bình (tỉnh An Giang)');
  });

  test('a former ward of Kiên Giang: today’s ward of An Giang', async () => {
    expect(await row('phuong-vinh-thanh-rach-gia')).toBe('Nay thuộc phường Rạch Giá, tỉnh An Giang');
  });

  test('nothing for a unit in force', async () => {
    expect(await row('xa-khanh-binh')).toBe('');
    expect(await row('an-giang')).toBe('');
  });
});
