/** How a source is written out after its title: ", VietNamNet, tác giả Thanh Sang, tháng 3/2024". */
import type { Source } from '../schemas/common.ts';
import { formatPartialDate } from './format.ts';

/** The source's name as linked or cited: its title, or the outlet when the title is unknown. */
export function getSourceName(source: Source): string {
  return source.title ?? source.outlet ?? '';
}

/** Everything after the name, comma-separated, ending with a full stop. */
export function formatSourceDetails(source: Source): string {
  const parts = [
    source.title ? source.outlet : undefined,
    source.author ? `tác giả ${source.author}` : undefined,
    source.date ? formatPartialDate(source.date) : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}.` : '.';
}

/**
 * The id of the `n`-th source (from 1) in a page's source list, which figures, quotations and
 * timeline items link to: `#nguon-1`. One function for the list and the links, so they agree.
 */
export function sourceAnchorId(n: number): string {
  return `nguon-${n}`;
}
