import { describe, expect, test } from 'vitest';
import TrichDan from '../../../src/components/mdx/TrichDan.astro';
import { renderToString, textOf } from '../render.ts';

describe('TrichDan', () => {
  test('is a figure: the words in a blockquote, the speaker and a link to the source in the caption', async () => {
    const html = await renderToString(TrichDan, { nguoi: 'ông A, Chủ tịch UBND xã', nguon: 2 }, '/', {
      default: '<p>Dân biết, dân bàn.</p>',
    });
    expect(html).toMatch(
      /^<figure class="trich-dan"> <blockquote><p>Dân biết, dân bàn\.<\/p><\/blockquote> <figcaption>— ông A, Chủ tịch UBND xã, <a [^>]*href="#nguon-2"/,
    );
    expect(textOf(html)).toBe('Dân biết, dân bàn. — ông A, Chủ tịch UBND xã, nguồn [2]');
  });
});
