/** RSS feeds. */
import { describe, expect, test } from 'vitest';
import { feedDescription, toRssDate } from '../../src/lib/feeds.ts';

describe('toRssDate', () => {
  test('is the start of the day in Vietnam', () => {
    expect(toRssDate('2024-03-07').toISOString()).toBe('2024-03-06T17:00:00.000Z');
  });
});

describe('feedDescription', () => {
  test.each([
    ['Số <b>đậm</b>', 'Số &lt;b&gt;đậm&lt;/b&gt;'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["Nông & 'nghiệp'", 'Nông &amp; &#39;nghiệp&#39;'],
    ['&lt; đã viết sẵn', '&amp;lt; đã viết sẵn'],
    ['Chữ thường, “ngoặc kép cong”', 'Chữ thường, “ngoặc kép cong”'],
  ])('%j becomes the HTML text %j, which a feed reader shows as typed', (text, html) => {
    expect(feedDescription(text)).toBe(html);
  });
});
