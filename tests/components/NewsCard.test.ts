import { describe, expect, test } from 'vitest';
import NewsCard from '../../src/components/NewsCard.astro';
import { renderToString } from './render.ts';
import { componentsCatalog } from '../fixtures/catalogs.ts';

const catalog = componentsCatalog;

describe('NewsCard', () => {
  test('shows the date in Vietnamese with a machine-readable datetime', async () => {
    const html = await renderToString(NewsCard, { item: catalog.news[0] });
    expect(html).toContain('<time datetime="2024-03-07">7 tháng 3, 2024</time>');
  });
});
