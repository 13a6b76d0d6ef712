/**
 * The district map's data, over the real places file and the vendored geometry: every former
 * district-level unit is drawn (or boxed, for Kiên Hải), its count is its place page's count, the
 * models the map cannot place are listed apart, and the legend's bands cover every count once.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import {
  CompactPath,
  getCountClasses,
  getDistrictMap,
  getMapGeometry,
  levelOf,
  MAP_WIDTH,
  UNITS_WITHOUT_SHAPE,
  unitName,
} from '../../src/lib/district-map.ts';
import { getFacetGroups } from '../../src/lib/facets.ts';
import { catalogInput, model, place } from '../fixtures/entries.ts';

const PLACES_FILE = new URL('../../content/places.yaml', import.meta.url);
const realPlaces = (parse(readFileSync(PLACES_FILE, 'utf8')) as Record<string, unknown>[]).map(place);

/** The real places with a model at each of `placeIds` (one per id). */
function catalogWithModelsAt(placeIds: string[]) {
  return buildCatalog(
    catalogInput({ places: realPlaces, models: placeIds.map((id, i) => model(`mo-hinh-${i}`, { place: id })) }),
    { today: '2026-01-01' },
  );
}

/** The former district-level units of both provinces, as content/places.yaml records them. */
const formerDistricts = realPlaces
  .filter((p) => ['huyện', 'thị xã', 'thành phố'].includes(p.data.kind))
  .filter((p) => ['an-giang', 'kien-giang'].includes(p.data.parent?.id ?? '') && p.data.validUntil)
  .map((p) => p.id);

describe('the geometry', () => {
  const geometry = getMapGeometry();

  test('draws 25 units, each a former district of content/places.yaml, and Kiên Hải has a box instead', () => {
    expect(formerDistricts).toHaveLength(26);
    const drawn = geometry.shapes.map((s) => s.placeId);
    expect(new Set(drawn).size).toBe(25);
    expect([...drawn, ...UNITS_WITHOUT_SHAPE].sort()).toEqual([...formerDistricts].sort());
  });

  test('every shape is path data inside the viewBox, its label point too', () => {
    expect(geometry.width).toBe(MAP_WIDTH);
    expect(Number.isInteger(geometry.height)).toBe(true);
    for (const shape of geometry.shapes) {
      expect(shape.d, shape.placeId).toMatch(/^M\d+ \d+l[-\d ]+/);
      const [x, y] = shape.labelAt;
      expect(x, shape.placeId).toBeGreaterThan(0);
      expect(x, shape.placeId).toBeLessThan(geometry.width);
      expect(y, shape.placeId).toBeGreaterThan(0);
      expect(y, shape.placeId).toBeLessThan(geometry.height);
    }
    expect(geometry.provinceBorder).toMatch(/^M/);
  });

  test('An Giang lies north-east of Kiên Giang: the data was read the right way up', () => {
    const centre = (id: string) => geometry.shapes.find((s) => s.placeId === id)!.labelAt;
    // Châu Đốc (on the Cambodian border) above Vĩnh Thuận (the south); Phú Quốc (island) westmost.
    expect(centre('chau-doc')[1]).toBeLessThan(centre('vinh-thuan')[1]);
    expect(Math.min(...geometry.shapes.map((s) => s.labelAt[0]))).toBe(centre('phu-quoc')[0]);
  });
});

describe('CompactPath', () => {
  /** The absolute points a path's data describes, read back. */
  function pointsOf(d: string): [number, number][] {
    const points: [number, number][] = [];
    for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
      const numbers = (args!.match(/-?\d+/g) ?? []).map(Number);
      for (let i = 0; i < numbers.length; i += 2) {
        const last = points.at(-1) ?? [0, 0];
        points.push(
          command === 'M' ? [numbers[i]!, numbers[i + 1]!] : [last[0] + numbers[i]!, last[1] + numbers[i + 1]!],
        );
      }
    }
    return points;
  }

  test('writes rounded points, relative after the first, dropping repeats', () => {
    const path = new CompactPath();
    path.moveTo(10.4, 20.6);
    path.lineTo(15, 18);
    path.lineTo(15.2, 18.1);
    path.lineTo(3, 30);
    path.closePath();
    const d = path.take();
    expect(d).toBe('M10 21l5-3-12 12z');
    expect(pointsOf(d)).toEqual([
      [10, 21],
      [15, 18],
      [3, 30],
    ]);
    expect(path.take()).toBe('');
  });

  test('a real shape reads back to the same points as d3 would draw, rounded', () => {
    const shape = getMapGeometry().shapes.find((s) => s.placeId === 'tri-ton')!;
    const points = pointsOf(shape.d);
    expect(points.length).toBeGreaterThan(20);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('getCountClasses', () => {
  test.each([
    [1, ['1']],
    [2, ['1', '2']],
    [6, ['1', '2', '3–4', '5–6']],
    [2400, ['1–9', '10–49', '50–499', '500–2400']],
  ])('for at most %i models: %j', (max, labels) => {
    expect(getCountClasses(max).map((c) => c.label)).toEqual(labels);
  });

  test('no bands when no unit has a model', () => {
    expect(getCountClasses(0)).toEqual([]);
  });

  test('every count from 1 to the largest falls in exactly one band, in order', () => {
    for (const max of [1, 3, 7, 12, 41, 150, 999, 2400]) {
      const classes = getCountClasses(max);
      expect(classes.length).toBeLessThanOrEqual(4);
      for (let n = 1; n <= max; n++) {
        expect(
          classes.filter((c) => n >= c.min && n <= c.max),
          `${n} of ${max}`,
        ).toHaveLength(1);
      }
      expect(levelOf(0, classes)).toBe(0);
      expect(levelOf(max, classes)).toBe(classes.length);
    }
  });
});

describe('getDistrictMap', () => {
  const catalog = catalogWithModelsAt([
    'tri-ton', // the district itself
    'xa-luong-phi-tri-ton', // a former commune of Tri Tôn
    'xa-vinh-phong-vinh-thuan', // a former commune of Kiên Giang
    'an-giang', // the whole province
    'kien-giang', // the former province
    'xa-chau-thanh', // a unit created on 1/7/2025
  ]);
  const map = getDistrictMap(catalog);
  const unit = (id: string) => map.units.find((u) => u.place.id === id)!;

  test('lists every former district once: An Giang first, then Kiên Giang, in Vietnamese order', () => {
    expect(map.units.map((u) => u.place.id).sort()).toEqual([...formerDistricts].sort());
    const provinces = map.units.map((u) => u.place.parentPlace?.id);
    expect(provinces.indexOf('kien-giang')).toBe(11);
    expect(provinces.slice(11).every((p) => p === 'kien-giang')).toBe(true);
    expect(map.units.slice(0, 3).map((u) => u.place.name)).toEqual(['An Phú', 'Châu Đốc', 'Châu Phú']);
  });

  test("counts a commune's models for its district, as the district's page does", () => {
    expect(unit('tri-ton').count).toBe(2);
    expect(unit('vinh-thuan').count).toBe(1);
    expect(unit('an-phu').count).toBe(0);
    const pageCounts = new Map(getFacetGroups(catalog, 'place').map((g) => [g.key, g.models.length]));
    for (const u of map.units) expect(u.count, u.place.id).toBe(pageCounts.get(u.place.id));
  });

  test('lists province-wide models and models of the new units apart, never on a unit', () => {
    expect(map.provinceWide.map((m) => m.place.id).sort()).toEqual(['an-giang', 'kien-giang']);
    expect(map.newUnits.map((m) => m.place.id)).toEqual(['xa-chau-thanh']);
    const onUnits = map.units.reduce((sum, u) => sum + u.count, 0);
    expect(onUnits + map.provinceWide.length + map.newUnits.length).toBe(catalog.models.length);
  });

  test('bands the counts and names each unit with its count', () => {
    expect(map.classes.map((c) => c.label)).toEqual(['1', '2']);
    expect(unit('tri-ton').level).toBe(2);
    expect(unit('an-phu').level).toBe(0);
    expect(unitName(unit('tri-ton'))).toBe('huyện Tri Tôn: 2 mô hình');
    expect(unitName(unit('an-phu'))).toBe('huyện An Phú: 0 mô hình');
    // The two Châu Thành are told apart.
    expect(unitName(unit('chau-thanh'))).not.toBe(unitName(unit('chau-thanh-kien-giang')));
  });

  test('a places file without some units still gives a map: their shapes stay unlinked background', () => {
    // The default fixture places hold three of the 25 (a trimmed copy of the site, a deleted line).
    const small = getDistrictMap(
      buildCatalog(catalogInput({ models: [model('a', { place: 'tan-chau' })] }), { today: '2026-01-01' }),
    );
    expect(small.units.map((u) => u.place.id).sort()).toEqual(['chau-doc', 'cho-moi', 'tan-chau']);
    expect(small.unlinked).toHaveLength(22);
    expect(small.units.find((u) => u.place.id === 'tan-chau')?.count).toBe(1);
  });
});
