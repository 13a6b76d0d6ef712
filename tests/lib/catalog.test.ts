import { describe, expect, test } from 'vitest';
import { buildCatalog, getEnclosingPlaces, getStatus, newsYear } from '../../src/lib/catalog.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';

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
