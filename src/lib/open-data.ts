/**
 * Open data: one flat record per published model, for /du-lieu/mo-hinh.json and .csv. Lists are
 * kept as arrays in JSON and joined with " | " in CSV.
 */
import { COMPLETENESS_LABELS } from './completeness.ts';
import { RECOGNITION_LABELS } from './recognition.ts';
import type { FigureQualifier } from '../schemas/common.ts';
import { MODEL_KIND_LABELS, MOVEMENT_LABELS } from '../schemas/model.ts';
import type { Model } from './catalog-types.ts';
import { formatSourceDetails, getSourceName } from './sources.ts';
import { absoluteUrl } from './urls.ts';

export interface OpenDataRecord {
  slug: string;
  url: string;
  title: string;
  summary: string;
  place_id: string;
  place: string;
  field_id: string;
  field: string;
  kind: string;
  movement: string;
  organisations: string[];
  year: number | null;
  start_year: number | null;
  published: string;
  updated: string | null;
  /** Whether a source calls it "Dân vận khéo" (see src/lib/recognition.ts). */
  recognition: string;
  /** How much the entry holds (see src/lib/completeness.ts). */
  completeness: string;
  figures: {
    label: string;
    qualifier: FigureQualifier | null;
    value: number;
    unit: string;
    /** When the figure was true; null when the source shows no date. */
    as_of: string | null;
    source: number;
    /** `dia-ban` for a total of the whole district or province, given as context; null for the model's own. */
    scope: string | null;
  }[];
  sources: string[];
}

export function toOpenDataRecords(models: readonly Model[]): OpenDataRecord[] {
  return models.map((m) => ({
    slug: m.slug,
    url: absoluteUrl(m.url),
    title: m.data.title,
    summary: m.data.summary,
    place_id: m.place.id,
    place: m.place.label,
    field_id: m.field.id,
    field: m.field.name,
    kind: MODEL_KIND_LABELS[m.data.kind],
    movement: m.data.movement ? MOVEMENT_LABELS[m.data.movement] : '',
    organisations: m.organisations.map((o) => o.name),
    year: m.data.year ?? null,
    start_year: m.data.startYear ?? null,
    published: m.data.published,
    updated: m.data.updated ?? null,
    recognition: RECOGNITION_LABELS[m.recognition.level],
    completeness: COMPLETENESS_LABELS[m.completeness.level],
    figures: m.data.figures.map((f) => ({
      label: f.label,
      // As the source qualifies the number ("hơn", "gần"…); null when it gives it as exact.
      qualifier: f.qualifier ?? null,
      value: f.value,
      unit: f.unit,
      as_of: f.asOf ?? null,
      source: f.source,
      scope: f.scope ?? null,
    })),
    sources: m.data.sources.map((s) => `${getSourceName(s)}${formatSourceDetails(s)}${s.url ? ` ${s.url}` : ''}`),
  }));
}

const COLUMNS: (keyof OpenDataRecord)[] = [
  'slug',
  'url',
  'title',
  'summary',
  'place_id',
  'place',
  'field_id',
  'field',
  'kind',
  'movement',
  'organisations',
  'year',
  'start_year',
  'published',
  'updated',
  'recognition',
  'completeness',
  'figures',
  'sources',
];

function cell(value: OpenDataRecord[keyof OpenDataRecord]): string {
  const text = Array.isArray(value)
    ? value
        .map((v) =>
          typeof v === 'string'
            ? v
            : // The qualifier stays with its number: "hơn 500 triệu đồng", never a bare 500.
              `${v.label}: ${[v.qualifier, v.value, v.unit].filter((part) => part !== null).join(' ')} (${v.as_of ?? 'không rõ thời điểm'}, nguồn ${v.source}${v.scope ? ', số liệu chung của địa bàn' : ''})`,
        )
        .join(' | ')
    : value === null
      ? ''
      : String(value);
  // Quote every cell that could break a row; a leading = + - @ is neutralised so a spreadsheet
  // never runs content as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 BOM (Excel otherwise reads Vietnamese as Latin-1) and CRLF line ends. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  const rows = [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
