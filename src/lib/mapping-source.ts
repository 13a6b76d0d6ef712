/**
 * Where the 2025 commune mapping comes from (src/data/an-giang-2025/NOTICE.md), said the same way
 * wherever the site shows it: the credit line and the MIT notice the licence asks us to reproduce.
 */

/** The upstream project, its licence and the resolution it was checked against. */
export const MAPPING_SOURCE = {
  name: 'dvhcvn/20250701',
  url: 'https://github.com/dvhcvn/20250701',
  licence: 'MIT',
  resolution: 'Nghị quyết 1654/NQ-UBTVQH15',
} as const;

/** The anchor of the section of /gioi-thieu/ that holds the notice, for links to the licence. */
export const MAPPING_LICENCE_ANCHOR = 'du-lieu-dia-gioi';

/**
 * The MIT notice as NOTICE.md reproduces it: the first fenced block after its "MIT notice"
 * heading. Throws when it is missing, so a rewritten NOTICE.md cannot silently drop it from the site.
 */
export function getMitNotice(noticeMarkdown: string): string {
  const match = /^##[^\n]*MIT notice[^\n]*\n+```[^\n]*\n([\s\S]*?)\n```/m.exec(noticeMarkdown);
  if (!match?.[1]) throw new Error('NOTICE.md không còn mục “MIT notice” kèm khối văn bản giấy phép.');
  return match[1];
}
