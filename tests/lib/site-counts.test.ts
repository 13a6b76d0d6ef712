import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getProvinceCounts, getSiteCounts } from '../../src/lib/site-counts.ts';
import { facetsCatalog, reorganisationCatalog } from '../fixtures/catalogs.ts';
import { catalogInput, model, reorganisedPlaces } from '../fixtures/entries.ts';

/** Bars as "label: value → link", to compare in one line each. */
const lines = (bars: { label: string; value: number; href?: string | undefined }[]) =>
  bars.map((b) => `${b.label}: ${b.value}${b.href ? ` → ${b.href}` : ''}`);

describe('getSiteCounts', () => {
  test('counts every model once, by field (empty fields too) and by year in order, linking to their pages', () => {
    const counts = getSiteCounts(facetsCatalog);
    expect(counts.models).toBe(3);
    expect(lines(counts.byField)).toEqual([
      'Kinh tế: 2 → /linh-vuc/kinh-te/',
      'Văn hóa – xã hội: 1 → /linh-vuc/van-hoa-xa-hoi/',
      'Quốc phòng – an ninh: 0 → /linh-vuc/quoc-phong-an-ninh/',
    ]);
    expect(lines(counts.byYear)).toEqual(['2023: 1 → /nam/2023/', '2024: 2 → /nam/2024/']);
  });

  test('counts models whose sources show no year last, with no page to link', () => {
    const catalog = buildCatalog(
      catalogInput({
        models: [model('a', { year: 2020 }), model('b', { year: undefined }), model('c', { year: undefined })],
      }),
      { today: '2024-06-01' },
    );
    expect(lines(getSiteCounts(catalog).byYear)).toEqual(['2020: 1 → /nam/2020/', 'Không ghi năm: 2']);
  });

  test('reads the day of the reorganisation from the places', () => {
    expect(getSiteCounts(reorganisationCatalog).changeDay).toBe('1/7/2025');
  });
});

describe('getProvinceCounts', () => {
  test('files each model under the province it was in: An Giang before, Kiên Giang, the new units', () => {
    // khanh-an, phuoc-hung, an-phu: An Giang's former units; rach-gia, vinh-thanh: Kiên Giang's;
    // khanh-binh: a commune from 1/7/2025.
    expect(lines(getProvinceCounts(reorganisationCatalog))).toEqual([
      'Tỉnh An Giang cũ: 3',
      'Tỉnh Kiên Giang cũ: 2 → /dia-ban/kien-giang/',
      'Xã, phường, đặc khu từ 1/7/2025: 1',
    ]);
  });

  test('counts a model of the province itself as province-wide, and leaves out empty groups', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: reorganisedPlaces(),
        models: [model('tinh', { place: 'an-giang' }), model('kg', { place: 'kien-giang' })],
      }),
      { today: '2025-12-01' },
    );
    expect(lines(getProvinceCounts(catalog))).toEqual([
      'Tỉnh Kiên Giang cũ: 1 → /dia-ban/kien-giang/',
      'Toàn tỉnh An Giang: 1',
    ]);
  });
});
