import { describe, expect, test } from 'vitest';
import { getCompleteness, needsCompletionNote } from '../../src/lib/completeness.ts';

const source = { outlet: 'Báo An Giang', url: 'https://baoangiang.com.vn/', date: '2020' };
const figure = { label: 'Đường', value: 43, unit: 'km', asOf: '2024', source: 1 };
const named = { figures: [], steps: [], results: [], sources: [source] };

describe('getCompleteness', () => {
  test('a model only named in a list is "named only", lacks everything and gets the note', () => {
    const c = getCompleteness(named);
    expect(c).toMatchObject({ level: 'chi-neu-ten', figures: false, stepsAndResults: false, severalSources: false });
    expect(c.missing).toEqual(['số liệu của chính mô hình', 'cách làm và kết quả', 'nguồn tin thứ hai']);
    expect(needsCompletionNote(c)).toBe(true);
  });

  test('a district total is not the model’s own figure', () => {
    const c = getCompleteness({ ...named, figures: [{ ...figure, scope: 'dia-ban' as const }] });
    expect(c.figures).toBe(false);
    expect(c.level).toBe('chi-neu-ten');
  });

  test('steps without results do not count as steps and results', () => {
    expect(getCompleteness({ ...named, steps: ['Họp dân.'] }).stepsAndResults).toBe(false);
  });

  test('figures, steps, results and two sources make a full page, with no note', () => {
    const c = getCompleteness({
      figures: [figure],
      steps: ['Họp dân.'],
      results: ['Làm xong đường.'],
      sources: [source, source],
    });
    expect(c).toMatchObject({ level: 'day-du', missing: [] });
    expect(needsCompletionNote(c)).toBe(false);
  });

  test('a documented model with one source is partial but needs no note', () => {
    const c = getCompleteness({
      figures: [figure],
      steps: ['Họp dân.'],
      results: ['Làm xong đường.'],
      sources: [source],
    });
    expect(c).toMatchObject({ level: 'mot-phan', missing: ['nguồn tin thứ hai'] });
    expect(needsCompletionNote(c)).toBe(false);
  });
});
