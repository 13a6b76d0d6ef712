/**
 * /tin-tuc/rss.xml: the news feed (published items only), in the catalog's order: newest event
 * first. Each item's pubDate is the day it was published on this site.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME } from '../../config.ts';
import { getCatalog } from '../../lib/content.ts';
import { feedDescription, toRssDate } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `Tin tức — ${SITE_NAME}`,
    description: 'Tin tức về các mô hình “Dân vận khéo” và công tác dân vận ở An Giang.',
    site: site!,
    customData: '<language>vi-VN</language>',
    items: (await getCatalog()).news.map((item) => ({
      // Titles are plain text in feed readers, descriptions HTML (src/lib/feeds.ts).
      title: item.data.title,
      description: feedDescription(item.data.summary),
      link: item.url,
      pubDate: toRssDate(item.data.date),
      ...(item.data.tags.length > 0 ? { categories: item.data.tags } : {}),
    })),
  });
