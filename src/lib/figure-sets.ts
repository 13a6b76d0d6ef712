/**
 * The official figures of /so-lieu/ (src/data/official-figures.ts) made ready for its pages:
 * checked, split into the province's sets and the districts' table, each with its source written
 * out. Pure: the sets and the places are arguments, so tests feed fixtures.
 */
import type { FigureSet, FigureSource } from '../data/official-figures.ts';
import type { Bar } from './bar-chart.ts';
import { formatPartialDate } from './format.ts';
import { capitalize, sortByVi } from './text.ts';

/** Places whose sets are the province's; any other place is a former district's. */
export const PROVINCE_PLACES: ReadonlySet<string> = new Set(['an-giang', 'kien-giang']);

/** What the district table needs of a place (a catalog Place has it): its name, as written in text, its page. */
export interface PlaceRef {
  name: string;
  label: string;
  url: string;
}

/** One row of the district table: the set and its district, named and linked. */
export interface DistrictRow {
  set: FigureSet;
  place: PlaceRef;
}

export interface FigureSections {
  /** Sets about a whole province (An Giang, or Kiên Giang before 1/7/2025), in the data's order. */
  province: FigureSet[];
  /** Sets about one former district, by district name in Vietnamese order. */
  districts: DistrictRow[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * What is wrong with the sets, one Vietnamese line each (empty when nothing is). The one rule that
 * matters most: a 'parts' or 'compare' set is drawn on one axis, so all its figures share one unit.
 */
export function checkFigureSets(sets: readonly FigureSet[], placeIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const set of sets) {
    const at = `Bộ số liệu “${set.id}”`;
    if (!ID.test(set.id)) problems.push(`${at}: mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`);
    if (seen.has(set.id)) problems.push(`${at}: mã bị trùng.`);
    seen.add(set.id);
    if (!placeIds.has(set.place)) problems.push(`${at}: không có địa bàn “${set.place}” trong content/places.yaml.`);
    if (set.figures.length === 0) problems.push(`${at}: chưa có con số nào.`);
    if (set.figures.some((f) => !Number.isFinite(f.value) || f.value < 0))
      problems.push(`${at}: mỗi con số phải là số không âm.`);
    if (set.kind !== 'list') {
      const units = new Set([...set.figures, ...(set.total ? [set.total] : [])].map((f) => f.unit));
      if (units.size > 1)
        problems.push(
          `${at}: các con số vẽ trên một biểu đồ phải cùng đơn vị (đang có ${[...units].join(', ')}); nếu khác đơn vị, dùng kind: 'list'.`,
        );
    }
    if (set.kind === 'compare' && set.total)
      problems.push(
        `${at}: bộ 'compare' không có tổng (các con số không phải các phần của một tổng); dùng kind: 'parts'.`,
      );
    if (!/^https?:\/\//.test(set.source.url))
      problems.push(`${at}: địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.`);
    if (set.source.date !== undefined && !DATE.test(set.source.date))
      problems.push(`${at}: ngày của nguồn viết yyyy, yyyy-mm hoặc yyyy-mm-dd.`);
  }
  return problems;
}

/**
 * The sets split as /so-lieu/ shows them, after checking them against the places: a mistake in
 * the data stops the build with its reasons rather than printing a wrong page.
 */
export function getFigureSections(
  sets: readonly FigureSet[],
  placeById: ReadonlyMap<string, PlaceRef>,
): FigureSections {
  const problems = checkFigureSets(sets, new Set(placeById.keys()));
  if (problems.length > 0) throw new Error(`src/data/official-figures.ts:\n${problems.join('\n')}`);
  const districts = sets
    .filter((s) => !PROVINCE_PLACES.has(s.place))
    .map((set) => {
      const place = placeById.get(set.place)!;
      return { set, place: { name: place.name, label: capitalize(place.label), url: place.url } };
    });
  return {
    province: sets.filter((s) => PROVINCE_PLACES.has(s.place)),
    // Stable: two sets of one district keep the data's order.
    districts: sortByVi(districts, (r) => r.place.name),
  };
}

/** The date a source shows, as written on the page ("14/12/2023", "năm 2023"), or that it shows none. */
export function formatSourceDate(source: FigureSource): string {
  return source.date ? formatPartialDate(source.date) : 'không ghi ngày';
}

/** The bars of a set: its figures for a 'parts' or 'compare' set, none for a 'list' set (a table says it all). */
export function getFigureBars(set: FigureSet): Bar[] {
  if (set.kind === 'list') return [];
  return set.figures.map((f) => ({ label: f.label, value: f.value, qualifier: f.qualifier }));
}

/** The unit of a set's chart (checkFigureSets makes sure its figures share one). */
export function getChartUnit(set: FigureSet): string {
  return set.figures[0]?.unit ?? '';
}

/** Anchors of a set's footnote and of the mark that points to it, so each links to the other. */
export function noteIds(set: Pick<FigureSet, 'id'>): { note: string; mark: string } {
  return { note: `${set.id}-ghi-chu`, mark: `${set.id}-dau-ghi-chu` };
}
