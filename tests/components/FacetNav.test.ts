import { describe, expect, test } from 'vitest';
import FacetNav from '../../src/components/FacetNav.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getSidebar } from '../../src/lib/listing.ts';
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

describe('FacetNav', () => {
  test('lists only groups with models, with their counts, and marks the current one', async () => {
    const html = await renderToString(FacetNav, { facets: getSidebar(catalog) }, '/dia-ban/chau-doc/');
    const text = textOf(html);
    expect(text).toContain('thị xã Tân Châu (1)');
    expect(text).toContain('thành phố Châu Đốc (1)');
    expect(text).not.toContain('huyện Chợ Mới');
    expect(html).toMatch(/<a href="\/dia-ban\/chau-doc\/" aria-current="page"/);
    // Places are sorted by name in Vietnamese order: Châu Đốc before Tân Châu.
    expect(text.indexOf('Châu Đốc')).toBeLessThan(text.indexOf('Tân Châu'));
  });
});
