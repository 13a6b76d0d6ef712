import { describe, expect, test } from 'vitest';
import DongThoiGian from '../../../src/components/mdx/DongThoiGian.astro';
import { renderToString } from '../render.ts';

describe('DongThoiGian', () => {
  test('is a named ordered list around its items, kept a list for screen readers', async () => {
    const html = await renderToString(DongThoiGian, {}, '/', { default: '<li>Một mốc</li>' });
    expect(html).toContain('<ol class="dong-thoi-gian" role="list" aria-label="Dòng thời gian"><li>Một mốc</li></ol>');
  });
});
