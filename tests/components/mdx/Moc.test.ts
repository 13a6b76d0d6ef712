import { describe, expect, test } from 'vitest';
import Moc from '../../../src/components/mdx/Moc.astro';
import { renderToString, textOf } from '../render.ts';

describe('Moc', () => {
  test.each([
    ['2020', 'năm 2020'],
    ['2020-07', 'tháng 7/2020'],
    ['2020-07-30', '30/7/2020'],
  ])('shows %s as “%s”, with the machine-readable date', async (ngay, shown) => {
    const html = await renderToString(Moc, { ngay, nguon: 1 }, '/', { default: 'Khởi công.' });
    expect(html).toContain(`<time class="ngay" datetime="${ngay}">${shown}</time>`);
    expect(textOf(html)).toBe(`${shown} Khởi công. nguồn [1]`);
  });

  test('is a list item linking to its source', async () => {
    const html = await renderToString(Moc, { ngay: '2020', nguon: 3 }, '/', { default: 'Khởi công.' });
    expect(html).toMatch(/^<li class="moc">/);
    expect(html).toContain('href="#nguon-3"');
  });
});
