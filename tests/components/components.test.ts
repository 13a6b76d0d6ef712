import { describe, expect, test } from 'vitest';
import FacetNav from '../../src/components/FacetNav.astro';
import FigureList from '../../src/components/FigureList.astro';
import ModelCard from '../../src/components/ModelCard.astro';
import NewsCard from '../../src/components/NewsCard.astro';
import Pagination from '../../src/components/Pagination.astro';
import SourceList from '../../src/components/SourceList.astro';
import StatusBanner from '../../src/components/StatusBanner.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getSidebar } from '../../src/lib/listing.ts';
import { paginate } from '../../src/lib/paginate.ts';
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

describe('NewsCard', () => {
  test('shows the date in Vietnamese with a machine-readable datetime', async () => {
    const html = await renderToString(NewsCard, { item: catalog.news[0] });
    expect(html).toContain('<time datetime="2024-03-07">7 tháng 3, 2024</time>');
  });
});

describe('FigureList', () => {
  test('writes numbers the Vietnamese way with unit, date and a link to the source', async () => {
    const html = await renderToString(FigureList, {
      figures: [{ label: 'Kinh phí', value: 1870.5, unit: 'tỷ đồng', asOf: '2018', source: 2 }],
    });
    expect(textOf(html)).toContain('Kinh phí 1.870,5 tỷ đồng năm 2018 · nguồn [2]');
    expect(html).toContain('href="#nguon-2"');
  });
});

describe('SourceList', () => {
  test('numbers sources so figures can point to them, and links those with a URL', async () => {
    const html = await renderToString(SourceList, {
      sources: [
        { title: 'Bài một', author: 'Thanh Sang', date: '2024-03' },
        { outlet: 'VietNamNet', date: '2024', url: 'https://vietnamnet.vn/' },
      ],
    });
    expect(html).toContain('id="nguon-1"');
    expect(html).toContain('id="nguon-2"');
    expect(textOf(html)).toContain('Bài một, tác giả Thanh Sang, tháng 3/2024.');
    expect(html).toMatch(/<a href="https:\/\/vietnamnet.vn\/">VietNamNet<\/a>, năm 2024\./);
  });
});

describe('Pagination', () => {
  const pages = paginate(
    Array.from({ length: 30 }, (_, i) => i),
    12,
    '/mo-hinh/',
  );

  test('links to the previous and next pages in Vietnamese', async () => {
    const html = await renderToString(Pagination, { page: pages[1] });
    expect(html).toContain('aria-label="Phân trang"');
    expect(html).toContain('href="/mo-hinh/" rel="prev"');
    expect(html).toContain('href="/mo-hinh/trang/3/" rel="next"');
    expect(textOf(html)).toContain('Trang 2 / 3');
  });

  test('renders nothing for a single page', async () => {
    const html = await renderToString(Pagination, { page: paginate([1], 12, '/x/')[0] });
    expect(textOf(html)).toBe('');
  });
});

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

describe('StatusBanner', () => {
  test('marks a draft in Vietnamese and says how to publish it', async () => {
    const text = textOf(await renderToString(StatusBanner, { status: 'draft', date: '2026-11-25' }));
    expect(text).toBe('Bản nháp — trang này chỉ hiện khi xem thử. Đổi draft: true thành draft: false để xuất bản.');
  });

  test('marks a scheduled entry with the day it goes live', async () => {
    const text = textOf(await renderToString(StatusBanner, { status: 'scheduled', date: '2027-01-05' }));
    expect(text).toBe('Hẹn giờ — trang sẽ lên mạng ngày 5 tháng 1, 2027, trong lần build đầu tiên từ ngày đó.');
  });

  test('shows nothing on a published entry', async () => {
    expect(textOf(await renderToString(StatusBanner, { status: 'published', date: '2024-03-08' }))).toBe('');
  });
});
