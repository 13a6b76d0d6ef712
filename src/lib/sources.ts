/**
 * How a source is written out after its title: ", VietNamNet, tác giả Thanh Sang, tháng 3/2024."
 * followed by what a reader checking it must know (a repost, no date shown, no address online).
 */
import type { Source } from '../schemas/common.ts';
import { formatPartialDate } from './format.ts';

/** The source's name as linked or cited: its title, or the outlet when the title is unknown. */
export function getSourceName(source: Source): string {
  return source.title ?? source.outlet;
}

/** Everything after the name: outlet, author and date comma-separated, then the caveats. */
export function formatSourceDetails(source: Source): string {
  const parts = [
    source.title ? source.outlet : undefined,
    source.author ? `tác giả ${source.author}` : undefined,
    source.date ? formatPartialDate(source.date) : undefined,
  ].filter(Boolean);
  const notes = [
    source.dateNotShown ? 'Trang không ghi ngày đăng.' : undefined,
    source.repost
      ? source.originalOutlet
        ? `Bài đăng lại; bài gốc của ${source.originalOutlet}.`
        : 'Bài đăng lại từ một cơ quan báo chí khác.'
      : undefined,
    source.noUrl ? `Không có địa chỉ trên mạng: ${source.noUrl.replace(/[.。]\s*$/, '')}.` : undefined,
  ].filter(Boolean);
  return [parts.length > 0 ? `, ${parts.join(', ')}.` : '.', ...notes].join(' ');
}

/**
 * Whether a source's address is plain `http://`: many older Vietnamese outlets still serve no
 * other, so such links are kept, and the source list says the page is not encrypted.
 */
export function isUnencrypted(url: string | undefined): boolean {
  return url !== undefined && /^http:/i.test(url);
}

/** What the source list says after a plain `http://` link, in words (never only a colour or an icon). */
export const UNENCRYPTED_NOTE = 'Trang không mã hóa (http).';

/**
 * The id of the `n`-th source (from 1) in a page's source list, which figures, quotations and
 * timeline items link to: `#nguon-1`. One function for the list and the links, so they agree.
 */
export function sourceAnchorId(n: number): string {
  return `nguon-${n}`;
}
