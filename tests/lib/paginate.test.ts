import { describe, expect, test } from 'vitest';
import { pageParam, paginate } from '../../src/lib/paginate.ts';

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  test('cuts items into pages with Vietnamese URLs', () => {
    const pages = paginate(items, 12, '/mo-hinh/');
    expect(pages.map((p) => p.url)).toEqual(['/mo-hinh/', '/mo-hinh/trang/2/', '/mo-hinh/trang/3/']);
    expect(pages.map((p) => p.items.length)).toEqual([12, 12, 1]);
    expect(pages[1]).toMatchObject({
      number: 2,
      count: 3,
      first: 13,
      total: 25,
      prevUrl: '/mo-hinh/',
      nextUrl: '/mo-hinh/trang/3/',
    });
  });

  test('has no previous link on the first page and no next link on the last', () => {
    const pages = paginate(items, 12, '/x/');
    expect(pages[0]?.prevUrl).toBeUndefined();
    expect(pages[2]?.nextUrl).toBeUndefined();
  });

  test('gives an empty listing one empty page', () => {
    const pages = paginate([], 12, '/x/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, count: 1, total: 0, items: [] });
  });
});

describe('pageParam', () => {
  test('leaves the first page at the listing URL', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('trang/4');
  });
});
