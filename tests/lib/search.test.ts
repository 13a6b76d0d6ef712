import { describe, expect, test } from 'vitest';
import {
  compareResults,
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

describe('compareResults', () => {
  const model = { kind: 'Mô hình', score: 1, date: '2024-01-01' };
  const news = { kind: 'Tin tức', score: 1.05, date: '2024-06-01' };

  test('puts a model above news of nearly equal relevance', () => {
    expect([news, model].sort(compareResults('lien-quan'))).toEqual([model, news]);
  });

  test('keeps clearly more relevant news first', () => {
    const strong = { ...news, score: 2 };
    expect([model, strong].sort(compareResults('lien-quan'))).toEqual([strong, model]);
  });

  test('sorts newest first when asked', () => {
    expect([model, news].sort(compareResults('moi-nhat'))).toEqual([news, model]);
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
