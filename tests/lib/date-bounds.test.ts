/** Dates that cannot be right on the build's "today": refused past a year ahead, warned after today. */
import { describe, expect, test } from 'vitest';
import { checkDateBounds, futureDateWarnings, isAfter } from '../../src/lib/date-bounds.ts';

const TODAY = '2026-11-30';
type Dated = Parameters<typeof checkDateBounds>[0];
const refused = (data: Dated) => checkDateBounds(data, 'content/models/a/index.md', TODAY).map((p) => p.field);
const warned = (data: Dated) => futureDateWarnings(data, 'content/models/a/index.md', TODAY).map((p) => p.field);

describe('isAfter', () => {
  test.each([
    ['2026', false],
    ['2027', true],
    ['2026-11', false],
    ['2026-12', true],
    ['2026-11-30', false],
    ['2026-12-01', true],
  ])('%s after 2026-11-30 → %s', (value, after) => {
    expect(isAfter(value, TODAY)).toBe(after);
  });
});

describe('checkDateBounds', () => {
  test('accepts this year, and any day up to a year ahead', () => {
    const data = {
      year: 2026,
      startYear: 1993,
      published: '2027-11-30',
      updated: '2027-11-30',
      sources: [{ date: '2027-11' }, { date: '2027' }, {}],
      figures: [{ asOf: '2027-11-30' }, {}],
    };
    expect(refused(data)).toEqual([]);
    expect(refused({ date: '2027-06-01', eventDate: '2027-06-01', source: { date: '2027-01' } })).toEqual([]);
  });

  test('refuses, each with its field, a year not yet come and any day more than a year ahead', () => {
    const data = {
      year: 2099,
      startYear: 2027,
      published: '2027-12-01',
      updated: '2099-01-01',
      sources: [{ date: '2026-11-30' }, { date: '2028' }],
      figures: [{}, { asOf: '2027-12' }],
    };
    expect(refused(data)).toEqual(['year', 'startYear', 'published', 'updated', 'sources.1.date', 'figures.1.asOf']);
    expect(refused({ date: '2099-01-01', eventDate: '2099-01-01', source: { date: '2099' } })).toEqual([
      'date',
      'eventDate',
      'source.date',
    ]);
  });

  test('says in Vietnamese what is wrong, with today, and the fix', () => {
    expect(checkDateBounds({ year: 2099, sources: [{ date: '2099-05' }] }, 'a.md', TODAY)).toEqual([
      {
        file: 'a.md',
        field: 'year',
        message: 'năm 2099 chưa tới (năm nay là 2026). Ghi năm mô hình được ghi nhận, theo nguồn; kiểm tra lại năm.',
      },
      {
        file: 'a.md',
        field: 'sources.0.date',
        message: 'ngày đăng của nguồn 2099-05 quá xa: hơn một năm sau hôm nay (2026-11-30). Kiểm tra lại năm.',
      },
    ]);
  });
});

describe('futureDateWarnings', () => {
  test('warns about facts dated after today but within the year, leaving the rest to checkDateBounds', () => {
    expect(
      warned({
        published: '2024-03-08',
        updated: '2026-12-24',
        sources: [{ date: '2026-11-30' }, { date: '2027-05' }, { date: '2099' }],
        figures: [{ asOf: '2026-11' }, { asOf: '2026-12' }],
      }),
    ).toEqual(['sources.1.date', 'figures.1.asOf', 'updated']);
  });

  test('lets a scheduled entry be updated on the day it goes out', () => {
    expect(warned({ published: '2027-01-10', updated: '2027-01-10' })).toEqual([]);
    expect(warned({ published: '2027-01-10', updated: '2027-01-11' })).toEqual(['updated']);
  });
});
