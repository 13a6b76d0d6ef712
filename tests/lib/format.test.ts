import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatFigure,
  formatNumber,
  formatPartialDate,
  formatShortDate,
  toIsoDay,
} from '../../src/lib/format.ts';

describe('formatNumber', () => {
  test.each([
    [2400, '2.400'],
    [2883, '2.883'],
    [1870.5, '1.870,5'],
    [43, '43'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatDate', () => {
  test('writes the day and month in Vietnamese', () => {
    expect(formatDate('2024-03-07')).toBe('7 tháng 3, 2024');
  });
});

describe('formatShortDate', () => {
  test('writes day/month/year', () => {
    expect(formatShortDate('2024-03-07')).toBe('7/3/2024');
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2024', 'năm 2024'],
    ['2024-03', 'tháng 3/2024'],
    ['2024-03-07', '7/3/2024'],
  ])('%s → %s', (value, text) => {
    expect(formatPartialDate(value)).toBe(text);
  });
});

describe('toIsoDay', () => {
  test('uses the calendar day in Vietnam, not in UTC', () => {
    // 20:00 UTC on 6 March is 03:00 on 7 March in Hồ Chí Minh City (UTC+7).
    expect(toIsoDay(new Date('2024-03-06T20:00:00Z'))).toBe('2024-03-07');
    expect(toIsoDay(new Date('2024-03-06T16:59:59Z'))).toBe('2024-03-06');
  });
});

describe('formatFigure', () => {
  test.each([
    [{ value: 1870.5, unit: 'tỷ đồng' }, '1.870,5 tỷ đồng'],
    [{ qualifier: 'hơn', value: 500, unit: 'triệu đồng' }, 'hơn 500 triệu đồng'],
    [{ qualifier: 'gần', value: 3, unit: 'tỷ đồng' }, 'gần 3 tỷ đồng'],
    [{ qualifier: 'khoảng', value: 64, unit: 'camera' }, 'khoảng 64 camera'],
  ])('%o → %s', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});
