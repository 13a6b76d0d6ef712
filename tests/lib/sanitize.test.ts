/**
 * The body sanitiser keeps every piece of Markdown an article is written with, and takes out what
 * a reader must never get; the corpus in tests/fixtures/bad-input/ covers the hostile inputs one
 * by one, through `npm run check` and the build.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxComponentsPlugin } from '../../src/lib/mdx-plugin.ts';
import { bodySanitizerPlugin, isLocalPicture, isSafeLink, MARKDOWN_FEATURES } from '../../src/lib/sanitize.ts';

async function render(markdown: string): Promise<{ html: string; removed: string[] }> {
  const { html, data } = await markdownToHtml(markdown, {
    mdastPlugins: [mdxComponentsPlugin({ root: '/' })],
    hastPlugins: [bodySanitizerPlugin()],
    features: MARKDOWN_FEATURES,
  });
  return { html, removed: ((data as { sanitized?: { message: string }[] }).sanitized ?? []).map((r) => r.message) };
}

describe('the body sanitiser', () => {
  test('keeps the Markdown an article is written with, untouched', async () => {
    const { html, removed } = await render(
      [
        '## Cách làm',
        '',
        'Chữ **đậm**, *nghiêng*, ~~gạch~~ và `mã`, m<sup>2</sup> và H<sub>2</sub>O.',
        '',
        '- Một [trang](https://example.org/a?b=1#c), [thư](mailto:a@example.org), [điện thoại](tel:+84296), [trang trong site](/mo-hinh/)',
        '1. Bước một',
        '',
        '> Lời trích.',
        '',
        '| Năm | Số |',
        '|:---|---:|',
        '| 2024 | 12 |',
        '',
        '![Sơ đồ](./so-do.png)',
        '',
        'Có chú thích[^1].',
        '',
        '[^1]: Theo nguồn tin.',
      ].join('\n'),
    );
    expect(removed).toEqual([]);
    for (const kept of [
      '<h2>Cách làm</h2>',
      '<strong>đậm</strong>',
      '<em>nghiêng</em>',
      '<del>gạch</del>',
      '<code>mã</code>',
      'm<sup>2</sup>',
      'H<sub>2</sub>O',
      '<a href="https://example.org/a?b=1#c">',
      '<a href="mailto:a@example.org">',
      '<a href="tel:+84296">',
      '<a href="/mo-hinh/">',
      '<blockquote>',
      '<th align="left">',
      '<td align="right">12</td>',
      '<img src="./so-do.png" alt="Sơ đồ">',
      'href="#user-content-fn-1"',
      'id="user-content-fn-1"',
      'Chú thích',
    ]) {
      expect(html).toContain(kept);
    }
  });

  test('takes out what runs code, changes the page or leaves the site, and says so', async () => {
    const { html, removed } = await render(
      'A <script>x()</script> <img src="./a.png" onerror="x()"> <a href="JAVASCRIPT:x()">b</a> <iframe src="https://e.org"></iframe>',
    );
    expect(html).not.toMatch(/script|onerror|javascript|iframe|x\(\)/i);
    expect(removed).toHaveLength(5);
  });

  test('keeps a picture only when it is written the Markdown way and lies beside the entry', async () => {
    const { html } = await render('![a](./a.png) ![b](https://e.org/b.png) ![c](//e.org/c.png) <img src="./d.png">');
    expect(html).toContain('src="./a.png"');
    expect(html).not.toMatch(/b\.png|c\.png|d\.png/);
  });
});

describe('isLocalPicture and isSafeLink', () => {
  test.each([
    ['./anh.png', true],
    ['anh/1.jpg', true],
    ['../khac/anh.png', true],
    ['/anh.png', false],
    ['//e.org/a.png', false],
    ['\\\\e.org\\a.png', false],
    ['https://e.org/a.png', false],
    ['data:image/png;base64,AAAA', false],
    ['', false],
  ])('picture %s: %s', (src, expected) => expect(isLocalPicture(src)).toBe(expected));

  test.each([
    ['https://e.org', true],
    ['http://e.org', true],
    ['mailto:a@e.org', true],
    ['tel:0296', true],
    ['/mo-hinh/', true],
    ['#muc', true],
    ['javascript:x()', false],
    ['JaVaScRiPt:x()', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
  ])('link %s: %s', (url, expected) => expect(isSafeLink(url)).toBe(expected));
});
