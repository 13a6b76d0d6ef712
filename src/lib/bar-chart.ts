/**
 * The geometry of a horizontal bar chart drawn at build time as inline SVG (BarChart.astro): no
 * chart script, nothing from another host. Each bar has its label on a line above it and its value
 * printed at its end, so neither colour nor length is the only cue. One chart is one axis: only
 * parts of one whole, counted in one unit, are ever drawn together.
 */
import { formatNumber } from './format.ts';

/** One bar: what it counts, its number as the source states it, and the list page it links to. */
export interface Bar {
  label: string;
  value: number;
  /** "hơn", "gần", … printed before the value, as the source says it. */
  qualifier?: string | undefined;
  /** The page listing what the bar counts, where one exists. */
  href?: string | undefined;
}

/** A bar placed in the chart's coordinates (the SVG's viewBox units). */
export interface ChartRow extends Bar {
  /** The label cut into lines that fit the chart's width, each with its baseline. */
  lines: { text: string; y: number }[];
  /** Top of the bar. */
  barY: number;
  barWidth: number;
  /** The value as printed at the bar's end: "hơn 1.870". */
  valueText: string;
  valueX: number;
  valueY: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  fontSize: number;
  barHeight: number;
  rows: ChartRow[];
}

/**
 * The viewBox is 360 units wide and drawn at the width of the text column, at most 26rem. On a
 * 360 px phone the narrowest column a chart sits in is 302 px (the container keeps 1rem each side,
 * the box of the site's counts 0.75rem and a border more), so 16-unit text shows at 13.4 px; on a
 * wide screen at 18.5 px.
 */
export const CHART_WIDTH = 360;
export const CHART_FONT_SIZE = 16;
/** The narrowest width a chart is drawn at: a 360 px phone less the margins around it. */
export const PHONE_CHART_WIDTH = 302;
/**
 * A generous average advance of one character of the system sans-serif font, in ems: Vietnamese
 * letters with marks are no wider than their base letters, capitals and digits are about 0.6.
 */
const CHAR_WIDTH_EM = 0.6;
/** Values are printed in bold, a little wider. */
const BOLD = 1.15;
const LINE_HEIGHT = 20;
const BAR_HEIGHT = 20;
/** Between a label's last line and its bar, between a bar and its value, and between two rows. */
const LABEL_GAP = 4;
const VALUE_GAP = 6;
const ROW_GAP = 14;

/** How wide `text` is estimated to be at `fontSize`, in viewBox units (`bold` for the values). */
export function estimateTextWidth(text: string, fontSize: number = CHART_FONT_SIZE, bold = false): number {
  return [...text].length * CHAR_WIDTH_EM * fontSize * (bold ? BOLD : 1);
}

/** `text` cut at spaces into lines no wider than `width` (a single longer word keeps a line of its own). */
export function wrapText(text: string, width: number, fontSize: number = CHART_FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines;
}

/** The value as printed at a bar's end: the qualifier, then the number the Vietnamese way. */
export function formatBarValue(bar: Pick<Bar, 'qualifier' | 'value'>): string {
  return [bar.qualifier, formatNumber(bar.value)].filter(Boolean).join(' ');
}

/**
 * Places each bar: lengths proportional to the values on one axis from zero, the longest bar
 * leaving room for the longest printed value after it, so every value stays inside the chart.
 */
export function layoutBarChart(bars: readonly Bar[]): ChartLayout {
  const valueTexts = bars.map(formatBarValue);
  const valueRoom = Math.max(0, ...valueTexts.map((t) => estimateTextWidth(t, CHART_FONT_SIZE, true))) + VALUE_GAP;
  const maxBar = CHART_WIDTH - valueRoom;
  const maxValue = Math.max(0, ...bars.map((b) => b.value));
  const rows: ChartRow[] = [];
  let y = 0;
  bars.forEach((bar, i) => {
    const lines = wrapText(bar.label, CHART_WIDTH).map((text, n) => ({
      text,
      // A baseline sits about four fifths of a line down.
      y: y + n * LINE_HEIGHT + CHART_FONT_SIZE,
    }));
    const barY = y + lines.length * LINE_HEIGHT + LABEL_GAP;
    const barWidth = maxValue > 0 ? round((bar.value / maxValue) * maxBar) : 0;
    rows.push({
      ...bar,
      lines,
      barY,
      barWidth,
      valueText: valueTexts[i]!,
      valueX: round(barWidth + VALUE_GAP),
      // Centred on the bar: half the bar's height plus a third of the text's size.
      valueY: round(barY + BAR_HEIGHT / 2 + CHART_FONT_SIZE / 3),
    });
    y = barY + BAR_HEIGHT + ROW_GAP;
  });
  return {
    width: CHART_WIDTH,
    // The last row needs no gap under it.
    height: Math.max(0, y - ROW_GAP),
    fontSize: CHART_FONT_SIZE,
    barHeight: BAR_HEIGHT,
    rows,
  };
}

/** Two decimals are plenty for a viewBox and keep the SVG short. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
