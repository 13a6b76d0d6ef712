import { describe, expect, test } from 'vitest';
import { getFacetCounts, getFacetGroups, getPlaceIndex } from '../../src/lib/facets.ts';
import { facetsCatalog, reorganisationCatalog } from '../fixtures/catalogs.ts';

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

describe('getFacetGroups: places of the 2025 reorganisation', () => {
  const places = counts(getFacetGroups(reorganisationCatalog, 'place'));

  test('a new commune counts its own models and those of the former communes it came from', () => {
    // khanh-binh itself, khanh-an (former commune), phuoc-hung (split: counts for both new communes).
    expect(places['xa-khanh-binh']).toBe(3);
    expect(places['xa-an-phu']).toBe(1);
  });

  test('a former district counts the models of its communes; a former province those of its districts', () => {
    expect(places).toMatchObject({ 'an-phu': 3, 'rach-gia': 2, 'kien-giang': 2, 'an-giang': 6 });
  });

  test('groups are labelled so that two places of one name can be told apart', () => {
    const labels = getFacetGroups(reorganisationCatalog, 'place').map((g) => g.label);
    expect(labels).toContain('huyện Châu Thành, tỉnh Kiên Giang');
    expect(labels).toContain('huyện Châu Thành, tỉnh An Giang');
  });
});

describe('getPlaceIndex', () => {
  const sections = getPlaceIndex(reorganisationCatalog);
  const shown = sections.map((s) => ({
    title: s.title,
    head: s.head && `${s.head.place.id} ${s.head.count}`,
    groups: s.groups.map((g) => [g.head?.place.id, g.items.map((i) => `${i.place.id} ${i.count}`).join(', ')]),
  }));

  test('today’s province with its units, then each province before 1/7/2025, district by district', () => {
    expect(shown).toEqual([
      {
        title: 'Tỉnh An Giang hiện nay',
        head: 'an-giang 6',
        groups: [[undefined, 'xa-an-phu 1, xa-binh-an 0, xa-binh-hoa 0, xa-khanh-binh 3, phuong-rach-gia 1']],
      },
      {
        title: 'Tỉnh An Giang trước ngày 1/7/2025',
        head: undefined,
        groups: [
          ['an-phu', 'xa-khanh-an-an-phu 1, thi-tran-long-binh-an-phu 0, xa-phuoc-hung-an-phu 1'],
          ['chau-thanh', 'xa-binh-hoa-chau-thanh 0'],
        ],
      },
      {
        title: 'Tỉnh Kiên Giang trước ngày 1/7/2025',
        head: 'kien-giang 2',
        groups: [
          ['chau-thanh-kien-giang', 'xa-binh-an-chau-thanh-kien-giang 0'],
          ['rach-gia', 'phuong-vinh-thanh-rach-gia 1'],
        ],
      },
    ]);
  });

  test('links every place once', () => {
    const listed = sections.flatMap((s) => [s.head, ...s.groups.flatMap((g) => [g.head, ...g.items])]).filter(Boolean);
    expect(listed.map((e) => e!.place.id).sort()).toEqual(reorganisationCatalog.places.map((p) => p.id).sort());
  });

  test('a place outside that tree still gets a link, under “Địa bàn khác”', () => {
    expect(getPlaceIndex(facetsCatalog).map((s) => s.title)).toEqual([
      'Tỉnh An Giang hiện nay',
      'Tỉnh An Giang trước ngày 1/7/2025',
    ]);
  });
});
