/** /mo-hinh/rss.xml: newly published models (published only, newest first). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../config.ts';
import { getCatalog } from '../../lib/content.ts';
import { feedDescription, toRssDate } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `Mô hình mới — ${SITE_NAME}`,
    description: 'Các mô hình “Dân vận khéo” và cách làm hay trong vận động nhân dân mới được giới thiệu trên trang.',
    site: site!,
    customData: '<language>vi-VN</language>',
    items: (await getCatalog()).models.map((model) => ({
      // Titles are plain text in feed readers, descriptions HTML (src/lib/feeds.ts).
      title: model.data.title,
      description: feedDescription(model.data.summary),
      link: model.url,
      pubDate: toRssDate(model.data.published),
      categories: [model.field.name, model.place.label],
    })),
  });
