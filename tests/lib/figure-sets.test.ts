import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { FIGURE_SETS, type FigureSet } from '../../src/data/official-figures.ts';
import {
  checkFigureSets,
  formatSourceDate,
  getChartUnit,
  getFigureBars,
  getFigureSections,
  noteIds,
} from '../../src/lib/figure-sets.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { districtSets, figureSets, listSet, partsSet } from '../fixtures/figure-sets.ts';

const placeIds = new Set(reorganisationCatalog.placeById.keys());

describe('checkFigureSets', () => {
  test('finds nothing wrong with well-formed sets', () => {
    expect(checkFigureSets(figureSets, placeIds)).toEqual([]);
  });

  test('refuses parts of one whole in different units: they could not share an axis', () => {
    const mixed: FigureSet = {
      ...partsSet,
      figures: [...partsSet.figures, { label: 'Vận động được', value: 1870, unit: 'tỷ đồng' }],
    };
    expect(checkFigureSets([mixed], placeIds)).toEqual([
      "Bộ số liệu “an-giang-2018-linh-vuc”: các con số vẽ trên một biểu đồ phải cùng đơn vị (đang có mô hình, tỷ đồng); nếu khác đơn vị, dùng kind: 'list'.",
    ]);
    // Figures side by side are drawn on one axis too.
    const { total: _total, ...untotalled } = mixed;
    expect(checkFigureSets([{ ...untotalled, kind: 'compare' }], placeIds)).toHaveLength(1);
    // A 'list' set may mix units: it is never drawn.
    expect(checkFigureSets([{ ...mixed, kind: 'list' }], placeIds)).toEqual([]);
  });

  test("refuses a total on figures side by side: a 'compare' set is not parts of one whole", () => {
    expect(checkFigureSets([{ ...partsSet, kind: 'compare' }], placeIds)).toEqual([
      "Bộ số liệu “an-giang-2018-linh-vuc”: bộ 'compare' không có tổng (các con số không phải các phần của một tổng); dùng kind: 'parts'.",
    ]);
  });

  test('names each other mistake: unknown place, repeated id, no figures, bad date, bad address', () => {
    const problems = checkFigureSets(
      [
        { ...listSet, place: 'khong-co' },
        { ...listSet, figures: [], source: { ...listSet.source, url: 'example.test', date: '7/3/2024' } },
      ],
      placeIds,
    );
    expect(problems).toEqual([
      'Bộ số liệu “kien-giang-2021-2023”: không có địa bàn “khong-co” trong content/places.yaml.',
      'Bộ số liệu “kien-giang-2021-2023”: mã bị trùng.',
      'Bộ số liệu “kien-giang-2021-2023”: chưa có con số nào.',
      'Bộ số liệu “kien-giang-2021-2023”: địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.',
      'Bộ số liệu “kien-giang-2021-2023”: ngày của nguồn viết yyyy, yyyy-mm hoặc yyyy-mm-dd.',
    ]);
  });

  test('passes the site’s own sets, against the places in content/places.yaml', () => {
    const places = yaml.load(readFileSync('content/places.yaml', 'utf8')) as { id: string }[];
    expect(checkFigureSets(FIGURE_SETS, new Set(places.map((p) => p.id)))).toEqual([]);
  });
});

describe('getFigureSections', () => {
  test('keeps province sets in the data’s order and puts district sets in a table, by name', () => {
    const sections = getFigureSections(figureSets, reorganisationCatalog.placeById);
    expect(sections.province.map((s) => s.id)).toEqual(['an-giang-2018-linh-vuc', 'kien-giang-2021-2023']);
    expect(sections.districts.map((r) => [r.set.id, r.place.label, r.place.url])).toEqual([
      ['an-phu-2016-2020', 'Huyện An Phú', '/dia-ban/an-phu/'],
      ['chau-thanh-2019', 'Huyện Châu Thành', '/dia-ban/chau-thanh/'],
    ]);
  });

  test('lists nothing, without failing, when no set has been verified yet', () => {
    expect(getFigureSections([], reorganisationCatalog.placeById)).toEqual({ province: [], districts: [] });
  });

  test('stops the build with the reasons when a set is wrong', () => {
    expect(() =>
      getFigureSections([{ ...districtSets[0]!, place: 'tri-ton' }], reorganisationCatalog.placeById),
    ).toThrow(/không có địa bàn “tri-ton”/);
  });
});

describe('getFigureBars', () => {
  test('gives a bar per figure of a parts set, with its qualifier', () => {
    expect(getFigureBars(partsSet).map((b) => `${b.label}: ${b.value}`)).toEqual([
      'Kinh tế: 200',
      'Văn hóa - xã hội: 500',
      'Quốc phòng - an ninh: 175',
      'Xây dựng hệ thống chính trị: 125',
    ]);
    expect(getChartUnit(partsSet)).toBe('mô hình');
  });

  test('gives no bars for a list set: its figures may differ in unit or in what they count', () => {
    expect(getFigureBars(listSet)).toEqual([]);
  });

  test('gives a bar per figure of a compare set, the same as for parts', () => {
    const { total: _total, ...untotalled } = partsSet;
    expect(getFigureBars({ ...untotalled, kind: 'compare' })).toEqual(getFigureBars(partsSet));
  });
});

describe('formatSourceDate', () => {
  test.each([
    [{ date: '2023-12-14' }, '14/12/2023'],
    [{ date: '2023-12' }, 'tháng 12/2023'],
    [{ date: '2023' }, 'năm 2023'],
    [{}, 'không ghi ngày'],
  ])('%o is written “%s”', (date, text) => {
    expect(formatSourceDate({ ...listSet.source, ...date })).toBe(text);
  });
});

describe('noteIds', () => {
  test('gives the footnote and its mark distinct anchors named after the set', () => {
    expect(noteIds(listSet)).toEqual({
      note: 'kien-giang-2021-2023-ghi-chu',
      mark: 'kien-giang-2021-2023-dau-ghi-chu',
    });
  });
});
