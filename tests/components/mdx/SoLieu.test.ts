import { describe, expect, test } from 'vitest';
import SoLieu from '../../../src/components/mdx/SoLieu.astro';
import { renderToString, textOf } from '../render.ts';

describe('SoLieu', () => {
  test('writes the figure as the source states it, the Vietnamese way, with what it counts and its source', async () => {
    const html = await renderToString(SoLieu, {
      so: 1870.5,
      donVi: 'm',
      nhan: 'đường mở nhờ dân hiến đất',
      nguon: 2,
      uocLuong: 'hơn',
    });
    expect(textOf(html)).toBe('hơn 1.870,5 m đường mở nhờ dân hiến đất nguồn [2]');
    expect(html).toContain('<data class="gia-tri" value="1870.5">');
    expect(html).toContain('href="#nguon-2"');
  });

  test('shows an exact number without a qualifier', async () => {
    const html = await renderToString(SoLieu, { so: 43, donVi: 'km', nhan: 'đường', nguon: 1 });
    expect(textOf(html)).toBe('43 km đường nguồn [1]');
  });
});
