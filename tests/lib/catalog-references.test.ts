/** The reference checks and their Vietnamese messages, run through buildCatalog as the site runs them. */
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

describe('createReferenceChecks', () => {
  test('names the file, the field and the value of an unknown place', () => {
    const problems = problemsOf(() =>
      buildCatalog(catalogInput({ models: [model('a', { place: 'tan-chao' })] }), { today }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/models/a/index.md', field: 'place' });
    expect(problems[0]?.message).toContain('“tan-chao”');
    expect(problems[0]?.message).toContain('tan-chau');
  });

  test('in a long list, suggests the ids closest to the one typed instead of listing them all', () => {
    const base = catalogInput({ models: [model('a', { place: 'xa-vinh-trach' })] });
    const input = { ...base, places: [...base.places] };
    const communes = ['xa-vinh-trach-thoai-son', 'xa-vinh-thanh-trung', 'xa-vinh-xuong', 'xa-binh-my', 'xa-my-hoa'];
    const filler = Array.from({ length: 20 }, (_, i) => `xa-khac-${i}`);
    for (const id of [...communes, ...filler]) {
      input.places.push({ ...input.places[1]!, id, data: { ...input.places[1]!.data, id, name: id } });
    }
    const [problem] = problemsOf(() => buildCatalog(input, { today }));
    expect(problem?.message).toMatch(/Gần giống nhất: xa-vinh-trach-thoai-son, /);
    expect(problem?.message).toContain('(trong 29 giá trị có sẵn)');
    expect(problem?.message).not.toContain('xa-khac-19');
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

  test("refuses a former address that is another entry's live address", () => {
    const problems = problemsOf(() =>
      buildCatalog(catalogInput({ models: [model('a', { aliases: ['b'] }), model('b')] }), { today }),
    );
    expect(problems[0]).toMatchObject({ file: 'content/models/a/index.md', field: 'aliases.0' });
    expect(problems[0]?.message).toContain('content/models/b/index.md');
  });
});
