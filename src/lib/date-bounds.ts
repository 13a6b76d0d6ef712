/**
 * Dates and years that cannot be right on the build's "today": a year that has not come, a source
 * published after today, a figure "as of" a future day, an entry scheduled more than a year ahead
 * (scheduled publishing is a feature; a year too far is a typing mistake, 2099 for 2029). The
 * lower bound needs no "today" and is in the schemas (EARLIEST_YEAR in src/schemas/rules.ts).
 * The catalog runs these checks, with the other checks across entries, in the build and in
 * `npm run check` alike.
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

/** Every date of `data` that cannot be right on `today`, as problems of `file`. */
export function checkDateBounds(data: DatedEntry, file: string, today: IsoDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const thisYear = Number(today.slice(0, 4));
  const latestScheduled = aYearAfter(today);

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
    if (day && day > latestScheduled) {
      add(
        field,
        `ngày đăng ${day} quá xa: hơn một năm sau hôm nay (${today}). Bài hẹn giờ chỉ hẹn trong vòng một năm; kiểm tra lại năm.`,
      );
    }
  }
  if (data.eventDate && data.eventDate > latestScheduled) {
    add('eventDate', `ngày diễn ra ${data.eventDate} hơn một năm sau hôm nay (${today}). Kiểm tra lại năm.`);
  }
  // An update is dated when it is made: not after today, or after the day of a scheduled entry.
  const publishedOn = data.published ?? data.date ?? today;
  if (data.updated && data.updated > (publishedOn > today ? publishedOn : today)) {
    add('updated', `ngày cập nhật ${data.updated} chưa tới (hôm nay là ${today}). Ghi ngày bài được sửa.`);
  }
  const sourceDate = (date: string | undefined, field: string) => {
    if (date && isAfter(date, today)) {
      add(
        field,
        `ngày đăng của nguồn ${date} chưa tới (hôm nay là ${today}): một bài đã đăng không thể mang ngày sau hôm nay. Kiểm tra lại ngày.`,
      );
    }
  };
  sourceDate(data.source?.date, 'source.date');
  data.sources?.forEach((source, i) => sourceDate(source.date, `sources.${i}.date`));
  data.figures?.forEach((figure, i) => {
    if (figure.asOf && isAfter(figure.asOf, today)) {
      add(
        `figures.${i}.asOf`,
        `số liệu tính đến ${figure.asOf}, ngày chưa tới (hôm nay là ${today}). Ghi ngày nguồn công bố số liệu.`,
      );
    }
  });
  return problems;
}
