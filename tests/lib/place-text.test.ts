import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import type { Place } from '../../src/lib/catalog-types.ts';
import { changeDay, formerNote, kindsOf, listOf, todayParents } from '../../src/lib/place-text.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { catalogInput, place, reorganisedPlaces } from '../fixtures/entries.ts';

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

describe('formerNote', () => {
  test.each([
    ['a former district, whose area went to several communes', 'an-phu', 'trước 1/7/2025', 'trước 1/7/2025'],
    ['a former commune', 'xa-khanh-an-an-phu', 'trước 1/7/2025', 'trước 1/7/2025, nay thuộc xã Khánh Bình'],
    ['a split commune', 'xa-phuoc-hung-an-phu', 'trước 1/7/2025', 'trước 1/7/2025'],
    [
      'a former ward of Kiên Giang',
      'phuong-vinh-thanh-rach-gia',
      'trước 1/7/2025',
      'trước 1/7/2025, nay thuộc phường Rạch Giá',
    ],
    ['the former province', 'kien-giang', 'trước 1/7/2025', 'trước 1/7/2025, nay thuộc tỉnh An Giang'],
  ])('%s (%s): “%s”, with today’s unit “%s”', (_, id, short, withToday) => {
    expect(formerNote(at(id))).toBe(short);
    expect(formerNote(at(id), { today: true })).toBe(withToday);
  });

  test('says nothing for a unit in force', () => {
    for (const id of ['an-giang', 'xa-khanh-binh', 'phuong-rach-gia']) {
      expect(formerNote(at(id), { today: true })).toBeUndefined();
    }
  });

  test('names the former unit a place lay in when that unit is not written before the note', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: [
          ...reorganisedPlaces(),
          place({ id: 'ap-long-thanh', name: 'Long Thạnh', kind: 'ấp', parent: 'xa-khanh-an-an-phu' }),
        ],
      }),
      { today: '2025-12-01' },
    );
    const ap = catalog.placeById.get('ap-long-thanh')!;
    expect(formerNote(ap, { today: true })).toBe('xã Khánh An trước 1/7/2025, nay thuộc xã Khánh Bình');
    // Written as "ấp Long Thạnh, xã Khánh An", the commune is already named.
    expect(formerNote(ap, { named: [ap, ap.parentPlace!] })).toBe('trước 1/7/2025');
  });

  test('says the unit was reorganised when the data gives no day', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: [
          place({ id: 'an-giang', name: 'An Giang', kind: 'tỉnh' }),
          place({ id: 'xa-cu', name: 'Cũ', kind: 'xã', parent: 'an-giang', successors: ['xa-moi'] }),
          place({ id: 'xa-moi', name: 'Mới', kind: 'xã', parent: 'an-giang' }),
        ],
      }),
      { today: '2025-12-01' },
    );
    expect(formerNote(catalog.placeById.get('xa-cu')!, { today: true })).toBe('đã sắp xếp lại, nay thuộc xã Mới');
  });
});
