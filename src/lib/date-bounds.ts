/**
 * Dates and years that cannot be right on the build's "today". The lower bound needs no "today"
 * and is in the schemas (EARLIEST_YEAR in src/schemas/rules.ts). Here:
 * - errors, which the catalog raises in the build and in `npm run check` alike: a year that has not
 *   come (2099), and any date more than a year ahead — scheduled publishing is a feature, a year
 *   too far is a typing mistake (2099 for 2029);
 * - warnings, which only `npm run check` gives: a fact dated after today but within the year (a
 *   source's date, a figure's "as of", an update). Not errors, because "today" may be fixed in the
 *   past (DVK_TODAY, to reproduce a build or to test scheduling) while the content is current.
 */
import type { ContentProblem } from './content-errors.ts';
import type { IsoDate } from './format.ts';

/**
 * The year the “Dân vận khéo” emulation movement was launched nationwide. A model recognised
 * earlier may exist, so `npm run check` only asks to look again (a warning).
 */
export const DVK_START_YEAR = 2009;

/** What the date checks read of a model or a news item (both collections' fields, all optional). */
export interface DatedEntry {
  year?: number | undefined;
  startYear?: number | undefined;
  published?: string | undefined;
  date?: string | undefined;
  eventDate?: string | undefined;
  updated?: string | undefined;
  source?: { date?: string | undefined } | undefined;
  sources?: readonly { date?: string | undefined }[] | undefined;
  figures?: readonly { asOf?: string | undefined }[] | undefined;
}

/** The same day a year later (29 February compares as the 29th of a February that has none, which is fine). */
function aYearAfter(day: IsoDate): string {
  return `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
}

/** Whether a day, month or year (`2024-03-07`, `2024-03`, `2024`) is after `today`. */
export function isAfter(value: string, today: IsoDate): boolean {
  return value > today.slice(0, value.length);
}

/** Every date of `data` that cannot be right on `today` (the build refuses them), as problems of `file`. */
export function checkDateBounds(data: DatedEntry, file: string, today: IsoDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const thisYear = Number(today.slice(0, 4));
  const latest = aYearAfter(today);
  const tooFar = (what: string, value: string) =>
    `${what} ${value} quá xa: hơn một năm sau hôm nay (${today}). Kiểm tra lại năm.`;

  if (data.year !== undefined && data.year > thisYear) {
    add(
      'year',
      `năm ${data.year} chưa tới (năm nay là ${thisYear}). Ghi năm mô hình được ghi nhận, theo nguồn; kiểm tra lại năm.`,
    );
  }
  if (data.startYear !== undefined && data.startYear > thisYear) {
    add('startYear', `năm bắt đầu ${data.startYear} chưa tới (năm nay là ${thisYear}). Kiểm tra lại năm.`);
  }
  for (const field of ['published', 'date'] as const) {
    const day = data[field];
    if (day && day > latest) {
      add(
        field,
        `ngày đăng ${day} quá xa: hơn một năm sau hôm nay (${today}). Bài hẹn giờ chỉ hẹn trong vòng một năm; kiểm tra lại năm.`,
      );
    }
  }
  if (data.eventDate && data.eventDate > latest) add('eventDate', tooFar('ngày diễn ra', data.eventDate));
  if (data.updated && data.updated > latest) add('updated', tooFar('ngày cập nhật', data.updated));
  for (const { field, date } of sourceDates(data)) {
    if (isAfter(date, latest)) add(field, tooFar('ngày đăng của nguồn', date));
  }
  data.figures?.forEach((figure, i) => {
    if (figure.asOf && isAfter(figure.asOf, latest)) add(`figures.${i}.asOf`, tooFar('ngày của số liệu', figure.asOf));
  });
  return problems;
}

/** The dates of an entry's sources, with their fields. */
function sourceDates(data: DatedEntry): { field: string; date: string }[] {
  return [
    ...(data.source?.date ? [{ field: 'source.date', date: data.source.date }] : []),
    ...(data.sources ?? []).flatMap((s, i) => (s.date ? [{ field: `sources.${i}.date`, date: s.date }] : [])),
  ];
}

/**
 * Facts dated after `today` but within the year (see the module comment): warnings for
 * `npm run check`. Dates already refused by `checkDateBounds` are left to it.
 */
export function futureDateWarnings(data: DatedEntry, file: string, today: IsoDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const latest = aYearAfter(today);
  const soon = (value: string) => isAfter(value, today) && !isAfter(value, latest);
  for (const { field, date } of sourceDates(data)) {
    if (soon(date)) {
      problems.push({
        file,
        field,
        message: `ngày đăng của nguồn ${date} chưa tới (hôm nay là ${today}): một bài đã đăng không thể mang ngày sau hôm nay. Kiểm tra lại ngày.`,
      });
    }
  }
  data.figures?.forEach((figure, i) => {
    if (figure.asOf && soon(figure.asOf)) {
      problems.push({
        file,
        field: `figures.${i}.asOf`,
        message: `số liệu tính đến ${figure.asOf}, ngày chưa tới (hôm nay là ${today}). Ghi ngày nguồn công bố số liệu.`,
      });
    }
  });
  // An update is dated when it is made: not after today, or after the day a scheduled entry goes out.
  const publishedOn = data.published ?? data.date ?? today;
  if (data.updated && soon(data.updated) && data.updated > publishedOn) {
    problems.push({
      file,
      field: 'updated',
      message: `ngày cập nhật ${data.updated} chưa tới (hôm nay là ${today}). Ghi ngày bài được sửa.`,
    });
  }
  return problems;
}
