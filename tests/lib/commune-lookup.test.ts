import { describe, expect, test } from 'vitest';
import { getCommuneChanges } from '../../src/lib/commune-changes.ts';
import { describeLookup, foldName, foldQuery, matchesLookup, toLookupKeys } from '../../src/lib/commune-lookup.ts';
import { mapping, realPlacesCatalog } from '../fixtures/real-places.ts';

describe('foldName', () => {
  test.each([
    ['Vĩnh Tế', 'vinh te'],
    ['ĐỊNH MỸ', 'dinh my'],
    ['Mỹ Hoà Hưng', 'my hoa hung'],
    ['Mỹ Hòa Hưng', 'my hoa hung'],
    ['Vĩnh Tế'.normalize('NFD'), 'vinh te'],
    ['  Châu   Phú B ', 'chau phu b'],
    ['Thứ Mười Một', 'thu muoi mot'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('foldQuery', () => {
  test.each([
    ['xã Vĩnh Tế', 'vinh te'],
    ['phuong long xuyen', 'long xuyen'],
    ['thi tran an phu', 'an phu'],
    ['Đặc khu Phú Quốc', 'phu quoc'],
    ['vinh te phuong', 'vinh te'],
    ['xa', ''],
  ])('drops the kind of unit from %s', (query, folded) => {
    expect(foldQuery(query)).toBe(folded);
  });

  test('keeps a word that only starts like a kind ("xã" is not dropped from "xương")', () => {
    expect(foldQuery('vinh xuong')).toBe('vinh xuong');
  });
});

describe('matchesLookup', () => {
  const keys = toLookupKeys(['Mỹ Hoà Hưng', 'Mỹ Hòa Hưng']);

  test('keeps one key for spellings that fold alike', () => {
    expect(keys).toBe('my hoa hung');
  });

  test.each([
    ['my hoa hung', true],
    ['my h', true],
    ['hoa hung', true],
    ['hung', true],
    ['myhoahung', true],
    ['oa hung', false],
    ['hung my', false],
    ['', true],
  ])('“%s” → %s', (query, expected) => {
    expect(matchesLookup(keys, query)).toBe(expected);
  });

  test('matches any of the keys of an entry', () => {
    expect(matchesLookup(toLookupKeys(['Thuận Hoà', 'Hòa Thuận']), 'hoa thuan')).toBe(true);
  });
});

describe('describeLookup', () => {
  test('says how many entries match, with the query as typed', () => {
    expect(describeLookup(12, ' vinh  te ')).toBe('12 kết quả cho “vinh te”.');
  });
  test('says so when nothing matches', () => {
    expect(describeLookup(0, 'abc')).toBe(
      'Không có xã, phường nào khớp với “abc”. Hãy thử gõ tên khác hoặc xóa bớt chữ.',
    );
  });
  test('says nothing when nothing is typed', () => {
    expect(describeLookup(400, '  ')).toBe('');
  });
});

/**
 * Queries on the real 2025 data, as a reader types them. Expected answers were read in the mapping
 * (src/data/an-giang-2025/an-giang-2025-xa-mapping.json, a byte-identical copy of
 * /work/shared/data/geo/an-giang-2025-xa-mapping.json): new units by id; former units as
 * "id of the former unit (id of its former district) → ids of the new units".
 */
const QUERIES: [string, string, { new: string[]; former: string[] }][] = [
  [
    'a new name, no marks',
    'vinh te',
    { new: ['phuong-vinh-te'], former: ['xa-vinh-te-chau-doc (chau-doc) → phuong-vinh-te'] },
  ],
  ['a former name with marks', 'Núi Sam', { new: [], former: ['phuong-nui-sam-chau-doc (chau-doc) → phuong-vinh-te'] }],
  ['a former name, no marks', 'nui sam', { new: [], former: ['phuong-nui-sam-chau-doc (chau-doc) → phuong-vinh-te'] }],
  ['đ typed as d', 'dinh my', { new: ['xa-dinh-my'], former: ['xa-dinh-my-thoai-son (thoai-son) → xa-dinh-my'] }],
  [
    'upper case with marks',
    'ĐỊNH MỸ',
    { new: ['xa-dinh-my'], former: ['xa-dinh-my-thoai-son (thoai-son) → xa-dinh-my'] },
  ],
  [
    'with “xa” typed before the name',
    'xa my hoa hung',
    { new: ['xa-my-hoa-hung'], former: ['xa-my-hoa-hung-long-xuyen (long-xuyen) → xa-my-hoa-hung'] },
  ],
  [
    'old-style tone placement (the former xã is spelt “Hoà”, the new one “Hòa”)',
    'Mỹ Hoà Hưng',
    { new: ['xa-my-hoa-hung'], former: ['xa-my-hoa-hung-long-xuyen (long-xuyen) → xa-my-hoa-hung'] },
  ],
  [
    'new-style tone placement finds both “Hòa An” and “Hoà An”',
    'Hòa An',
    {
      new: [],
      former: ['xa-hoa-an-cho-moi (cho-moi) → xa-hoi-an', 'xa-hoa-an-giong-rieng (giong-rieng) → xa-hoa-hung'],
    },
  ],
  ['with “phuong” typed', 'phuong long xuyen', { new: ['phuong-long-xuyen'], former: [] }],
  ['without spaces', 'longxuyen', { new: ['phuong-long-xuyen'], former: [] }],
  ['a special zone, with “dac khu”', 'dac khu phu quoc', { new: ['dac-khu-phu-quoc'], former: [] }],
  [
    'a name shared by three units in two former provinces',
    'binh an',
    {
      new: ['xa-binh-an'],
      former: [
        'xa-binh-an-chau-thanh-kien-giang (chau-thanh-kien-giang) → xa-binh-an',
        'xa-binh-an-kien-luong (kien-luong) → xa-kien-luong',
      ],
    },
  ],
  [
    'two former xã of one district whose names differ by a tone only (Phú Thạnh, Phú Thành)',
    'phu thanh',
    {
      new: [],
      former: [
        'xa-phu-thanh-phu-tan-30427 (phu-tan) → xa-cho-vam',
        'xa-phu-thanh-phu-tan-30433 (phu-tan) → xa-cho-vam',
      ],
    },
  ],
  [
    'a former xã split between two wards',
    'vinh chau',
    { new: [], former: ['xa-vinh-chau-chau-doc (chau-doc) → phuong-chau-doc, phuong-vinh-te'] },
  ],
  [
    'a town and a ward of one name, with “thi tran” typed',
    'thi tran an phu',
    {
      new: ['xa-an-phu'],
      former: ['thi-tran-an-phu-an-phu (an-phu) → xa-an-phu', 'phuong-an-phu-tinh-bien (tinh-bien) → phuong-tinh-bien'],
    },
  ],
  ['a name that is no unit', 'khong co xa nay', { new: [], former: [] }],
];

describe('the lookup on the 2025 communes', () => {
  const changes = getCommuneChanges(realPlacesCatalog());
  const newEntries = changes.newUnits.flatMap((g) => g.entries);
  const formerEntries = changes.formerUnits.flatMap((g) => g.entries);

  test.each(QUERIES)('%s: “%s”', (_what, query, expected) => {
    const folded = foldQuery(query);
    const found = {
      new: newEntries.filter((e) => matchesLookup(e.keys, folded)).map((e) => e.place.id),
      former: formerEntries
        .filter((e) => matchesLookup(e.keys, folded))
        .map((e) => `${e.place.id} (${e.place.parentPlace?.id}) → ${e.to.map((p) => p.id).join(', ')}`),
    };
    expect({ new: found.new.sort(), former: found.former.sort() }).toEqual({
      new: [...expected.new].sort(),
      former: [...expected.former].sort(),
    });
  });

  test('no unit has a kind word in its name, so dropping them from a query loses nothing', () => {
    // The mapping writes the kind first ("Thị trấn An Phú"): the name is what follows it.
    const names = [...mapping.xa_moi, ...mapping.xa_cu].map((r) => foldName(r.ten).slice(foldName(r.loai).length));
    expect(names).toContain(' an phu');
    for (const name of names) expect(` ${name} `, name).not.toMatch(/ (xa|phuong|thi tran|dac khu) /);
  });
});
