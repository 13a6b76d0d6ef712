import { describe, expect, test } from 'vitest';
import ModelCard from '../../src/components/ModelCard.astro';
import { renderToString, textOf } from './render.ts';
import { componentsCatalog, reorganisationCatalog } from '../fixtures/catalogs.ts';

const catalog = componentsCatalog;

describe('ModelCard', () => {
  test('shows the title as a link, then place, field, kind and year', async () => {
    const html = await renderToString(ModelCard, { model: catalog.modelBySlug.get('duong-ra-dong') });
    expect(html).toContain('href="/mo-hinh/duong-ra-dong/"');
    // This fixture's thị xã Tân Châu ends on 30/6/2025 and names no successor.
    expect(textOf(html)).toContain('Đường ra đồng thị xã Tân Châu (trước 1/7/2025) · Kinh tế · Tập thể · 2024');
  });

  test.each([
    ['khanh-an', 'xã Khánh An (trước 1/7/2025, nay thuộc xã Khánh Bình) · Kinh tế · Tập thể · 2020'],
    ['an-phu', 'huyện An Phú (trước 1/7/2025) · Kinh tế · Tập thể · 2022'],
    ['vinh-thanh', 'phường Vĩnh Thanh (trước 1/7/2025, nay thuộc phường Rạch Giá) · Kinh tế · Tập thể · 2024'],
    ['khanh-binh', 'xã Khánh Bình · Kinh tế · Tập thể · 2025'],
  ])('a place no longer in force says so, with today’s unit when it is one (%s)', async (slug, meta) => {
    const html = await renderToString(ModelCard, { model: reorganisationCatalog.modelBySlug.get(slug) });
    expect(textOf(html)).toContain(meta);
    // The place's own name stays the first item of the line, on its own.
    expect(html).toMatch(/<p class="card-meta"> ?<span>(xã|huyện|phường) [^<]+<\/span>/);
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
