import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { ContentError } from '../../src/lib/content-errors.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';

const today = '2024-06-01';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

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

  test('names the file, the field and the value of an unknown place', () => {
    const problems = problemsOf(() =>
      buildCatalog(catalogInput({ models: [model('a', { place: 'tan-chao' })] }), { today }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/models/a/index.md', field: 'place' });
    expect(problems[0]?.message).toContain('“tan-chao”');
    expect(problems[0]?.message).toContain('tan-chau');
  });

  test('reports every broken reference at once', () => {
    const input = catalogInput({
      models: [model('a', { field: 'kinh-tế-xã-hội', organisations: ['hoi-phu-nu'], related: ['khong-co'] })],
      news: [newsItem('n', { models: ['khong-co-nua'] })],
    });
    const problems = problemsOf(() => buildCatalog(input, { today }));
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/models/a/index.md field',
      'content/models/a/index.md organisations.0',
      'content/models/a/index.md related.0',
      'content/news/n/index.md models.0',
    ]);
  });

  test('refuses a model related to itself', () => {
    const problems = problemsOf(() =>
      buildCatalog(catalogInput({ models: [model('a', { related: ['a'] })] }), { today }),
    );
    expect(problems[0]?.field).toBe('related.0');
  });

  test('checks parents and successors of places', () => {
    const input = catalogInput();
    const broken = { ...input, places: [...input.places] };
    broken.places.push({
      id: 'x',
      filePath: 'content/places.yaml',
      data: { ...input.places[1]!.data, id: 'x', parent: { id: 'khong-co', collection: 'places' }, successors: [] },
    });
    const problems = problemsOf(() => buildCatalog(broken, { today }));
    expect(problems[0]).toMatchObject({ file: 'content/places.yaml (x)', field: 'parent' });
  });
});
