import { describe, expect, test } from 'vitest';
import {
  rankByKind,
  splitByKind,
  describeResults,
  getFoldedDWords,
  readSearchParams,
  toPagefindFilters,
  writeSearchParams,
} from '../../src/lib/search.ts';

describe('getFoldedDWords', () => {
  test('folds every word with đ to plain letters, once', () => {
    expect(getFoldedDWords(['Đường ra cánh đồng', 'đường bê tông, Đồng Tháp'])).toBe('duong dong');
  });

  test('ignores words without đ (Pagefind folds those itself)', () => {
    expect(getFoldedDWords(['Tân Châu, Phú Tân'])).toBe('');
  });

  test('reads NFD input', () => {
    expect(getFoldedDWords(['đỡ đầu'.normalize('NFD')])).toBe('do dau');
  });
});

describe('readSearchParams', () => {
  test('reads the query, filters and sort from the URL', () => {
    const state = readSearchParams(
      new URLSearchParams('q=duong+ra+dong&linh-vuc=kinh-te&dia-ban=tan-chau&dia-ban=phu-tan&sap-xep=moi-nhat'),
    );
    expect(state).toEqual({
      query: 'duong ra dong',
      filters: { linh_vuc: ['kinh-te'], dia_ban: ['tan-chau', 'phu-tan'] },
      sort: 'moi-nhat',
    });
  });

  test('defaults to an empty query sorted by relevance', () => {
    expect(readSearchParams(new URLSearchParams(''))).toEqual({ query: '', filters: {}, sort: 'lien-quan' });
  });
});

describe('writeSearchParams', () => {
  test('round-trips a state and leaves defaults out', () => {
    const params = 'q=%C4%91%C6%B0%E1%BB%9Dng&loai=mo-hinh&nam=2024';
    expect(writeSearchParams(readSearchParams(new URLSearchParams(params))).toString()).toBe(params);
  });
});

describe('toPagefindFilters', () => {
  test('matches URL slugs back to the index values', () => {
    const available = { linh_vuc: { 'Kinh tế': 3, 'Văn hóa – xã hội': 1 }, dia_ban: { 'thị xã Tân Châu': 1 } };
    const state = readSearchParams(new URLSearchParams('linh-vuc=van-hoa-xa-hoi&dia-ban=thi-xa-tan-chau&nam=1990'));
    expect(toPagefindFilters(state, available)).toEqual({
      linh_vuc: { any: ['Văn hóa – xã hội'] },
      dia_ban: { any: ['thị xã Tân Châu'] },
    });
  });
});

describe('rankByKind', () => {
  const m = (score: number, id = 'm') => ({ id, score });
  const n = (score: number, id = 'n') => ({ id, score });

  test('puts a model above news of nearly equal relevance', () => {
    expect(rankByKind([m(1)], [n(1.05)]).map((r) => r.id)).toEqual(['m', 'n']);
  });

  test('keeps clearly more relevant news first', () => {
    expect(rankByKind([m(1)], [n(2)]).map((r) => r.id)).toEqual(['n', 'm']);
  });

  test('keeps the rule across more results than one batch shows', () => {
    // Six models and six news items of equal relevance, as Pagefind might interleave them.
    const models = [1, 2, 3, 4, 5, 6].map((i) => m(1, `m${i}`));
    const news = [1, 2, 3, 4, 5, 6].map((i) => n(1, `n${i}`));
    const ranked = rankByKind(models, news).map((r) => r.id);
    expect(ranked.slice(0, 6)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(ranked.slice(6)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  });

  test("interleaves by score and keeps Pagefind's order within each kind", () => {
    // b (2) is more than 10 % below x (2.5), so x comes between the two models.
    expect(rankByKind([m(3, 'a'), m(2, 'b')], [n(2.5, 'x'), n(1, 'y')]).map((r) => r.id)).toEqual(['a', 'x', 'b', 'y']);
  });
});

describe('splitByKind', () => {
  test('splits a search over both kinds, keeping the other filters', () => {
    const filters = { linh_vuc: { any: ['Kinh tế'] } };
    expect(splitByKind(filters)).toEqual([
      { linh_vuc: { any: ['Kinh tế'] }, loai: { any: ['Mô hình'] } },
      { linh_vuc: { any: ['Kinh tế'] }, loai: { any: ['Tin tức'] } },
    ]);
  });

  test('leaves a search in one kind as it is', () => {
    expect(splitByKind({ loai: { any: ['Tin tức'] } })).toBeUndefined();
  });
});

describe('describeResults', () => {
  test.each([
    [3, 'duong', false, 'Tìm thấy 3 kết quả cho “duong”.'],
    [0, 'xyz', false, 'Không tìm thấy kết quả nào cho “xyz”.'],
    [1200, '', true, 'Tìm thấy 1.200 kết quả theo bộ lọc đã chọn.'],
  ])('%d results for %s', (count, query, filtered, text) => {
    expect(describeResults(count, query, filtered)).toBe(text);
  });
});
