/**
 * `npm run places`: the administrative units of the 2025 reorganisation, generated from the
 * vendored mapping `src/data/an-giang-2025/an-giang-2025-xa-mapping.json` (MIT, dvhcvn; see the
 * NOTICE beside it) into a marked section at the end of `content/places.yaml`:
 * - the former province Kiên Giang;
 * - the 26 former district-level units of both provinces (until 30/6/2025), their successors being
 *   the new units that received (part of) their communes;
 * - the 102 new communes, wards and special zones of An Giang (from 1/7/2025);
 * - the 298 former communes, wards and townships (until 30/6/2025), each with its successors.
 * Pure functions: the script reads and writes the files, the tests call these directly.
 */
import yaml from 'js-yaml';
import { toSlug } from '../../src/lib/text.ts';

/** One new unit (from 1 July 2025) as the mapping records it. */
export interface NewUnitRecord {
  ma: string;
  ten: string;
  loai: string;
  id: string;
  gom: { ma: string; kieu: 'full' | 'partial' }[];
}

/** One former commune (until 30 June 2025) as the mapping records it. */
export interface OldCommuneRecord {
  ma: string;
  ten: string;
  loai: string;
  tinh: string;
  huyen: string;
  ma_huyen: string;
  sang: { ma: string; kieu: 'full' | 'partial'; khoan: number }[];
  ghi_chu?: string;
}

export interface XaMapping {
  mo_ta: string;
  nguon: string;
  xa_moi: NewUnitRecord[];
  xa_cu: OldCommuneRecord[];
  huyen_cu_sang_xa_moi: Record<string, string[]>;
}

/** A place as it is written into content/places.yaml (the fields of src/schemas/place.ts). */
export interface GeneratedPlace {
  id: string;
  name: string;
  kind: string;
  parent?: string;
  validFrom?: string;
  validUntil?: string;
  successors: string[];
  note?: string;
  aliases: string[];
}

interface District {
  id: string;
  /** GSO district code. */
  ma: string;
  name: string;
  kind: 'thành phố' | 'thị xã' | 'huyện';
  province: 'an-giang' | 'kien-giang';
}

/**
 * The 26 former district-level units with their GSO codes, names and kinds as of 1 March 2025
 * (table "Units and suggested ids" of the boundary data's README). An Giang's Châu Thành keeps
 * the id `chau-thanh` the site has always used; the mapping calls it `chau-thanh-an-giang`.
 */
export const DISTRICTS: readonly District[] = [
  { id: 'long-xuyen', ma: '883', name: 'Long Xuyên', kind: 'thành phố', province: 'an-giang' },
  { id: 'chau-doc', ma: '884', name: 'Châu Đốc', kind: 'thành phố', province: 'an-giang' },
  { id: 'an-phu', ma: '886', name: 'An Phú', kind: 'huyện', province: 'an-giang' },
  { id: 'tan-chau', ma: '887', name: 'Tân Châu', kind: 'thị xã', province: 'an-giang' },
  { id: 'phu-tan', ma: '888', name: 'Phú Tân', kind: 'huyện', province: 'an-giang' },
  { id: 'chau-phu', ma: '889', name: 'Châu Phú', kind: 'huyện', province: 'an-giang' },
  { id: 'tinh-bien', ma: '890', name: 'Tịnh Biên', kind: 'thị xã', province: 'an-giang' },
  { id: 'tri-ton', ma: '891', name: 'Tri Tôn', kind: 'huyện', province: 'an-giang' },
  { id: 'chau-thanh', ma: '892', name: 'Châu Thành', kind: 'huyện', province: 'an-giang' },
  { id: 'cho-moi', ma: '893', name: 'Chợ Mới', kind: 'huyện', province: 'an-giang' },
  { id: 'thoai-son', ma: '894', name: 'Thoại Sơn', kind: 'huyện', province: 'an-giang' },
  { id: 'rach-gia', ma: '899', name: 'Rạch Giá', kind: 'thành phố', province: 'kien-giang' },
  { id: 'ha-tien', ma: '900', name: 'Hà Tiên', kind: 'thành phố', province: 'kien-giang' },
  { id: 'kien-luong', ma: '902', name: 'Kiên Lương', kind: 'huyện', province: 'kien-giang' },
  { id: 'hon-dat', ma: '903', name: 'Hòn Đất', kind: 'huyện', province: 'kien-giang' },
  { id: 'tan-hiep', ma: '904', name: 'Tân Hiệp', kind: 'huyện', province: 'kien-giang' },
  { id: 'chau-thanh-kien-giang', ma: '905', name: 'Châu Thành', kind: 'huyện', province: 'kien-giang' },
  { id: 'giong-rieng', ma: '906', name: 'Giồng Riềng', kind: 'huyện', province: 'kien-giang' },
  { id: 'go-quao', ma: '907', name: 'Gò Quao', kind: 'huyện', province: 'kien-giang' },
  { id: 'an-bien', ma: '908', name: 'An Biên', kind: 'huyện', province: 'kien-giang' },
  { id: 'an-minh', ma: '909', name: 'An Minh', kind: 'huyện', province: 'kien-giang' },
  { id: 'vinh-thuan', ma: '910', name: 'Vĩnh Thuận', kind: 'huyện', province: 'kien-giang' },
  { id: 'phu-quoc', ma: '911', name: 'Phú Quốc', kind: 'thành phố', province: 'kien-giang' },
  { id: 'kien-hai', ma: '912', name: 'Kiên Hải', kind: 'huyện', province: 'kien-giang' },
  { id: 'u-minh-thuong', ma: '913', name: 'U Minh Thượng', kind: 'huyện', province: 'kien-giang' },
  { id: 'giang-thanh', ma: '914', name: 'Giang Thành', kind: 'huyện', province: 'kien-giang' },
];

/** The mapping's district ids that the site spells differently. */
const DISTRICT_ID_OF: Record<string, string> = { 'chau-thanh-an-giang': 'chau-thanh' };

export const LAST_DAY = '2025-06-30';
export const FIRST_DAY = '2025-07-01';

const RESOLUTION = 'Nghị quyết 1654/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội';
/** Clause 97 of Article 1 lists the communes left as they were. */
const UNCHANGED_CLAUSE = 97;

const PROVINCE_NOTE =
  'Theo báo chí, từ ngày 1/7/2025 tỉnh Kiên Giang và tỉnh An Giang hợp nhất thành tỉnh An Giang mới.';
const DISTRICT_NOTE = `Theo báo chí, cấp huyện được bãi bỏ từ ngày 1/7/2025; các xã, phường, thị trấn được sắp xếp lại theo ${RESOLUTION}.`;

/** The first line of the generated section; everything from it to the end of the file is rewritten. */
export const SECTION_MARKER = '# ===== PHẦN TỰ SINH — KHÔNG SỬA TAY =====';

const SECTION_HEADER = `${SECTION_MARKER}
# Từ dòng này đến hết tệp do lệnh “npm run places” (scripts/import-places.ts) tạo lại từ
# src/data/an-giang-2025/an-giang-2025-xa-mapping.json. Mọi chỉnh sửa bằng tay ở phần này sẽ bị ghi
# đè; địa bàn khác (ấp, khóm, …) thì thêm vào phía trên dòng đánh dấu.
# Nội dung: tỉnh Kiên Giang cũ; 26 đơn vị cấp huyện của tỉnh An Giang và tỉnh Kiên Giang (đến
# 30/6/2025); 102 xã, phường, đặc khu của tỉnh An Giang (từ 1/7/2025); 298 xã, phường, thị trấn cũ
# (đến 30/6/2025) cùng đơn vị kế thừa của từng đơn vị.
# Nguồn dữ liệu: kho github.com/dvhcvn/20250701 (giấy phép MIT, Copyright (c) 2025 dvhcvn), đã đối
# chiếu với ${RESOLUTION}.
# Xem giấy phép và nguồn gốc: src/data/an-giang-2025/NOTICE.md.
`;

/** The unit's kind in lower case, as the schema spells it: "Thị trấn" → "thị trấn". */
const kindOf = (loai: string) => loai.toLocaleLowerCase('vi');

/** The name without its kind, spaces collapsed: "Xã  Hòa Thuận" → "Hòa Thuận". */
function nameOf(record: { ten: string; loai: string }): string {
  const ten = record.ten.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!ten.startsWith(record.loai)) throw new Error(`“${record.ten}” không bắt đầu bằng loại “${record.loai}”.`);
  return ten.slice(record.loai.length).trim();
}

/** A syllable whose tone mark sits on the second vowel of a final "oa", "oe" or "uy" (NFD): "hoà", "thuỷ". */
const OLD_STYLE_SYLLABLE = /^(.*?)([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])$/u;

/**
 * The name with the tone mark moved to the first vowel of an open "oa", "oe", "uy" syllable (the
 * spelling Resolution 1654 uses: "Hoà Lạc" → "Hòa Lạc"), or undefined when the name has no such
 * syllable. Closed syllables keep theirs ("Hoàng", "Huỳnh"), and so does "quý" ("qu" is a
 * consonant). Search folds marks either way; the alias lets an exact-spelling search find both.
 */
export function newStyleSpelling(name: string): string | undefined {
  const words = name.normalize('NFD').split(' ');
  const moved = words.map((word) => {
    const match = OLD_STYLE_SYLLABLE.exec(word);
    if (!match) return word;
    const [, before = '', pair = '', tone = ''] = match;
    if (/[qQ]$/.test(before) && /^[uU]/.test(pair)) return word;
    return `${before}${pair[0]}${tone}${pair[1]}`;
  });
  const result = moved.join(' ').normalize('NFC');
  return result === name.normalize('NFC') ? undefined : result;
}

/** "1", "1 và 3", "1, 3 và 5". */
function joinClauses(clauses: number[]): string {
  const list = clauses.map(String);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} và ${list.at(-1)}` : (list[0] ?? '');
}

function formerCommuneNote(record: OldCommuneRecord): string {
  const clauses = [...new Set(record.sang.map((s) => s.khoan))];
  if (record.sang.some((s) => s.kieu === 'partial')) {
    return `Chia theo các khoản ${joinClauses(clauses)} Điều 1 ${RESOLUTION}: mỗi đơn vị kế thừa nhận một phần diện tích.`;
  }
  if (clauses.length === 1 && clauses[0] === UNCHANGED_CLAUSE) {
    return `Không sắp xếp lại (khoản ${UNCHANGED_CLAUSE} Điều 1 ${RESOLUTION}); từ ngày 1/7/2025 trực thuộc tỉnh An Giang.`;
  }
  return `Sắp xếp theo khoản ${joinClauses(clauses)} Điều 1 ${RESOLUTION}.`;
}

function newUnitNote(clauses: number[]): string {
  if (clauses.length === 1 && clauses[0] === UNCHANGED_CLAUSE) {
    return `Giữ nguyên, không sắp xếp lại (khoản ${UNCHANGED_CLAUSE} Điều 1 ${RESOLUTION}); trực thuộc tỉnh An Giang từ ngày 1/7/2025.`;
  }
  return `Đơn vị hành chính cấp xã của tỉnh An Giang từ ngày 1/7/2025, theo khoản ${joinClauses(clauses)} Điều 1 ${RESOLUTION}.`;
}

/** The former commune's id: its slug and its former district, plus its GSO code when two would clash. */
function formerCommuneIds(records: readonly OldCommuneRecord[]): Map<string, string> {
  const base = (r: OldCommuneRecord) => `${toSlug(r.ten)}-${districtIdOf(r)}`;
  const counts = new Map<string, number>();
  for (const r of records) counts.set(base(r), (counts.get(base(r)) ?? 0) + 1);
  return new Map(records.map((r) => [r.ma, counts.get(base(r))! > 1 ? `${base(r)}-${r.ma}` : base(r)]));
}

function districtIdOf(record: OldCommuneRecord): string {
  return DISTRICT_ID_OF[record.huyen] ?? record.huyen;
}

/**
 * Every generated place, in a fixed order: the former province, the former districts (by GSO
 * code), the new units and the former communes (both in the mapping's order, by GSO code).
 * Throws when the mapping contradicts itself (a code that names nothing, links one way only).
 */
export function generatePlaces(mapping: XaMapping): GeneratedPlace[] {
  const problems: string[] = [];
  const newByCode = new Map(mapping.xa_moi.map((u) => [u.ma, u]));
  const oldByCode = new Map(mapping.xa_cu.map((c) => [c.ma, c]));
  const districtIds = new Set(DISTRICTS.map((d) => d.id));
  const newId = (code: string, where: string) => {
    const unit = newByCode.get(code);
    if (!unit) problems.push(`${where}: không có đơn vị mới mã ${code}.`);
    return unit?.id ?? code;
  };

  for (const commune of mapping.xa_cu) {
    if (!districtIds.has(districtIdOf(commune)))
      problems.push(`${commune.ten} (${commune.ma}): không rõ huyện “${commune.huyen}”.`);
    if (commune.sang.length === 0) problems.push(`${commune.ten} (${commune.ma}): không có đơn vị kế thừa.`);
    for (const s of commune.sang) {
      const unit = newByCode.get(s.ma);
      if (unit && !unit.gom.some((g) => g.ma === commune.ma)) {
        problems.push(
          `${commune.ten} (${commune.ma}) sang ${unit.ten} nhưng ${unit.ten} không ghi gom mã ${commune.ma}.`,
        );
      }
    }
  }
  for (const unit of mapping.xa_moi) {
    for (const g of unit.gom) {
      const commune = oldByCode.get(g.ma);
      if (!commune) problems.push(`${unit.ten} (${unit.ma}): không có đơn vị cũ mã ${g.ma}.`);
      else if (!commune.sang.some((s) => s.ma === unit.ma)) {
        problems.push(`${unit.ten} (${unit.ma}) gom ${commune.ten} nhưng ${commune.ten} không ghi sang mã ${unit.ma}.`);
      }
    }
  }

  const formerIds = formerCommuneIds(mapping.xa_cu);
  const districtSuccessors = (id: string) => {
    const mappingId = Object.entries(DISTRICT_ID_OF).find(([, ours]) => ours === id)?.[0] ?? id;
    const codes = mapping.huyen_cu_sang_xa_moi[mappingId] ?? [];
    if (codes.length === 0) problems.push(`Huyện “${id}”: không có đơn vị kế thừa trong huyen_cu_sang_xa_moi.`);
    return codes.map((code) => newId(code, `huyen_cu_sang_xa_moi.${mappingId}`));
  };

  const places: GeneratedPlace[] = [
    {
      id: 'kien-giang',
      name: 'Kiên Giang',
      kind: 'tỉnh',
      validUntil: LAST_DAY,
      successors: ['an-giang'],
      note: PROVINCE_NOTE,
      aliases: [],
    },
    ...DISTRICTS.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      parent: d.province,
      validUntil: LAST_DAY,
      successors: districtSuccessors(d.id),
      note: DISTRICT_NOTE,
      aliases: [],
    })),
    ...mapping.xa_moi.map((unit) => {
      const name = nameOf(unit);
      const clauses = [
        ...new Set(
          unit.gom.flatMap(
            (g) =>
              oldByCode
                .get(g.ma)
                ?.sang.filter((s) => s.ma === unit.ma)
                .map((s) => s.khoan) ?? [],
          ),
        ),
      ].sort((a, b) => a - b);
      const alias = newStyleSpelling(name);
      return {
        id: unit.id,
        name,
        kind: kindOf(unit.loai),
        parent: 'an-giang',
        validFrom: FIRST_DAY,
        successors: [],
        note: newUnitNote(clauses),
        aliases: alias ? [alias] : [],
      };
    }),
    ...mapping.xa_cu.map((commune) => {
      const name = nameOf(commune);
      const alias = newStyleSpelling(name);
      return {
        id: formerIds.get(commune.ma)!,
        name,
        kind: kindOf(commune.loai),
        parent: districtIdOf(commune),
        validUntil: LAST_DAY,
        successors: commune.sang.map((s) => newId(s.ma, `${commune.ten} (${commune.ma})`)),
        note: formerCommuneNote(commune),
        aliases: alias ? [alias] : [],
      };
    }),
  ];

  const seen = new Set<string>();
  for (const place of places) {
    if (seen.has(place.id)) problems.push(`id “${place.id}” bị trùng.`);
    seen.add(place.id);
  }
  if (problems.length > 0) throw new Error(`Dữ liệu ánh xạ có lỗi:\n  ${problems.join('\n  ')}`);
  return places;
}

/** One YAML scalar that reads back as exactly `text` (plain when safe, quoted otherwise). */
function scalar(text: string): string {
  return yaml.dump(text, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' }).trimEnd();
}

function renderPlace(place: GeneratedPlace): string {
  const lines = [`- id: ${place.id}`, `  name: ${scalar(place.name)}`, `  kind: ${scalar(place.kind)}`];
  if (place.parent) lines.push(`  parent: ${place.parent}`);
  if (place.validFrom) lines.push(`  validFrom: ${place.validFrom}`);
  if (place.validUntil) lines.push(`  validUntil: ${place.validUntil}`);
  if (place.successors.length > 0) lines.push('  successors:', ...place.successors.map((s) => `    - ${s}`));
  if (place.note) lines.push(`  note: ${scalar(place.note)}`);
  if (place.aliases.length > 0) lines.push('  aliases:', ...place.aliases.map((a) => `    - ${scalar(a)}`));
  return lines.join('\n');
}

/** The generated section, header included, with a comment before each group of places. */
export function renderSection(places: readonly GeneratedPlace[]): string {
  const districtName = new Map(DISTRICTS.map((d) => [d.id, `${d.kind} ${d.name}`]));
  const parts: string[] = [SECTION_HEADER.trimEnd()];
  let group = '';
  for (const place of places) {
    const heading =
      place.id === 'kien-giang'
        ? '# Tỉnh Kiên Giang (đến 30/6/2025)'
        : districtName.has(place.id)
          ? `# Đơn vị cấp huyện của tỉnh ${place.parent === 'kien-giang' ? 'Kiên Giang' : 'An Giang'} (đến 30/6/2025)`
          : place.validFrom
            ? '# Xã, phường, đặc khu của tỉnh An Giang (từ 1/7/2025)'
            : `# Xã, phường, thị trấn cũ của ${districtName.get(place.parent ?? '') ?? place.parent} (đến 30/6/2025)`;
    if (heading !== group) {
      parts.push(heading);
      group = heading;
    }
    parts.push(renderPlace(place));
  }
  return `${parts.join('\n')}\n`;
}

/** The hand-written part of places.yaml: everything above the marker (the whole file without one). */
export function handWrittenPart(text: string): string {
  const at = text.indexOf(`\n${SECTION_MARKER}\n`);
  if (at >= 0) return text.slice(0, at + 1);
  return text.startsWith(`${SECTION_MARKER}\n`) ? '' : text;
}

/**
 * places.yaml with its generated section replaced by `section` (or added at the end). Throws when
 * a hand-written place has an id the section also defines.
 */
export function replaceSection(text: string, section: string, generatedIds: readonly string[]): string {
  const hand = handWrittenPart(text);
  const handList = (yaml.load(hand, { schema: yaml.CORE_SCHEMA }) ?? []) as { id?: unknown }[];
  const generated = new Set(generatedIds);
  const clashes = handList.map((p) => String(p.id)).filter((id) => generated.has(id));
  if (clashes.length > 0) {
    throw new Error(
      `Các id sau vừa được ghi tay vừa do lệnh tạo ra: ${clashes.join(', ')}. Xoá các mục ghi tay đó (phần tự sinh đã có).`,
    );
  }
  const body = hand.replace(/\n*$/, '\n');
  return `${body}\n${section}`;
}
