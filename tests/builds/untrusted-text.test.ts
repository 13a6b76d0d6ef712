/**
 * Content is untrusted text: a title, summary or figure holding markup or quotes is shown as text
 * everywhere it appears (page, cards, search results, JSON-LD, feeds, open data), never run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { buildWithContent, searchBuiltSite } from './build-fixture.ts';

const TITLE = `Mô hình <script>alert("xss")</script> & 'nháy' "kép"`;
const SUMMARY = `Tóm tắt </script><img src=x onerror=alert(1)> hết`;
const LABEL = `Số <b>đậm</b>`;
const SLUG = 'mo-hinh-thu-ky-tu-dac-biet';

const file = `---
title: ${JSON.stringify(TITLE)}
summary: ${JSON.stringify(SUMMARY)}
place: tan-chau
field: kinh-te
kind: tap-the
year: 2024
published: 2024-03-08
figures:
  - label: ${JSON.stringify(LABEL)}
    value: 5
    unit: km
    asOf: '2024'
    source: 1
sources:
  - outlet: "Nguồn <i>thử</i>"
    url: https://example.org/bai-thu
    date: 2024
---

Nội dung có <span>thẻ</span> nhưng đây là Markdown của biên tập viên.
`;

describe('untrusted text', () => {
  test('is shown as text on the page, in cards, JSON-LD, feeds, open data and search results', async () => {
    let found: Awaited<ReturnType<typeof searchBuiltSite>> | undefined;
    const { code, output } = await buildWithContent({ [`models/${SLUG}/index.md`]: file }, async (dist) => {
      const read = (p: string) => readFileSync(path.join(dist, p), 'utf8');
      const page = read(`mo-hinh/${SLUG}/index.html`);
      const root = parse(page);
      // Nothing from the content became an element or an attribute.
      expect(
        root
          .querySelectorAll('script')
          .every((s) => !s.textContent.includes('alert("xss")') || s.getAttribute('type') === 'application/ld+json'),
      ).toBe(true);
      expect(root.querySelectorAll('img').some((i) => i.getAttribute('onerror'))).toBe(false);
      expect(root.querySelector('h1')?.textContent).toBe(TITLE);
      expect(root.querySelector('.lead')?.textContent).toBe(SUMMARY);
      expect(root.querySelector('.figures dt')?.textContent).toBe(LABEL);
      expect(root.querySelector('title')?.textContent).toBe(`${TITLE} | Dân vận khéo An Giang`);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
      const ld = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
      expect(ld.find((d) => d['@type'] === 'Article')).toMatchObject({ headline: TITLE, description: SUMMARY });
      // A card on the listing.
      // A place with few models keeps the card on its first page, whatever the size of the site.
      const card = parse(read('dia-ban/tan-chau/index.html'))
        .querySelectorAll('.card-title a')
        .find((a) => a.getAttribute('href') === `/mo-hinh/${SLUG}/`);
      expect(card?.textContent).toBe(TITLE);
      // Feeds and open data carry the text, escaped for their format. A feed's title is plain text
      // (escaped once, for XML); its description is HTML to a feed reader, so the summary is
      // escaped for HTML first and the reader shows `<img …>` as typed instead of rendering it.
      const items = new XMLParser().parse(read('mo-hinh/rss.xml')).rss.channel.item as {
        title: string;
        description: string;
      }[];
      const description = items.find((i) => i.title === TITLE)?.description ?? '';
      expect(description).toBe('Tóm tắt &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; hết');
      const asRendered = parse(description);
      expect(asRendered.querySelectorAll('*')).toHaveLength(0);
      expect(asRendered.textContent).toBe(SUMMARY);
      const data = JSON.parse(read('du-lieu/mo-hinh.json')) as { models: { title: string }[] };
      expect(data.models.map((m) => m.title)).toContain(TITLE);
      found = await searchBuiltSite(dist, 'script alert xss');
    });
    expect(code, output).toBe(0);
    expect(found).toContain(`/mo-hinh/${SLUG}/`);
    // In the search results too: the title is text, and the excerpt adds nothing but <mark>.
    expect(found?.titles).toContain(TITLE);
    const elements = parse(found?.resultsHtml ?? '').querySelectorAll('*');
    expect([...new Set(elements.map((e) => e.tagName.toLowerCase()))].sort()).toEqual([
      'a',
      'article',
      'div',
      'h2',
      'li',
      'mark',
      'p',
    ]);
    expect(elements.flatMap((e) => Object.keys(e.attributes)).filter((name) => name.startsWith('on'))).toEqual([]);
  });
});
