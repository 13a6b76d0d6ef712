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

  test('says in words that a plain http:// page is not encrypted, and the link announces it', async () => {
    const html = await renderToString(SourceList, {
      sources: [
        { title: 'Bài cũ', outlet: 'Báo An Giang', date: '2018-03-07', url: 'http://baoangiang.com.vn/bai-cu' },
        { outlet: 'VietNamNet', date: '2024', url: 'https://vietnamnet.vn/' },
      ],
    });
    expect(textOf(html)).toContain('Bài cũ, Báo An Giang, 7/3/2018. Trang không mã hóa (http).');
    expect(html).toMatch(
      /<a href="http:\/\/baoangiang.com.vn\/bai-cu" aria-describedby="nguon-1-http">Bài cũ<\/a>[^<]*<span id="nguon-1-http">Trang không mã hóa \(http\)\.<\/span>/,
    );
    // An https:// page has neither the note nor a description.
    expect(html).toMatch(/<a href="https:\/\/vietnamnet.vn\/">VietNamNet<\/a>, năm 2024\.\s*<\/li>/);
    expect(html.match(/không mã hóa/g)).toHaveLength(1);
  });

  test('gives each list its own ids for the note, so two lists on a page never share one', async () => {
    const html = await renderToString(SourceList, {
      sources: [{ outlet: 'Báo An Giang', date: '2018', url: 'HTTP://baoangiang.com.vn/' }],
      idPrefix: 'nguon-tin',
    });
    expect(html).toContain('id="nguon-tin-1-http"');
    expect(html).toContain('aria-describedby="nguon-tin-1-http"');
  });
});
