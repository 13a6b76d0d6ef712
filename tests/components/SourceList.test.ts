import { describe, expect, test } from 'vitest';
import SourceList from '../../src/components/SourceList.astro';
import { renderToString, textOf } from './render.ts';

describe('SourceList', () => {
  test('numbers sources so figures can point to them, and links those with a URL', async () => {
    const html = await renderToString(SourceList, {
      sources: [
        { title: 'Bài một', author: 'Thanh Sang', date: '2024-03' },
        { outlet: 'VietNamNet', date: '2024', url: 'https://vietnamnet.vn/' },
      ],
    });
    expect(html).toContain('id="nguon-1"');
    expect(html).toContain('id="nguon-2"');
    expect(textOf(html)).toContain('Bài một, tác giả Thanh Sang, tháng 3/2024.');
    expect(html).toMatch(/<a href="https:\/\/vietnamnet.vn\/">VietNamNet<\/a>, năm 2024\./);
  });
});
