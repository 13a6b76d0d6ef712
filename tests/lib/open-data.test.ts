/** Open data: one flat record per published model, as JSON and CSV. */
import { describe, expect, test } from 'vitest';
import { toCsv, toOpenDataRecords } from '../../src/lib/open-data.ts';
import { pressCatalog } from '../fixtures/catalogs.ts';

const catalog = pressCatalog;

describe('open data', () => {
  test('one record per model with absolute URL, labels and figures', () => {
    const [record] = toOpenDataRecords(catalog.models);
    expect(record).toMatchObject({
      slug: 'duong-ra-dong',
      url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
      place: 'thị xã Tân Châu',
      kind: 'Tập thể',
      organisations: ['Hội Nông dân tỉnh An Giang'],
      figures: [{ label: 'Đường bê tông', qualifier: null, value: 1870.5, unit: 'm', as_of: '2024', source: 1 }],
    });
  });

  test('CSV starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const [record] = toOpenDataRecords(catalog.models);
    const csv = toCsv([{ ...record!, title: '=HYPERLINK("x")', summary: 'Một, hai' }]);
    expect(csv.startsWith('\uFEFFslug,url,title,summary,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","Một, hai"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('keeps the qualifier with its number in the CSV cell', () => {
    const [record] = toOpenDataRecords(catalog.models);
    const qualified = { ...record!, figures: record!.figures.map((f) => ({ ...f, qualifier: 'hơn' as const })) };
    expect(toCsv([qualified])).toContain('Đường bê tông: hơn 1870.5 m (2024, nguồn 1)');
    expect(toCsv([record!])).toContain('Đường bê tông: 1870.5 m (2024, nguồn 1)');
  });
});
