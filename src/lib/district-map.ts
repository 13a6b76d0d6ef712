/**
 * The map of where the models are: the 25 district-level units of An Giang and Kiên Giang as they
 * were until 30/6/2025, each coloured by the number of published models filed under it. Projected
 * at build time (d3-geo over the vendored TopoJSON, see src/data/geo/NOTICE.md) into SVG paths, so
 * a page ships only `<path>` elements: no tiles, no script, no other host.
 *
 * A unit's count is the count of its place page (getFacetGroups 'place'): a model of a former
 * commune counts for its district, so the map, the table and the page a unit links to agree.
 * Models filed under a whole province, or under a unit created on 1/7/2025 (which may straddle
 * former districts), belong to no unit and are listed apart rather than smeared over the map.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import topologyText from '../data/geo/an-giang-kien-giang-2024-huyen.topojson?raw';
import type { Catalog, Model, Place } from './catalog-types';
import { getFacetGroups } from './facets';
import { formatNumber } from './format';
import { sortByVi } from './text';

/** Properties every unit of the vendored topology carries (see src/data/geo/NOTICE.md). */
interface UnitProperties {
  /** The data's id; the site's place id except for CHANGED_IDS. */
  id: string;
  /** Old province: an-giang or kien-giang. */
  tinh: string;
}

/** Units the geometry names differently from content/places.yaml. */
const PLACE_ID_OF: Readonly<Record<string, string>> = { 'chau-thanh-an-giang': 'chau-thanh' };

/**
 * Former district-level units with no shape in the data: Kiên Hải, an island district, which
 * Who's On First holds only as points. The map shows it as a labelled box, not at its position.
 */
export const UNITS_WITHOUT_SHAPE: readonly string[] = ['kien-hai'];

/**
 * Width of the map's viewBox; its height follows from the shapes (fixed aspect ratio, no layout
 * shift). Wide enough that whole units are precise (one unit is under a fifth of a pixel on a
 * phone), so path data needs no decimals.
 */
export const MAP_WIDTH = 2000;
const MARGIN = 20;

/**
 * A d3-geo path context that writes the shortest path data this map needs: integer coordinates,
 * each point after a ring's first relative to the one before, repeated points dropped. About
 * half the bytes of d3's absolute output, compressed; the map's markup counts against every
 * page's budget.
 */
export class CompactPath {
  #data = '';
  #x = 0;
  #y = 0;
  /** Whether the next relative pair needs its "l" (the first after a move). */
  #afterMove = false;

  moveTo(x: number, y: number): void {
    this.#x = Math.round(x);
    this.#y = Math.round(y);
    this.#data += `M${this.#x} ${this.#y}`;
    this.#afterMove = true;
  }

  lineTo(x: number, y: number): void {
    const dx = Math.round(x) - this.#x;
    const dy = Math.round(y) - this.#y;
    if (dx === 0 && dy === 0) return;
    this.#x += dx;
    this.#y += dy;
    if (this.#afterMove) this.#data += 'l';
    this.#afterMove = false;
    this.#data += this.#number(dx);
    this.#data += this.#number(dy);
  }

  closePath(): void {
    this.#data += 'z';
  }

  beginPath(): void {}

  arc(): void {
    throw new Error('CompactPath draws polygons only (no points).');
  }

  /** A number with the separator it needs: none before a minus sign or after a command letter. */
  #number(n: number): string {
    return n < 0 || /[a-zA-Z]$/.test(this.#data) ? String(n) : ` ${n}`;
  }

  /** The path data written so far, and a fresh start. */
  take(): string {
    const data = this.#data;
    this.#data = '';
    return data;
  }
}

export interface MapShape {
  /** The place id (content/places.yaml). */
  placeId: string;
  /** Old province id. */
  province: string;
  /** SVG path data, in whole viewBox units. */
  d: string;
  /** Where the unit's count is written: the centroid of its shape. */
  labelAt: readonly [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: readonly MapShape[];
  /** The line between the two old provinces. */
  provinceBorder: string;
}

let geometry: MapGeometry | undefined;

/** The projected shapes, computed once per build (they depend on nothing but the vendored file). */
export function getMapGeometry(): MapGeometry {
  if (geometry) return geometry;
  const topology = JSON.parse(topologyText) as Topology<{
    huyen: GeometryCollection<UnitProperties>;
  }>;
  const units = feature(topology, topology.objects.huyen) as FeatureCollection<Polygon | MultiPolygon, UnitProperties>;
  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * MARGIN, units);
  const [[, top], [, bottom]] = geoPath(projection).bounds(units);
  const height = Math.ceil(bottom - top + 2 * MARGIN);
  projection.fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, height - MARGIN],
    ],
    units,
  );
  const context = new CompactPath();
  const draw = geoPath(projection, context);
  const d = (object: Parameters<typeof draw>[0]) => {
    draw(object);
    return context.take();
  };
  const shapes = units.features.map((f): MapShape => {
    const [x, y] = draw.centroid(f);
    return {
      placeId: PLACE_ID_OF[f.properties.id] ?? f.properties.id,
      province: f.properties.tinh,
      d: d(f),
      labelAt: [Math.round(x), Math.round(y)],
    };
  });
  const provinceOf = (unit: GeometryObject) => (unit.properties as UnitProperties | undefined)?.tinh;
  const border = mesh(topology, topology.objects.huyen, (a, b) => provinceOf(a) !== provinceOf(b));
  geometry = { width: MAP_WIDTH, height, shapes, provinceBorder: d(border) };
  return geometry;
}

/** One band of the legend: units whose count lies in [min, max]. */
export interface CountClass {
  /** 1, 2, … from the lightest colour; 0 is "no model yet". */
  level: number;
  min: number;
  max: number;
  /** "1", "2–4", "từ 10". */
  label: string;
}

/** Lower bounds a band may start at: easy numbers to read in a legend. */
const NICE_BOUNDS = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

/**
 * Up to four bands over 1…max, roughly geometric (counts are skewed: a few units hold most
 * models), starting at easy numbers. A band of a single value reads "3", a wider one "3–4", the
 * last "từ 5" only when it is open-ended beyond the largest count shown ("5–8" otherwise).
 */
export function getCountClasses(max: number): CountClass[] {
  if (max < 1) return [];
  const starts = [1];
  for (let k = 1; k < 4; k++) {
    const target = max ** (k / 4);
    const next = NICE_BOUNDS.find((b) => b > starts.at(-1)! && b >= target && b <= max);
    if (next !== undefined) starts.push(next);
  }
  return starts.map((min, i) => {
    const bandMax = i + 1 < starts.length ? starts[i + 1]! - 1 : max;
    return { level: i + 1, min, max: bandMax, label: min === bandMax ? String(min) : `${min}–${bandMax}` };
  });
}

/** The band of a count: 0 for none. */
export function levelOf(count: number, classes: readonly CountClass[]): number {
  return classes.find((c) => count >= c.min && count <= c.max)?.level ?? 0;
}

export interface MapUnit {
  place: Place;
  /** Its shape; undefined for UNITS_WITHOUT_SHAPE. */
  shape?: MapShape;
  count: number;
  level: number;
}

export interface DistrictMap {
  geometry: MapGeometry;
  /** Every former district-level unit: An Giang's, then Kiên Giang's, each in Vietnamese order. */
  units: MapUnit[];
  /** Shapes of units missing from content/places.yaml: drawn as background, without a link. */
  unlinked: MapShape[];
  classes: CountClass[];
  /** Models filed under a whole province (programmes that cover many units). */
  provinceWide: Model[];
  /** Models filed under a unit created on 1/7/2025, or under a place within one. */
  newUnits: Model[];
}

const maps = new WeakMap<Catalog, DistrictMap>();

/** The map's data for a catalog: counts per unit, bands, and the models listed apart. */
export function getDistrictMap(catalog: Catalog): DistrictMap {
  const known = maps.get(catalog);
  if (known) return known;
  const { shapes } = getMapGeometry();
  const modelsByPlace = new Map(getFacetGroups(catalog, 'place').map((g) => [g.key, g.models]));
  // A unit whose place is not in content/places.yaml (a trimmed copy of the site, a line deleted
  // by mistake) has no page to link to: its shape stays as background, so the map has no hole.
  const counted = [
    ...shapes.map((shape) => ({ place: catalog.placeById.get(shape.placeId), shape })),
    ...UNITS_WITHOUT_SHAPE.map((id) => ({ place: catalog.placeById.get(id), shape: undefined })),
  ].flatMap(({ place, shape }) =>
    place ? [{ place, ...(shape ? { shape } : {}), count: modelsByPlace.get(place.id)?.length ?? 0 }] : [],
  );
  const unlinked = shapes.filter((s) => !catalog.placeById.has(s.placeId));
  const classes = getCountClasses(Math.max(0, ...counted.map((u) => u.count)));
  const provinces = [...new Set(counted.map((u) => u.place.parentPlace?.id))];
  const units = provinces.flatMap((province) =>
    sortByVi(
      counted.filter((u) => u.place.parentPlace?.id === province),
      (u) => u.place.name,
    ),
  );
  const onMap = new Set(units.flatMap((u) => modelsByPlace.get(u.place.id) ?? []));
  const apart = catalog.models.filter((m) => !onMap.has(m));
  const map: DistrictMap = {
    geometry: getMapGeometry(),
    units: units.map((u) => ({ ...u, level: levelOf(u.count, classes) })),
    unlinked,
    classes,
    provinceWide: apart.filter((m) => m.place.kind === 'tỉnh'),
    newUnits: apart.filter((m) => m.place.kind !== 'tỉnh'),
  };
  maps.set(catalog, map);
  return map;
}

/** The unit's accessible name: "huyện Tri Tôn: 3 mô hình", "huyện An Phú: 0 mô hình". */
export function unitName(unit: MapUnit): string {
  return `${unit.place.distinctLabel}: ${formatNumber(unit.count)} mô hình`;
}
