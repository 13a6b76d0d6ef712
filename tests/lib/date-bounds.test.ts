/** Dates that cannot be right on the build's "today": the future, or scheduled too far ahead. */
import { describe, expect, test } from 'vitest';
import { checkDateBounds, isAfter } from '../../src/lib/date-bounds.ts';

const TODAY = '2026-11-30';
const fieldsOf = (data: Parameters<typeof checkDateBounds>[0]) =>
  checkDateBounds(data, 'content/models/a/index.md', TODAY).map((p) => p.field);

describe('isAfter', () => {
  test.each([
    ['2026', false],
    ['2027', true],
    ['2026-11', false],
    ['2026-12', true],
    ['2026-11-30', false],
    ['2026-12-01', true],
  ])('%s after %s → %s', (value, after) => {
    expect(isAfter(value, TODAY)).toBe(after);
  });
});

describe('checkDateBounds', () => {
  test('accepts what can be: this year, a day scheduled within a year, facts up to today', () => {
    expect(
      fieldsOf({
        year: 2026,
        startYear: 1993,
        published: '2027-11-30',
        updated: '2027-11-30',
        sources: [{ date: '2026-11-30' }, { date: '2026' }, {}],
        figures: [{ asOf: '2026-11' }, {}],
      }),
    ).toEqual([]);
    expect(fieldsOf({ date: '2027-06-01', eventDate: '2027-06-01', source: { date: '2026-11' } })).toEqual([]);
  });

  test('refuses, each with its field, what has not happened yet or is scheduled too far', () => {
    expect(
      fieldsOf({
        year: 2099,
        startYear: 2027,
        published: '2027-12-01',
        sources: [{ date: '2026-11-30' }, { date: '2027' }],
        figures: [{}, { asOf: '2026-12' }],
      }),
    ).toEqual(['year', 'startYear', 'published', 'sources.1.date', 'figures.1.asOf']);
    expect(fieldsOf({ date: '2099-01-01', eventDate: '2099-01-01', source: { date: '2026-12-01' } })).toEqual([
      'date',
      'eventDate',
      'source.date',
    ]);
  });

  test('dates an update no later than today, or than the day a scheduled entry goes out', () => {
    expect(fieldsOf({ published: '2024-03-08', updated: '2026-12-01' })).toEqual(['updated']);
    expect(fieldsOf({ published: '2027-01-10', updated: '2027-01-10' })).toEqual([]);
  });

  test('says in Vietnamese what is wrong, with today, and the fix', () => {
    expect(checkDateBounds({ year: 2099 }, 'a.md', TODAY)).toEqual([
      {
        file: 'a.md',
        field: 'year',
        message: 'năm 2099 chưa tới (năm nay là 2026). Ghi năm mô hình được ghi nhận, theo nguồn; kiểm tra lại năm.',
      },
    ]);
  });
});
