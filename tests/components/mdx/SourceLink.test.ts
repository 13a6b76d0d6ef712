import { describe, expect, test } from 'vitest';
import SourceLink from '../../../src/components/mdx/SourceLink.astro';
import { renderToString } from '../render.ts';

describe('SourceLink', () => {
  test('links to the numbered source, says “nguồn” to screen readers and stays out of the search index', async () => {
    const html = await renderToString(SourceLink, { n: 4 });
    expect(html).toBe(
      '<a class="source-link" href="#nguon-4" data-pagefind-ignore><span class="visually-hidden">nguồn </span>[4]</a>',
    );
  });
});
