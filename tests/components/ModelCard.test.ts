import { describe, expect, test } from 'vitest';
import ModelCard from '../../src/components/ModelCard.astro';
import { renderToString, textOf } from './render.ts';
import { componentsCatalog } from '../fixtures/catalogs.ts';

const catalog = componentsCatalog;

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
