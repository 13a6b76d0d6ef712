import { describe, expect, test } from 'vitest';
import NewsCard from '../../src/components/NewsCard.astro';
import { renderToString, textOf } from './render.ts';
import { componentsCatalog } from '../fixtures/catalogs.ts';

const catalog = componentsCatalog;

describe('NewsCard', () => {
  test('shows the date in Vietnamese with a machine-readable datetime', async () => {
    const html = await renderToString(NewsCard, { item: catalog.news[0] });
    expect(html).toContain('<time datetime="2024-03-07">7 tháng 3, 2024</time>');
  });

  test('shows when the event took place and when the item was published, apart', async () => {
    const item = catalog.news[0]!;
    const reported = { ...item, data: { ...item.data, date: '2024-03-20', eventDate: '2024-03-07' } };
    const text = textOf(await renderToString(NewsCard, { item: reported }));
    expect(text).toContain('Diễn ra 7 tháng 3, 2024 · đăng 20 tháng 3, 2024');
  });

  test('without an event day, shows when its source reported it', async () => {
    const item = catalog.news[0]!;
    const { eventDate: _, ...data } = item.data;
    const report = {
      ...item,
      data: { ...data, date: '2026-11-29', source: { ...item.data.source!, date: '2019-10' } },
    };
    const text = textOf(await renderToString(NewsCard, { item: report }));
    expect(text).toContain('Nguồn đưa tin tháng 10/2019 · đăng 29 tháng 11, 2026');
  });

  test('shows one date when the report came out the day of the event', async () => {
    const item = catalog.news[0]!;
    const sameDay = { ...item, data: { ...item.data, date: '2024-03-07', eventDate: '2024-03-07' } };
    const text = textOf(await renderToString(NewsCard, { item: sameDay }));
    expect(text).not.toContain('Diễn ra');
    expect(text).toContain('7 tháng 3, 2024');
  });
});
