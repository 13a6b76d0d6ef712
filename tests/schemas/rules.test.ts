import { describe, expect, test } from 'vitest';
import { isIsoDate, isSlug } from '../../src/schemas/rules.ts';

describe('isIsoDate', () => {
  test.each([
    ['2024-03-07', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['7/3/2024', false],
    ['2024-3-7', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isSlug', () => {
  test.each([
    ['tan-chau', true],
    ['kinh-te', true],
    ['2024', true],
    ['Tan-Chau', false],
    ['tân-châu', false],
    ['tan--chau', false],
    ['-tan', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isSlug(input)).toBe(expected);
  });
});
