import { describe, expect, test } from 'vitest';
import type { Place } from '../../src/lib/catalog-types.ts';
import { changeDay, kindsOf, listOf, todayParents } from '../../src/lib/place-text.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';

const at = (id: string): Place => reorganisationCatalog.placeById.get(id)!;

describe('todayParents', () => {
  test('names the units enclosing the given ones, each once', () => {
    expect(todayParents([at('xa-an-phu'), at('xa-khanh-binh')])).toBe('tỉnh An Giang');
    expect(todayParents([at('an-giang')])).toBe('');
  });
});

describe('kindsOf', () => {
  test('names each kind once, in the order met', () => {
    expect(kindsOf([at('phuong-rach-gia'), at('xa-an-phu'), at('xa-khanh-binh')])).toBe('phường, xã');
  });
});

describe('changeDay', () => {
  test('is the first day of the units that took over, else the day after the last day of the former one', () => {
    expect(changeDay(at('an-phu'), [at('xa-an-phu')])).toBe('1/7/2025');
    expect(changeDay(at('kien-giang'), [at('an-giang')])).toBe('1/7/2025');
    expect(changeDay(at('an-giang'), [])).toBeUndefined();
  });
});

describe('listOf', () => {
  test('joins places with commas, with an optional text after each', () => {
    expect(listOf([at('xa-an-phu'), at('xa-khanh-binh')], (p) => (p.id === 'xa-an-phu' ? ' (một phần)' : ''))).toEqual([
      at('xa-an-phu'),
      ' (một phần)',
      ', ',
      at('xa-khanh-binh'),
    ]);
    expect(listOf([])).toEqual([]);
  });
});
