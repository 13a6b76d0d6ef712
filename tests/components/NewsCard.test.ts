import { describe, expect, test } from 'vitest';
import NewsCard from '../../src/components/NewsCard.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';
import { renderToString } from './render.ts';

const catalog = buildCatalog(
  catalogInput({
    models: [
      model('duong-ra-dong', { title: 'Đường ra đồng', place: 'tan-chau', summary: 'Làm đường <b>bê tông</b>.' }),
      model('vay-von', { title: 'Vay vốn', place: 'chau-doc', kind: 'ca-nhan', field: 'van-hoa-xa-hoi' }),
    ],
    news: [newsItem('hoi-nghi', { title: 'Hội nghị', date: '2024-03-07', models: ['duong-ra-dong'] })],
  }),
  { today: '2024-06-01' },
);

describe('NewsCard', () => {
  test('shows the date in Vietnamese with a machine-readable datetime', async () => {
    const html = await renderToString(NewsCard, { item: catalog.news[0] });
    expect(html).toContain('<time datetime="2024-03-07">7 tháng 3, 2024</time>');
  });
});
