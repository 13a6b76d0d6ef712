import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { paginate } from '../../src/lib/paginate.ts';
import { renderToString, textOf } from './render.ts';

describe('Pagination', () => {
  const pages = paginate(
    Array.from({ length: 30 }, (_, i) => i),
    12,
    '/mo-hinh/',
  );

  test('links to the previous and next pages in Vietnamese', async () => {
    const html = await renderToString(Pagination, { page: pages[1] });
    expect(html).toContain('aria-label="Phân trang"');
    expect(html).toContain('href="/mo-hinh/" rel="prev"');
    expect(html).toContain('href="/mo-hinh/trang/3/" rel="next"');
    expect(textOf(html)).toContain('Trang 2 / 3');
  });

  test('renders nothing for a single page', async () => {
    const html = await renderToString(Pagination, { page: paginate([1], 12, '/x/')[0] });
    expect(textOf(html)).toBe('');
  });
});
