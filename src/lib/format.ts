/**
 * Vietnamese formatting of numbers and calendar dates. Dates in content are calendar days
 * ("2024-03-07") in Vietnam's time zone, so they are formatted as days, never shifted by a clock.
 */
import { LOCALE, TIME_ZONE } from '../config.ts';

/** A calendar day as written in content: `YYYY-MM-DD`. */
export type IsoDate = string;

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** 2400 → "2.400"; 1.5 → "1,5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A figure as its source states it: the qualifier, the number, the unit. `{ qualifier: 'hơn',
 * value: 500, unit: 'triệu đồng' }` → "hơn 500 triệu đồng", never a bare number that looks more
 * exact than the source.
 */
export function formatFigure(figure: { qualifier?: string | undefined; value: number; unit: string }): string {
  return [figure.qualifier, formatNumber(figure.value), figure.unit].filter(Boolean).join(' ');
}

function toUtcNoon(day: IsoDate): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date, 12));
}

const longDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2024-03-07" → "7 tháng 3, 2024". */
export function formatDate(day: IsoDate): string {
  return longDate.format(toUtcNoon(day));
}

/** "2024-03-07" → "7/3/2024". */
export function formatShortDate(day: IsoDate): string {
  return shortDate.format(toUtcNoon(day));
}

/** The calendar day that `instant` falls on in `timeZone` (Vietnam by default), as `YYYY-MM-DD`. */
export function toIsoDay(instant: Date, timeZone: string = TIME_ZONE): IsoDate {
  // en-CA formats as YYYY-MM-DD; the locale here only picks the shape, not the language shown.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(instant);
}

/** "2024" → "năm 2024"; "2024-03" → "tháng 3/2024"; "2024-03-07" → "7/3/2024". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (day) return formatShortDate(value);
  if (month) return `tháng ${Number(month)}/${year}`;
  return `năm ${year}`;
}
