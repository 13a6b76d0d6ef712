import { describe, expect, test } from 'vitest';
import {
  CHART_FONT_SIZE,
  CHART_WIDTH,
  estimateTextWidth,
  formatBarValue,
  layoutBarChart,
  PHONE_CHART_WIDTH,
  wrapText,
} from '../../src/lib/bar-chart.ts';

const bars = [
  { label: 'Kinh tế', value: 652 },
  { label: 'Văn hóa - xã hội', value: 1545 },
  { label: 'Quốc phòng - an ninh', value: 383, qualifier: 'hơn' },
  { label: 'Xây dựng hệ thống chính trị', value: 0 },
];

describe('layoutBarChart', () => {
  const chart = layoutBarChart(bars);

  test('draws bar lengths in proportion to the values, on one axis from zero', () => {
    const [economy, culture, defence, politics] = chart.rows;
    expect(culture!.barWidth).toBeGreaterThan(economy!.barWidth);
    expect(economy!.barWidth / culture!.barWidth).toBeCloseTo(652 / 1545, 3);
    expect(defence!.barWidth / culture!.barWidth).toBeCloseTo(383 / 1545, 3);
    expect(politics!.barWidth).toBe(0);
  });

  test('prints every value, with its qualifier, the Vietnamese way, right after its bar', () => {
    expect(chart.rows.map((r) => r.valueText)).toEqual(['652', '1.545', 'hơn 383', '0']);
    for (const row of chart.rows) expect(row.valueX).toBeGreaterThan(row.barWidth);
  });

  test('keeps every label and value inside the chart', () => {
    for (const row of chart.rows) {
      expect(row.valueX + estimateTextWidth(row.valueText, CHART_FONT_SIZE, true)).toBeLessThanOrEqual(CHART_WIDTH);
      for (const line of row.lines) expect(estimateTextWidth(line.text)).toBeLessThanOrEqual(CHART_WIDTH);
    }
    const last = chart.rows.at(-1)!;
    expect(last.barY + chart.barHeight).toBeLessThanOrEqual(chart.height);
  });

  test('puts each label above its own bar, and each row below the one before', () => {
    for (const [i, row] of chart.rows.entries()) {
      expect(row.lines.at(-1)!.y).toBeLessThan(row.barY);
      const previous = chart.rows[i - 1];
      if (previous) expect(row.lines[0]!.y - CHART_FONT_SIZE).toBeGreaterThan(previous.barY + chart.barHeight);
    }
  });

  test('wraps a label too long for one line, and makes room for it', () => {
    const long = layoutBarChart([
      { label: 'Một nội dung rất dài để thử xem nhãn có được xuống dòng hay không khi hẹp', value: 1 },
    ]);
    expect(long.rows[0]!.lines.length).toBeGreaterThan(1);
    expect(long.rows[0]!.barY).toBeGreaterThan(long.rows[0]!.lines.at(-1)!.y);
  });

  test('draws text at 12 px or more on a 360 px phone', () => {
    expect((chart.fontSize * PHONE_CHART_WIDTH) / chart.width).toBeGreaterThanOrEqual(12);
  });

  test('draws no bar wider than zero when every value is zero, and nothing for no bars', () => {
    expect(layoutBarChart([{ label: 'A', value: 0 }]).rows[0]!.barWidth).toBe(0);
    expect(layoutBarChart([])).toMatchObject({ rows: [], height: 0 });
  });
});

describe('wrapText', () => {
  test('keeps a short text on one line', () => {
    expect(wrapText('Kinh tế', CHART_WIDTH)).toEqual(['Kinh tế']);
  });
  test('cuts at spaces into lines that fit', () => {
    const lines = wrapText('một hai ba bốn năm sáu', estimateTextWidth('bốn năm sáu'));
    expect(lines).toEqual(['một hai ba', 'bốn năm sáu']);
  });
});

describe('formatBarValue', () => {
  test.each([
    [{ value: 2883 }, '2.883'],
    [{ value: 1.27 }, '1,27'],
    [{ value: 1870, qualifier: 'hơn' }, 'hơn 1.870'],
  ])('%o is printed as %s', (bar, text) => {
    expect(formatBarValue(bar)).toBe(text);
  });
});
