import { describe, expect, test } from 'vitest';
import { cacheKey, fingerprint, keyedPath, modelPageKey, newsPageKey } from '../../src/lib/cache-keys.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import type { CatalogInput } from '../../src/lib/catalog-types.ts';
import { catalogInput, model, newsItem, reorganisedPlaces } from '../fixtures/entries.ts';

const today = '2024-06-01';

/** Two models (b related to a) and a news item about a; `change` edits the input first. */
function build(change: (input: CatalogInput) => void = () => {}) {
  const input = catalogInput({
    models: [
      model('a', { place: 'tan-chau' }),
      model('b', { place: 'chau-doc', related: ['a'] }),
      model('c', { place: 'cho-moi' }),
    ],
    news: [newsItem('n', { models: ['a'] })],
  });
  change(input);
  const catalog = buildCatalog(input, { today });
  const bySlug = (slug: string) => catalog.models.find((m) => m.slug === slug)!;
  return { catalog, a: bySlug('a'), b: bySlug('b'), c: bySlug('c'), n: catalog.news[0]! };
}

const retitle = (input: CatalogInput, id: string, title: string) => {
  const entry = [...input.models, ...input.news].find((e) => e.id === id)!;
  entry.data = { ...entry.data, title };
};

describe('cache keys for incremental builds', () => {
  test('are stable: the same content gives the same keys in another build', () => {
    const first = build();
    const second = build();
    expect(modelPageKey(second.catalog, second.b)).toBe(modelPageKey(first.catalog, first.b));
    expect(newsPageKey(second.catalog, second.n)).toBe(newsPageKey(first.catalog, first.n));
  });

  test('a model page changes with the model, its related models and the news about it, not with others', () => {
    const before = build();
    const retitled = build((input) => retitle(input, 'a', 'Tên mới'));
    // b lists a as related; a is named by the news item n.
    expect(modelPageKey(retitled.catalog, retitled.b)).not.toBe(modelPageKey(before.catalog, before.b));
    expect(modelPageKey(retitled.catalog, retitled.a)).not.toBe(modelPageKey(before.catalog, before.a));
    expect(newsPageKey(retitled.catalog, retitled.n)).not.toBe(newsPageKey(before.catalog, before.n));
    expect(modelPageKey(retitled.catalog, retitled.c)).toBe(modelPageKey(before.catalog, before.c));
    // A related model's change reaches b's page, not b's own fingerprint (cards of b elsewhere stay).
    expect(fingerprint(retitled.catalog, retitled.b)).toBe(fingerprint(before.catalog, before.b));

    const newsRetitled = build((input) => retitle(input, 'n', 'Tin mới'));
    expect(modelPageKey(newsRetitled.catalog, newsRetitled.a)).not.toBe(modelPageKey(before.catalog, before.a));
    expect(modelPageKey(newsRetitled.catalog, newsRetitled.b)).toBe(modelPageKey(before.catalog, before.b));
  });

  test('a place renamed reaches every model in it, through the place and its parent', () => {
    const before = build();
    const renamed = build((input) => {
      const place = input.places.find((p) => p.id === 'an-giang')!;
      place.data = { ...place.data, name: 'An Giang mới' };
    });
    // Tân Châu's parent is An Giang; every model's place label and parent label can show it.
    for (const slug of ['a', 'b', 'c'] as const) {
      expect(fingerprint(renamed.catalog, renamed[slug])).not.toBe(fingerprint(before.catalog, before[slug]));
    }
  });

  test('places that name each other as successors never reach a fingerprint: the catalog refuses the loop', () => {
    expect(() =>
      build((input) => {
        const tanChau = input.places.find((p) => p.id === 'tan-chau')!;
        const chauDoc = input.places.find((p) => p.id === 'chau-doc')!;
        tanChau.data = { ...tanChau.data, successors: [{ id: 'chau-doc', collection: 'places' }] };
        chauDoc.data = { ...chauDoc.data, successors: [{ id: 'tan-chau', collection: 'places' }] };
      }),
    ).toThrow(/vòng lặp đơn vị kế thừa: chau-doc → tan-chau → chau-doc/);
  });

  test('plain values count as they are, entities by fingerprint', () => {
    const { catalog, a, c } = build();
    const again = build();
    expect(cacheKey(catalog, 'x', { n: 1 })).not.toBe(cacheKey(catalog, 'x', { n: 2 }));
    expect(cacheKey(again.catalog, [again.a])).toBe(cacheKey(catalog, [a]));
    expect(cacheKey(catalog, [c])).not.toBe(cacheKey(catalog, [a]));
    expect(() => fingerprint(catalog, { title: 'not an entity' })).toThrow(/model, news item/);
  });

  test('a former commune renamed reaches the page of a model in the commune it became, not the commune’s fingerprint', () => {
    const build2025 = (name: string) => {
      const places = reorganisedPlaces();
      const khanhAn = places.find((p) => p.id === 'xa-khanh-an-an-phu')!;
      khanhAn.data = { ...khanhAn.data, name };
      const catalog = buildCatalog(catalogInput({ places, models: [model('m', { place: 'xa-khanh-binh' })] }), {
        today,
      });
      return { catalog, m: catalog.models[0]!, unit: catalog.placeById.get('xa-khanh-binh')! };
    };
    const before = build2025('Khánh An');
    const after = build2025('Khánh An Mới');
    // The model's search record names the former communes of its place.
    expect(modelPageKey(after.catalog, after.m)).not.toBe(modelPageKey(before.catalog, before.m));
    // Predecessors point back: the new commune itself, and cards naming it, do not change.
    expect(fingerprint(after.catalog, after.unit)).toBe(fingerprint(before.catalog, before.unit));
  });
});

describe('keyedPath', () => {
  test('works the key out when it is first read, once, and never when it is not', () => {
    let computed = 0;
    const key = () => `key-${++computed}`;
    const unread = keyedPath({ params: { slug: 'a' } }, key);
    expect(unread.params).toEqual({ slug: 'a' });
    expect(computed).toBe(0);

    const read = keyedPath({ params: { slug: 'b' } }, key);
    // Astro reads it twice: to see whether there is one, then as a string.
    expect(read.cacheKey).toBe('key-1');
    expect(String(read.cacheKey)).toBe('key-1');
    expect(computed).toBe(1);
    expect(Object.keys(read)).toContain('cacheKey');
  });
});
