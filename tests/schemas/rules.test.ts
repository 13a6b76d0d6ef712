import { describe, expect, test } from 'vitest';
import { isIsoDate, isPartialDate, isSlug, shortenSlug } from '../../src/schemas/rules.ts';

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

describe('isPartialDate', () => {
  test.each([
    ['2020', true],
    ['2020-07', true],
    ['2020-07-30', true],
    ['2020-13', false],
    ['2020-02-30', false],
    ['30/7/2020', false],
    ['20', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
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

describe('shortenSlug', () => {
  test.each([
    ['duong-ra-canh-dong', 'duong-ra-canh-dong'],
    [`${'tu-'.repeat(40)}cuoi`, 'tu-'.repeat(20).slice(0, -1)],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s → %s', (slug, short) => {
    expect(shortenSlug(slug)).toBe(short);
    expect(shortenSlug(slug).length).toBeLessThanOrEqual(60);
  });
});
