import { describe, expect, test } from 'vitest';
import {
  buildCatalog,
  getChildPlaces,
  getCurrentSuccessors,
  getEnclosingPlaces,
  getFormerUnits,
  getPlacesCovering,
  getPlaceToday,
  getStatus,
  newsYear,
} from '../../src/lib/catalog.ts';
import type { Place } from '../../src/lib/catalog-types.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { catalogInput, model, newsItem, place } from '../fixtures/entries.ts';

/** A place of the reorganisation fixture, by id. */
const at = (id: string): Place => reorganisationCatalog.placeById.get(id)!;
const ids = (places: readonly Place[]) => places.map((p) => p.id);

const today = '2024-06-01';

describe('buildCatalog', () => {
  test('resolves place, field and organisations of a model', () => {
    const catalog = buildCatalog(
      catalogInput({ models: [model('a', { place: 'chau-doc', organisations: ['hoi-nong-dan'] })] }),
      { today },
    );
    const [a] = catalog.models;
    expect(a?.place.label).toBe('thành phố Châu Đốc');
    expect(a?.place.parentPlace?.id).toBe('an-giang');
    expect(a?.field.name).toBe('Kinh tế');
    expect(a?.organisations.map((o) => o.id)).toEqual(['hoi-nong-dan']);
    expect(a?.url).toBe('/mo-hinh/a/');
  });

  test('sorts models newest first, then by title in Vietnamese order', () => {
    const catalog = buildCatalog(
      catalogInput({
        models: [
          model('em', { title: 'Em', published: '2024-03-01' }),
          model('dong', { title: 'Đồng', published: '2024-03-01' }),
          model('moi', { title: 'Mới', published: '2024-05-01' }),
          model('dan', { title: 'Dân', published: '2024-03-01' }),
        ],
      }),
      { today },
    );
    expect(catalog.models.map((m) => m.data.title)).toEqual(['Mới', 'Dân', 'Đồng', 'Em']);
  });

  test('sorts news by the day of the event they report, not the day they were added', () => {
    const catalog = buildCatalog(
      catalogInput({
        news: [
          newsItem('cu', { title: 'Hội nghị năm trước', date: '2024-05-20', eventDate: '2023-12-13' }),
          newsItem('moi', { title: 'Tin tuần này', date: '2024-05-10' }),
          newsItem('giua', { title: 'Đối thoại tháng ba', date: '2024-05-25', eventDate: '2024-03-26' }),
        ],
      }),
      { today },
    );
    expect(catalog.news.map((n) => n.slug)).toEqual(['moi', 'giua', 'cu']);
  });

  test('places a report with no event day by the day its source published it, not the day it was added', () => {
    const source = { outlet: 'Báo An Giang', url: 'https://baoangiang.com.vn/', date: '2019-10' };
    const catalog = buildCatalog(
      catalogInput({
        news: [
          newsItem('bao-2019', { title: 'Báo cáo năm 2019', date: '2026-11-29', source }),
          newsItem('su-kien-2020', { title: 'Hội nghị 2020', date: '2026-11-29', eventDate: '2020-10-14' }),
          newsItem('khong-nguon', { title: 'Tin không nguồn', date: '2019-11-02' }),
        ],
      }),
      { today: '2026-12-01' },
    );
    expect(catalog.news.map((n) => n.slug)).toEqual(['su-kien-2020', 'khong-nguon', 'bao-2019']);
    expect(newsYear(catalog.news[2]!)).toBe('2019');
  });

  test('sorts places by name in Vietnamese order', () => {
    const catalog = buildCatalog(catalogInput(), { today });
    expect(catalog.places.map((p) => p.name)).toEqual(['An Giang', 'Châu Đốc', 'Chợ Mới', 'Tân Châu']);
  });

  test('leaves drafts and entries dated after today out of the public catalog', () => {
    const input = catalogInput({
      models: [model('live'), model('draft', { draft: true }), model('later', { published: '2024-06-02' })],
      news: [newsItem('live'), newsItem('draft', { draft: true }), newsItem('later', { date: '2024-07-01' })],
    });
    const catalog = buildCatalog(input, { today });
    expect(catalog.models.map((m) => m.slug)).toEqual(['live']);
    expect(catalog.news.map((n) => n.slug)).toEqual(['live']);
  });

  test('keeps unpublished entries, marked, when asked (the dev server)', () => {
    const input = catalogInput({ models: [model('live'), model('draft', { draft: true })] });
    const catalog = buildCatalog(input, { today, includeUnpublished: true });
    expect(catalog.models.map((m) => [m.slug, m.status])).toEqual([
      ['draft', 'draft'],
      ['live', 'published'],
    ]);
  });

  test('links news and models both ways, without unpublished ones', () => {
    const input = catalogInput({
      models: [model('a'), model('b', { draft: true })],
      news: [newsItem('n', { models: ['a', 'b'] })],
    });
    const catalog = buildCatalog(input, { today });
    expect(catalog.news[0]?.models.map((m) => m.slug)).toEqual(['a']);
    expect(catalog.models[0]?.news.map((n) => n.slug)).toEqual(['n']);
  });

  test('drops a related link to a draft from the public site', () => {
    const input = catalogInput({ models: [model('a', { related: ['b'] }), model('b', { draft: true })] });
    expect(buildCatalog(input, { today }).models[0]?.related).toEqual([]);
  });
});

describe('getStatus', () => {
  test.each([
    [false, '2024-05-31', 'published'],
    [false, '2024-06-01', 'published'],
    [false, '2024-06-02', 'scheduled'],
    [true, '2024-05-31', 'draft'],
  ] as const)('draft %s, dated %s → %s', (draft, date, expected) => {
    expect(getStatus(draft, date, today)).toBe(expected);
  });
});

describe('getEnclosingPlaces', () => {
  test('lists the place, then each unit that encloses it, outwards', () => {
    const catalog = buildCatalog(catalogInput({ models: [model('a', { place: 'chau-doc' })] }), { today });
    const place = catalog.models[0]!.place;
    expect(getEnclosingPlaces(place).map((p) => p.id)).toEqual(['chau-doc', 'an-giang']);
  });
});

describe('newsYear', () => {
  test('is the year of the event it reports, else of its date', () => {
    const catalog = buildCatalog(
      catalogInput({
        news: [newsItem('a', { date: '2024-01-05', eventDate: '2023-12-28' }), newsItem('b', { date: '2024-01-05' })],
      }),
      { today },
    );
    expect(Object.fromEntries(catalog.news.map((n) => [n.slug, newsYear(n)]))).toEqual({ a: '2023', b: '2024' });
  });
});

describe('buildCatalog: places of the 2025 reorganisation', () => {
  test('links each place to the places that name it as a successor, in Vietnamese order', () => {
    expect(ids(at('xa-khanh-binh').predecessorPlaces)).toEqual([
      'an-phu',
      'xa-khanh-an-an-phu',
      'thi-tran-long-binh-an-phu',
      'xa-phuoc-hung-an-phu',
    ]);
    expect(ids(at('an-giang').predecessorPlaces)).toEqual(['kien-giang']);
    expect(at('xa-khanh-an-an-phu').predecessorPlaces).toEqual([]);
  });

  test('names a place alone by its label, adding enclosing units only where two read the same', () => {
    expect(at('an-phu').distinctLabel).toBe('huyện An Phú');
    expect(at('chau-thanh').distinctLabel).toBe('huyện Châu Thành, tỉnh An Giang');
    expect(at('chau-thanh-kien-giang').distinctLabel).toBe('huyện Châu Thành, tỉnh Kiên Giang');
    expect(at('xa-binh-an-chau-thanh-kien-giang').distinctLabel).toBe('xã Bình An, huyện Châu Thành, tỉnh Kiên Giang');
    expect(at('xa-binh-an').distinctLabel).toBe('xã Bình An, tỉnh An Giang');
  });

  test('reads two tone placements as one name, and tells apart two units of one name in one unit', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: [
          place({ id: 'an-giang', name: 'An Giang', kind: 'tỉnh' }),
          place({ id: 'xa-hoa-lac-cu', name: 'Hoà Lạc', kind: 'xã', parent: 'an-giang' }),
          place({ id: 'xa-hoa-lac', name: 'Hòa Lạc', kind: 'xã', parent: 'an-giang' }),
        ],
      }),
      { today },
    );
    expect(Object.fromEntries(catalog.places.map((p) => [p.id, p.distinctLabel]))).toEqual({
      'an-giang': 'tỉnh An Giang',
      'xa-hoa-lac-cu': 'xã Hoà Lạc, tỉnh An Giang (xa-hoa-lac-cu)',
      'xa-hoa-lac': 'xã Hòa Lạc, tỉnh An Giang (xa-hoa-lac)',
    });
  });

  test('names differing only in their marks read apart, but their search filters carry the id', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: [
          place({ id: 'phu-tan', name: 'Phú Tân', kind: 'huyện' }),
          place({ id: 'xa-phu-thanh-1', name: 'Phú Thạnh', kind: 'xã', parent: 'phu-tan' }),
          place({ id: 'xa-phu-thanh-2', name: 'Phú Thành', kind: 'xã', parent: 'phu-tan' }),
        ],
      }),
      { today },
    );
    const byId = (id: string) => catalog.placeById.get(id)!;
    expect(byId('xa-phu-thanh-1')).toMatchObject({
      distinctLabel: 'xã Phú Thạnh',
      filterLabel: 'xã Phú Thạnh (xa-phu-thanh-1)',
    });
    expect(byId('xa-phu-thanh-2').distinctLabel).toBe('xã Phú Thành');
    expect(byId('phu-tan').filterLabel).toBe('huyện Phú Tân');
  });
});

describe('getCurrentSuccessors', () => {
  test('follows successors to the units in force, in Vietnamese order', () => {
    expect(ids(getCurrentSuccessors(at('an-phu')))).toEqual(['xa-an-phu', 'xa-khanh-binh']);
    expect(ids(getCurrentSuccessors(at('xa-khanh-an-an-phu')))).toEqual(['xa-khanh-binh']);
    expect(getCurrentSuccessors(at('xa-khanh-binh'))).toEqual([]);
  });

  test('goes on through a successor that was itself reorganised', () => {
    const catalog = buildCatalog(
      catalogInput({
        places: [
          place({ id: 'a', name: 'A', kind: 'xã', successors: ['b'] }),
          place({ id: 'b', name: 'B', kind: 'xã', successors: ['c'] }),
          place({ id: 'c', name: 'C', kind: 'xã' }),
        ],
      }),
      { today },
    );
    expect(ids(getCurrentSuccessors(catalog.placeById.get('a')!))).toEqual(['c']);
  });
});

describe('loops in the lists', () => {
  const refused = (places: Parameters<typeof place>[0][]) => () =>
    buildCatalog(catalogInput({ places: places.map(place) }), { today });

  test('a place inside itself through its parents is refused, naming every id, instead of hanging', () => {
    expect(
      refused([
        { id: 'a', name: 'A', kind: 'tỉnh', parent: 'c' },
        { id: 'b', name: 'B', kind: 'huyện', parent: 'a' },
        { id: 'c', name: 'C', kind: 'xã', parent: 'b' },
      ]),
    ).toThrow(/vòng lặp đơn vị cấp trên: a → c → b → a/);
    expect(refused([{ id: 'a', name: 'A', kind: 'xã', parent: 'a' }])).toThrow(/a → a/);
  });

  test('a place that is its own successor, directly or not, is refused', () => {
    expect(
      refused([
        { id: 'a', name: 'A', kind: 'xã', successors: ['b'] },
        { id: 'b', name: 'B', kind: 'xã', successors: ['c', 'a'] },
        { id: 'c', name: 'C', kind: 'xã' },
      ]),
    ).toThrow(/vòng lặp đơn vị kế thừa: a → b → a/);
  });
});

describe('getPlaceToday', () => {
  test('a former commune: the commune it is part of', () => {
    expect(getPlaceToday(at('xa-khanh-an-an-phu'))).toMatchObject({
      from: at('xa-khanh-an-an-phu'),
      units: [at('xa-khanh-binh')],
      sharedOut: false,
    });
  });

  test('a split commune: each unit that received a part', () => {
    expect(ids(getPlaceToday(at('xa-phuoc-hung-an-phu'))!.units)).toEqual(['xa-an-phu', 'xa-khanh-binh']);
  });

  test('a former district: the communes its area went to, marked as shared out', () => {
    expect(getPlaceToday(at('rach-gia'))).toMatchObject({ units: [at('phuong-rach-gia')], sharedOut: true });
  });

  test('the former province: today’s province', () => {
    expect(getPlaceToday(at('kien-giang'))?.units).toEqual([at('an-giang')]);
  });

  test('nothing for a unit in force', () => {
    expect(getPlaceToday(at('xa-khanh-binh'))).toBeUndefined();
    expect(getPlaceToday(at('an-giang'))).toBeUndefined();
  });
});

describe('getPlacesCovering', () => {
  test('a former commune counts for its district, its province, today’s commune and province', () => {
    expect(ids(getPlacesCovering(at('xa-khanh-an-an-phu')))).toEqual([
      'xa-khanh-an-an-phu',
      'an-phu',
      'an-giang',
      'xa-khanh-binh',
    ]);
  });

  test('a former ward of Kiên Giang counts for Kiên Giang and today’s ward and province', () => {
    expect(ids(getPlacesCovering(at('phuong-vinh-thanh-rach-gia')))).toEqual([
      'phuong-vinh-thanh-rach-gia',
      'rach-gia',
      'kien-giang',
      'phuong-rach-gia',
      'an-giang',
    ]);
  });

  test('a former district does not count for each commune its area went to', () => {
    expect(ids(getPlacesCovering(at('rach-gia')))).toEqual(['rach-gia', 'kien-giang', 'an-giang']);
  });

  test('a new commune counts for itself and the province', () => {
    expect(ids(getPlacesCovering(at('xa-khanh-binh')))).toEqual(['xa-khanh-binh', 'an-giang']);
  });
});

describe('getFormerUnits', () => {
  test('the former communes a 2025 commune came from, without the districts', () => {
    expect(ids(getFormerUnits(at('xa-khanh-binh')))).toEqual([
      'xa-khanh-an-an-phu',
      'thi-tran-long-binh-an-phu',
      'xa-phuoc-hung-an-phu',
    ]);
  });
});

describe('getChildPlaces', () => {
  test('the units a district held, in Vietnamese order', () => {
    expect(ids(getChildPlaces(reorganisationCatalog, at('an-phu')))).toEqual([
      'xa-khanh-an-an-phu',
      'thi-tran-long-binh-an-phu',
      'xa-phuoc-hung-an-phu',
    ]);
    expect(ids(getChildPlaces(reorganisationCatalog, at('kien-giang')))).toEqual(['chau-thanh-kien-giang', 'rach-gia']);
  });
});
