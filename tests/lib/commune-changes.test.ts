import { describe, expect, test } from 'vitest';
import type { Place } from '../../src/lib/catalog-types.ts';
import {
  formedFromSentence,
  getCommuneChanges,
  initialOf,
  letterAnchor,
  modelsLink,
  wentToSentence,
} from '../../src/lib/commune-changes.ts';
import type { Sentence } from '../../src/lib/place-text.ts';
import { toComparable } from '../../src/lib/text.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { mapping, realPlacesCatalog } from '../fixtures/real-places.ts';
import { DISTRICTS } from '../../scripts/lib/import-places.ts';

/** A sentence as it reads, links shown by their label. */
const read = (sentence: Sentence) => sentence.map((part) => (typeof part === 'string' ? part : part.label)).join('');

describe('initialOf', () => {
  test.each([
    ['An Phú', 'A'],
    ['Óc Eo', 'O'],
    ['Ô Lâm', 'Ô'],
    ['Định Mỹ', 'Đ'],
    ['Dương Đông', 'D'],
    ['Ơ Rê', 'Ơ'],
    ['Ấp Mới', 'Â'],
    ['Ăn Cơm'.normalize('NFD'), 'Ă'],
  ])('files %s under %s', (name, letter) => {
    expect(initialOf(name)).toBe(letter);
  });
});

describe('letterAnchor', () => {
  test('gives D and Đ, O, Ô and Ơ anchors of their own, in ASCII', () => {
    const anchors = ['D', 'Đ', 'O', 'Ô', 'Ơ'].map((l) => letterAnchor('moi', l));
    expect(anchors).toEqual(['moi-d', 'moi-dd', 'moi-o', 'moi-oo', 'moi-ow']);
  });
});

describe('getCommuneChanges on the fixture', () => {
  const changes = getCommuneChanges(reorganisationCatalog);
  const newEntry = (id: string) => changes.newUnits.flatMap((g) => g.entries).find((e) => e.place.id === id)!;
  const formerEntry = (id: string) => changes.formerUnits.flatMap((g) => g.entries).find((e) => e.place.id === id)!;

  test('lists communes only: no province, no former district', () => {
    const ids = [...changes.newUnits, ...changes.formerUnits].flatMap((g) => g.entries.map((e) => e.place.id));
    expect(ids).not.toContain('an-giang');
    expect(ids).not.toContain('kien-giang');
    expect(ids).not.toContain('an-phu');
  });

  test('says what a new unit was formed from, district by district, with a part where split', () => {
    expect(read(formedFromSentence(newEntry('xa-khanh-binh')))).toBe(
      'xã Khánh Bình: gồm xã Khánh An, thị trấn Long Bình, một phần xã Phước Hưng (huyện An Phú)',
    );
  });

  test('says where a former unit went, naming its district apart from a namesake', () => {
    expect(read(wentToSentence(formerEntry('xa-binh-an-chau-thanh-kien-giang')))).toBe(
      'xã Bình An (huyện Châu Thành, tỉnh Kiên Giang): nay thuộc xã Bình An',
    );
    expect(read(wentToSentence(formerEntry('xa-phuoc-hung-an-phu')))).toBe(
      'xã Phước Hưng (huyện An Phú): nay chia về xã An Phú, xã Khánh Bình (mỗi nơi một phần)',
    );
  });

  test('counts a former commune’s models for the new unit too, but not a former district’s', () => {
    const slugs = (models: { slug: string }[]) => models.map((m) => m.slug).sort();
    expect(slugs(newEntry('xa-khanh-binh').models)).toEqual(['khanh-an', 'khanh-binh', 'phuoc-hung']);
    expect(slugs(formerEntry('xa-khanh-an-an-phu').models)).toEqual(['khanh-an']);
  });

  test('links one model by its title, several by their number to the place page that lists them', () => {
    expect(modelsLink(formerEntry('xa-khanh-an-an-phu'))).toEqual({
      lead: 'Mô hình: ',
      text: reorganisationCatalog.modelBySlug.get('khanh-an')!.data.title,
      url: '/mo-hinh/khanh-an/',
    });
    expect(modelsLink(newEntry('xa-khanh-binh'))).toEqual({
      lead: 'Có ',
      text: '3 mô hình',
      url: '/dia-ban/xa-khanh-binh/',
    });
    expect(modelsLink(newEntry('xa-binh-hoa'))).toBeUndefined();
  });

  test('files entries A→Z under their letter, Vietnamese order', () => {
    expect(changes.newUnits.map((g) => g.letter)).toEqual(['A', 'B', 'K', 'R']);
    expect(changes.newUnits[1]!.entries.map((e) => e.place.name)).toEqual(['Bình An', 'Bình Hòa']);
  });
});

describe('getCommuneChanges on the real places', () => {
  const changes = getCommuneChanges(realPlacesCatalog());
  const newEntries = changes.newUnits.flatMap((g) => g.entries);
  const formerEntries = changes.formerUnits.flatMap((g) => g.entries);
  /** A former unit as the mapping names it: kind, name (one tone placement), former district. */
  const formerKey = (p: Place) => `${p.kind} ${toComparable(p.name)} (${p.parentPlace?.id})`;
  // The mapping writes kind and name together ("Xã Vĩnh Tế"), which reads the same once comparable,
  // and names districts its own way (chau-thanh-an-giang): their GSO code says which place it is.
  const districtIdByCode = new Map(DISTRICTS.map((d) => [d.ma, d.id]));
  const recordKey = (r: (typeof mapping.xa_cu)[number]) =>
    `${toComparable(r.ten)} (${districtIdByCode.get(r.ma_huyen)})`;
  const newIdByCode = new Map(mapping.xa_moi.map((r) => [r.ma, r.id]));
  const oldByCode = new Map(mapping.xa_cu.map((r) => [r.ma, r]));

  test('holds the 102 new units and the 298 former ones, each once', () => {
    expect(changes.newCount).toBe(102);
    expect(changes.formerCount).toBe(298);
    expect(new Set(newEntries.map((e) => e.place.id)).size).toBe(102);
    expect(new Set(formerEntries.map((e) => formerKey(e.place))).size).toBe(298);
  });

  test('sends every former unit where the mapping does', () => {
    const expected = new Map(mapping.xa_cu.map((r) => [recordKey(r), r.sang.map((s) => newIdByCode.get(s.ma)).sort()]));
    for (const entry of formerEntries) {
      expect(entry.to.map((p) => p.id).sort(), formerKey(entry.place)).toEqual(expected.get(formerKey(entry.place)));
    }
  });

  test('forms every new unit from the units the mapping names, a part where the mapping says partial', () => {
    for (const record of mapping.xa_moi) {
      const entry = newEntries.find((e) => e.place.id === record.id)!;
      const units = entry.from.flatMap((g) => g.units.map((u) => `${formerKey(u.place)}${u.part ? ' một phần' : ''}`));
      const expected = record.gom.map((g) => {
        const old = oldByCode.get(g.ma)!;
        const split = old.sang.some((s) => s.kieu === 'partial');
        return `${recordKey(old)}${split ? ' một phần' : ''}`;
      });
      expect(units.sort(), record.id).toEqual(expected.sort());
    }
  });

  test('keeps letter groups in order and each letter once', () => {
    for (const groups of [changes.newUnits, changes.formerUnits]) {
      const letters = groups.map((g) => g.letter);
      expect(new Set(letters).size).toBe(letters.length);
      for (const group of groups) for (const e of group.entries) expect(initialOf(e.place.name)).toBe(group.letter);
    }
  });
});
