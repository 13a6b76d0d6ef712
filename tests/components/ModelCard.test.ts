import { describe, expect, test } from 'vitest';
import ModelCard from '../../src/components/ModelCard.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';
import { renderToString, textOf } from './render.ts';

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

describe('ModelCard', () => {
  test('shows the title as a link, then place, field, kind and year', async () => {
    const html = await renderToString(ModelCard, { model: catalog.modelBySlug.get('duong-ra-dong') });
    expect(html).toContain('href="/mo-hinh/duong-ra-dong/"');
    expect(textOf(html)).toContain('Đường ra đồng thị xã Tân Châu · Kinh tế · Tập thể · 2024');
  });

  test('shows content as text, never as markup', async () => {
    const html = await renderToString(ModelCard, { model: catalog.modelBySlug.get('duong-ra-dong') });
    expect(html).toContain('Làm đường &lt;b&gt;bê tông&lt;/b&gt;.');
  });

  test('uses the heading level it is given', async () => {
    const html = await renderToString(ModelCard, { model: catalog.models[0], headingLevel: 3 });
    expect(html).toMatch(/<h3[^>]*class="card-title/);
  });
});
