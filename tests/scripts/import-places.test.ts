/** The generator of the 2025 places (npm run places), on the vendored mapping. */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  DISTRICTS,
  generatePlaces,
  newStyleSpelling,
  renderSection,
  replaceSection,
  SECTION_MARKER,
  type XaMapping,
} from '../../scripts/lib/import-places.ts';
import { readYamlList } from '../../src/loaders/yaml.ts';
import { placeSchema } from '../../src/schemas/place.ts';

const root = new URL('../../', import.meta.url);
const mapping = JSON.parse(
  await readFile(new URL('src/data/an-giang-2025/an-giang-2025-xa-mapping.json', root), 'utf8'),
) as XaMapping;
const places = generatePlaces(mapping);
const byId = new Map(places.map((p) => [p.id, p]));
const newUnits = places.filter((p) => p.validFrom === '2025-07-01');
const formerCommunes = places.filter((p) => p.validUntil && ['xã', 'phường', 'thị trấn'].includes(p.kind));
const clone = () => JSON.parse(JSON.stringify(mapping)) as XaMapping;

describe('generatePlaces', () => {
  test('is deterministic: the same mapping gives the same section', () => {
    expect(renderSection(generatePlaces(clone()))).toBe(renderSection(places));
  });

  test('ids are unique', () => {
    expect(byId.size).toBe(places.length);
    expect(places).toHaveLength(1 + 26 + 102 + 298);
  });

  test('102 new units under an-giang, from 1/7/2025, with the kinds of the resolution', () => {
    expect(newUnits).toHaveLength(102);
    expect(newUnits.every((u) => u.parent === 'an-giang' && !u.validUntil && u.successors.length === 0)).toBe(true);
    const count = (kind: string) => newUnits.filter((u) => u.kind === kind).length;
    expect([count('xã'), count('phường'), count('đặc khu')]).toEqual([85, 14, 3]);
    expect(byId.get('dac-khu-phu-quoc')).toMatchObject({ name: 'Phú Quốc', kind: 'đặc khu' });
  });

  test('every former commune maps to at least one new unit and sits in its former district', () => {
    expect(formerCommunes).toHaveLength(298);
    const districtIds = new Set(DISTRICTS.map((d) => d.id));
    for (const commune of formerCommunes) {
      expect(commune.validUntil).toBe('2025-06-30');
      expect(districtIds.has(commune.parent!)).toBe(true);
      expect(commune.successors.length).toBeGreaterThan(0);
      for (const s of commune.successors) expect(byId.get(s)?.validFrom).toBe('2025-07-01');
    }
  });

  test('every new unit comes from at least one former commune', () => {
    const predecessors = new Set(formerCommunes.flatMap((c) => c.successors));
    expect(newUnits.filter((u) => !predecessors.has(u.id))).toEqual([]);
  });

  test('former commune ids: slug and former district; Châu Thành of An Giang keeps chau-thanh', () => {
    expect(byId.get('xa-khanh-an-an-phu')).toMatchObject({ name: 'Khánh An', kind: 'xã', parent: 'an-phu' });
    expect(byId.get('phuong-tinh-bien-tinh-bien')).toMatchObject({ kind: 'phường', parent: 'tinh-bien' });
    expect(byId.get('thi-tran-an-chau-chau-thanh')).toMatchObject({ kind: 'thị trấn', parent: 'chau-thanh' });
    expect(byId.get('xa-tan-phu-chau-thanh')).toMatchObject({ parent: 'chau-thanh', successors: ['xa-vinh-an'] });
    expect(byId.get('xa-mong-tho-chau-thanh-kien-giang')?.parent).toBe('chau-thanh-kien-giang');
    expect(byId.has('chau-thanh-an-giang')).toBe(false);
  });

  test('two former communes with one id both get their GSO code', () => {
    expect(byId.has('xa-phu-thanh-phu-tan')).toBe(false);
    expect(byId.get('xa-phu-thanh-phu-tan-30427')?.name).toBe('Phú Thạnh');
    expect(byId.get('xa-phu-thanh-phu-tan-30433')?.name).toBe('Phú Thành');
  });

  test('split communes name every unit that received a part', () => {
    expect(byId.get('xa-phuoc-hung-an-phu')?.successors).toEqual(['xa-an-phu', 'xa-nhon-hoi', 'xa-phu-huu']);
    expect(byId.get('xa-phuoc-hung-an-phu')?.note).toContain('một phần diện tích');
  });

  test('the province and districts: Kiên Giang until 30/6/2025, its 15 units, successors from the mapping', () => {
    expect(byId.get('kien-giang')).toMatchObject({ kind: 'tỉnh', validUntil: '2025-06-30', successors: ['an-giang'] });
    expect(places.filter((p) => p.parent === 'kien-giang')).toHaveLength(15);
    expect(places.filter((p) => p.parent === 'an-giang' && !p.validFrom)).toHaveLength(11);
    expect(byId.get('chau-thanh-kien-giang')).toMatchObject({ name: 'Châu Thành', kind: 'huyện' });
    for (const district of DISTRICTS) {
      const mappingId = district.id === 'chau-thanh' ? 'chau-thanh-an-giang' : district.id;
      const codes = mapping.huyen_cu_sang_xa_moi[mappingId]!;
      const ids = codes.map((code) => mapping.xa_moi.find((u) => u.ma === code)!.id);
      expect(byId.get(district.id)?.successors).toEqual(ids);
    }
  });

  test('names without their kind, spaces collapsed; old-style tone placement gets an alias', () => {
    expect(byId.get('xa-hoa-thuan-giong-rieng')?.name).toBe('Hòa Thuận');
    expect(byId.get('xa-hoa-lac-phu-tan')).toMatchObject({ name: 'Hoà Lạc', aliases: ['Hòa Lạc'] });
    expect(byId.get('xa-my-hoa-hung')).toMatchObject({ name: 'Mỹ Hòa Hưng', aliases: [] });
  });

  test('refuses a mapping that contradicts itself', () => {
    const broken = clone();
    broken.xa_cu[0]!.sang = [{ ma: '99999', kieu: 'full', khoan: 1 }];
    expect(() => generatePlaces(broken)).toThrow(/không có đơn vị mới mã 99999/);
  });
});

describe('newStyleSpelling', () => {
  test('moves the mark of open oa, oe, uy syllables only', () => {
    expect(newStyleSpelling('Mỹ Hoà Hưng')).toBe('Mỹ Hòa Hưng');
    expect(newStyleSpelling('Thuỷ')).toBe('Thủy');
    expect(newStyleSpelling('Hòa')).toBeUndefined();
    expect(newStyleSpelling('Hoàng')).toBeUndefined();
    expect(newStyleSpelling('Mỹ Quý')).toBeUndefined();
    expect(newStyleSpelling('Lình Huỳnh')).toBeUndefined();
  });
});

describe('the generated section', () => {
  const section = renderSection(places);

  test('starts with the marker and says, in Vietnamese, that it is generated, its source and licence', () => {
    expect(section.startsWith(`${SECTION_MARKER}\n`)).toBe(true);
    expect(section).toContain('npm run places');
    expect(section).toContain('MIT');
    expect(section).toContain('dvhcvn');
  });

  test('every place passes the schema', () => {
    const { items, problems } = readYamlList(section, 'places.yaml', placeSchema);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(places.length);
  });

  test('replaces only the section: the hand-written part stays, a second run changes nothing', () => {
    const hand = '# Ghi chú\n- id: an-giang\n  name: An Giang\n  kind: tỉnh\n';
    const once = replaceSection(hand, section, []);
    expect(once.startsWith(hand)).toBe(true);
    expect(replaceSection(once, section, [])).toBe(once);
  });

  test('refuses a hand-written place the section also defines', () => {
    const hand = '- id: tan-chau\n  name: Tân Châu\n  kind: thị xã\n';
    expect(() => replaceSection(hand, section, ['tan-chau'])).toThrow(/tan-chau/);
  });

  test('content/places.yaml is up to date with the mapping', async () => {
    const file = await readFile(new URL('content/places.yaml', root), 'utf8');
    expect(replaceSection(file, section, [])).toBe(file);
  });
});
