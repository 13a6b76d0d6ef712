/**
 * A warning of `npm run check`: the summary or body says "hơn 500 triệu đồng" while the figure of
 * 500 triệu đồng has no `qualifier`, so the page shows it as an exact number. Numbers are read as
 * Vietnamese writes them ("1.870" and "1870" are one thousand eight hundred and seventy, "2,5" is
 * two and a half); a figure matches a phrase when the numbers are equal and the phrase goes on with
 * the first word of the figure's unit ("hơn 20 năm" says nothing about a figure of 20 km).
 */
import type { ContentProblem } from '../../src/lib/content-errors.ts';
import { formatFigure } from '../../src/lib/format.ts';
import { toComparable } from '../../src/lib/text.ts';
import { FIGURE_QUALIFIERS, type Figure } from '../../src/schemas/common.ts';

/**
 * A number as Vietnamese writes it: dots between groups of three digits, a comma before the
 * decimals ("1.870", "1.870,5", "2,5", "1870"). A lone dot before one, two or four and more
 * digits can only be a decimal point ("12.5", as the frontmatter writes it). Undefined for
 * anything else.
 */
export function parseVietnameseNumber(text: string): number | undefined {
  const vietnamese = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text);
  if (vietnamese) return Number(`${vietnamese[1]!.replaceAll('.', '')}.${vietnamese[2] ?? '0'}`);
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(text)) return Number(text);
  return undefined;
}

/** Words that multiply the number before them: "2,4 nghìn" is 2400. */
const MULTIPLIERS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** A qualifier followed by a number in running text: "gần 2.400 mô hình". */
export interface QualifiedNumber {
  /** The qualifier as the schema spells it ("khoảng", also for "Khoảng" or "khỏang"). */
  qualifier: string;
  /** The qualifier and the number as written: "Gần 2.400". */
  written: string;
  /** The words after the number, each with the space before it: [" mô", " hình"]; ["%"] for "92%". */
  after: string[];
  /**
   * What the phrase may count: the number with the (up to three) words after it, where the unit
   * starts; after "nghìn", "triệu" or "tỷ", also the multiplied number with the words after those
   * ("1,8 tỷ đồng" is 1.8 tỷ đồng or 1 800 000 000 đồng). `skip`: how many words precede `words`.
   */
  readings: { value: number; words: string; skip: number }[];
}

const LETTER = String.raw`\p{L}\p{M}\p{N}`;
const WORD = String.raw`[${LETTER}%²³]+`;
// Each qualifier in both tone placements ("khoảng" and "khỏang"); the words after the number are
// read ahead without being taken, so "hơn 5 hộ và gần 10 người" finds both.
const SPELLINGS = [...new Set(FIGURE_QUALIFIERS.flatMap((q) => [q, toComparable(q)]))];
const QUALIFIED = new RegExp(
  String.raw`(?<![${LETTER}])(${SPELLINGS.join('|')})(\s+)(\d[\d.,]*\d|\d)(?=((?:\s*${WORD})?(?:\s+${WORD}){0,2}))`,
  'giu',
);
const CANONICAL = new Map(FIGURE_QUALIFIERS.map((q) => [toComparable(q), q]));

/** Every "hơn/trên/gần/khoảng/dưới N …" in `text`, with what N may count. */
export function findQualifiedNumbers(text: string): QualifiedNumber[] {
  const found: QualifiedNumber[] = [];
  for (const match of text.normalize('NFC').matchAll(QUALIFIED)) {
    const [, written, space, digits, rest] = match as unknown as [string, string, string, string, string];
    const value = parseVietnameseNumber(digits);
    const qualifier = CANONICAL.get(toComparable(written));
    if (value === undefined || !qualifier) continue;
    const after = rest.match(/\s*\S+/gu) ?? [];
    const words = after.map((w) => w.trim());
    const readings = [{ value, words: words.join(' '), skip: 0 }];
    const multiplier = MULTIPLIERS[toComparable(words[0] ?? '')];
    if (multiplier) readings.push({ value: value * multiplier, words: words.slice(1).join(' '), skip: 1 });
    found.push({ qualifier, written: `${written}${space}${digits}`, after, readings });
  }
  return found;
}

const firstWord = (text: string) => toComparable(text).split(' ')[0] ?? '';
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Where a text of the entry is, for the message: "phần tóm tắt (summary)", "nội dung bài, dòng 24". */
export interface Passage {
  where: string;
  text: string;
}

/** A figure without qualifier that a passage writes with one. */
export interface UnqualifiedFigure {
  /** Its index in `figures`. */
  index: number;
  passage: Passage;
  /** The qualifier as the schema spells it: "khoảng". */
  qualifier: string;
  /** The words of the passage, up to the figure's unit: "gần 2.400 mô hình". */
  phrase: string;
}

/**
 * The figures that have no qualifier while a passage writes their number with one, each once (its
 * first passage). A number that another figure carries with a qualifier is left alone: the passage
 * may be about that one.
 */
export function findUnqualifiedFigures(figures: readonly Figure[], passages: readonly Passage[]): UnqualifiedFigure[] {
  const result: UnqualifiedFigure[] = [];
  figures.forEach((figure, index) => {
    if (figure.qualifier) return;
    if (figures.some((other) => other.qualifier && sameNumber(other.value, figure.value))) return;
    const unitWords = figure.unit.trim().split(/\s+/).length;
    for (const passage of passages) {
      for (const found of findQualifiedNumbers(passage.text)) {
        const reading = found.readings.find(
          (r) => sameNumber(r.value, figure.value) && firstWord(r.words) === firstWord(figure.unit),
        );
        if (!reading) continue;
        const phrase = found.written + found.after.slice(0, reading.skip + unitWords).join('');
        result.push({ index, passage, qualifier: found.qualifier, phrase });
        return;
      }
    }
  });
  return result;
}

/** The summary, then each line of the body with its line number in the file. */
export function passagesOf(raw: string, summary: string): Passage[] {
  const lines = raw.split(/\r?\n/);
  const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const body = close === -1 ? [] : lines.slice(close + 1);
  return [
    { where: 'phần tóm tắt (summary)', text: summary },
    ...body.map((text, i) => ({ where: `nội dung bài, dòng ${close + i + 2}`, text })),
  ];
}

/**
 * The warnings for an entry, each on the figure's `value` line: what the text says, what the page
 * will show, and the fix.
 */
export function figureQualifierProblems(
  file: string,
  raw: string,
  data: { summary: string; figures?: readonly Figure[] },
): ContentProblem[] {
  return findUnqualifiedFigures(data.figures ?? [], passagesOf(raw, data.summary)).map(
    ({ index, passage, qualifier, phrase }) => ({
      file,
      field: `figures.${index}.value`,
      message: `${passage.where} viết “${phrase}” nhưng số liệu này không có qualifier, nên trang hiện “${formatFigure(data.figures![index]!)}” như một số chính xác. Nếu nguồn viết “${qualifier}”, thêm dòng qualifier: ${qualifier} ngay dưới dòng value; nếu nguồn ghi đúng con số này, bỏ chữ “${qualifier}” trong bài.`,
    }),
  );
}
