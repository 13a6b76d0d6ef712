import { describe, expect, test } from 'vitest';
import { getSearchFilters, getSearchRecord } from '../../src/lib/search-record.ts';
import { reorganisationCatalog, searchCatalog } from '../fixtures/catalogs.ts';

const catalog = searchCatalog;
const [a] = catalog.models.filter((m) => m.slug === 'a');

describe('getSearchFilters', () => {
  test('gives a model its kind, recognition, field, place, year and collective/individual', () => {
    expect(getSearchFilters(a!)).toEqual({
      loai: ['Mô hình'],
      // Its one source does not tie it to the name "Dân vận khéo".
      ghi_nhan: ['Cách làm hay trong vận động nhân dân'],
      linh_vuc: ['Kinh tế'],
      dia_ban: ['huyện Chợ Mới', 'tỉnh An Giang'],
      nam: ['2023'],
      hinh_thuc: ['Tập thể'],
    });
  });

  test('gives a news item the fields and places of its models, each once, and the year of its event', () => {
    expect(getSearchFilters(catalog.news[0]!)).toEqual({
      loai: ['Tin tức'],
      ghi_nhan: [],
      linh_vuc: ['Kinh tế', 'Văn hóa – xã hội'],
      dia_ban: ['thành phố Châu Đốc', 'tỉnh An Giang'],
      nam: ['2023'],
      hinh_thuc: [],
    });
  });
});

describe('getSearchRecord', () => {
  test('shows a model with its place, field, year and form, and sorts it by its last change', () => {
    const record = getSearchRecord(a!);
    expect(record.meta).toMatchObject({
      loai: 'Mô hình',
      dia_ban: 'huyện Chợ Mới',
      linh_vuc: 'Kinh tế',
      nam: '2023',
      hinh_thuc: 'Tập thể',
    });
    expect(record.date).toBe(a!.data.updated ?? a!.data.published);
    expect(record.filters).toEqual(getSearchFilters(a!));
  });

  test('indexes the đ-words of a model folded to d, each once', () => {
    const b = catalog.models.find((m) => m.slug === 'b')!;
    const record = getSearchRecord(b);
    // "thành phố Châu Đốc": its place, named twice (label and the facts), folded once.
    expect(record.folded.split(' ')).toContain('doc');
    expect(new Set(record.folded.split(' ')).size).toBe(record.folded.split(' ').length);
  });

  test('indexes the đ-words of an MDX body: the words inside its components and the props they show', () => {
    const b = catalog.models.find((m) => m.slug === 'b')!;
    const body =
      '<TrichDan nguoi="ông Đinh Văn Thử" nguon={1}>Đồng lòng.</TrichDan>\n\n<SoLieu so={4} donVi="km" nhan="đường đất" nguon={1} />';
    const record = getSearchRecord({ ...b, entry: { ...b.entry, body } });
    expect(record.folded.split(' ')).toEqual(expect.arrayContaining(['dinh', 'dong', 'duong', 'dat']));
  });

  test('shows a news item with the places and fields of its models', () => {
    const record = getSearchRecord(catalog.news[0]!);
    expect(record.meta).toEqual({
      loai: 'Tin tức',
      dia_ban: 'thành phố Châu Đốc',
      linh_vuc: 'Kinh tế, Văn hóa – xã hội',
      nam: '2023',
    });
    // Sorted by the event it reports (30/12/2023), not the day it was published (1/5/2024).
    expect(record.date).toBe('2023-12-30');
  });
});

describe('search records across the 2025 reorganisation', () => {
  const bySlug = (slug: string) => reorganisationCatalog.modelBySlug.get(slug)!;

  test('a former commune’s model is filed under the units it was in and the commune it is in today', () => {
    expect(getSearchFilters(bySlug('khanh-an')).dia_ban).toEqual([
      'xã Khánh An',
      'huyện An Phú',
      'tỉnh An Giang',
      'xã Khánh Bình',
    ]);
  });

  test('a former district’s model is not filed under each commune its area went to', () => {
    expect(getSearchFilters(bySlug('rach-gia')).dia_ban).toEqual([
      'thành phố Rạch Giá',
      'tỉnh Kiên Giang',
      'tỉnh An Giang',
    ]);
  });

  test('filters tell apart places that read the same', () => {
    const catalog = reorganisationCatalog;
    const labels = catalog.places.map((p) => p.distinctLabel);
    expect(labels).toContain('xã Bình An, tỉnh An Giang');
    expect(labels).toContain('xã Bình An, huyện Châu Thành, tỉnh Kiên Giang');
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('a former commune’s model is found by today’s name, a new commune’s by the former names', () => {
    expect(getSearchRecord(bySlug('khanh-an')).meta.ten_khac).toBe('xã Khánh Bình');
    expect(getSearchRecord(bySlug('khanh-binh')).meta.ten_khac).toBe(
      'xã Khánh An · thị trấn Long Bình · xã Phước Hưng',
    );
  });

  test('a news item is filed under the places of its models, today’s included', () => {
    expect(getSearchFilters(reorganisationCatalog.news[0]!).dia_ban).toContain('xã Khánh Bình');
  });
});
