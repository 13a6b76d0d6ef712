/**
 * What the next build will publish and what it will leave out, for the end of `npm run check`:
 * a staffer must not read "no errors" as "my draft is live".
 */
import { getStatus } from '../../src/lib/catalog.ts';
import type { IsoDate } from '../../src/lib/format.ts';

/** A valid entry as `npm run check` read it: its file and the fields that decide its status. */
export interface PublishableEntry {
  file: string;
  draft: boolean;
  /** `published` for a model, `date` for a news item. */
  date: IsoDate;
}

export interface Publication {
  /** How many valid entries the next build publishes. */
  live: { models: number; news: number };
  /** Files with `draft: true`, in file order. */
  drafts: string[];
  /** Files dated after today, soonest first: each goes live on the first build from its day on. */
  scheduled: { file: string; date: IsoDate }[];
}

/** Sorts the valid entries by what a build run `today` does with them. */
export function getPublication(
  models: readonly PublishableEntry[],
  news: readonly PublishableEntry[],
  today: IsoDate,
): Publication {
  const publication: Publication = { live: { models: 0, news: 0 }, drafts: [], scheduled: [] };
  for (const [kind, entries] of [
    ['models', models],
    ['news', news],
  ] as const) {
    for (const entry of entries) {
      const status = getStatus(entry.draft, entry.date, today);
      if (status === 'published') publication.live[kind] += 1;
      else if (status === 'draft') publication.drafts.push(entry.file);
      else publication.scheduled.push({ file: entry.file, date: entry.date });
    }
  }
  publication.drafts.sort();
  publication.scheduled.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return publication;
}

/** The closing lines of the report: what goes live, then each entry that does not and why. */
export function formatPublication({ live, drafts, scheduled }: Publication): string[] {
  const lines = [`Sẽ xuất bản: ${live.models} mô hình, ${live.news} tin tức.`];
  if (drafts.length === 0 && scheduled.length === 0) {
    lines[0] += ' Không có bản nháp hay bài hẹn ngày.';
    return lines;
  }
  const counts = [
    drafts.length > 0 ? `${drafts.length} bản nháp` : undefined,
    scheduled.length > 0 ? `${scheduled.length} hẹn ngày` : undefined,
  ].filter(Boolean);
  return [
    ...lines,
    `Chưa xuất bản: ${counts.join(', ')}.`,
    ...drafts.map((file) => `  · ${file} — bản nháp (draft: true). Đổi thành draft: false khi bài đã xong.`),
    ...scheduled.map(
      ({ file, date }) => `  · ${file} — hẹn ngày ${date}: lên trang ở lần build đầu tiên từ ngày đó trở đi.`,
    ),
  ];
}
