/**
 * /anh-chia-se/mo-hinh/<slug>.png and /anh-chia-se/tin-tuc/<slug>.png: the 1200×630 picture Zalo
 * and Facebook show when a page is shared, drawn at build time and cached by its content.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../../lib/content.ts';
import { modelShareCard, newsShareCard } from '../../../lib/share.ts';
import { getShareImage } from '../../../lib/share-image.ts';

export const getStaticPaths = (async () => {
  const { models, news } = await getCatalog();
  return [
    ...models.map((model) => ({ params: { kind: 'mo-hinh', slug: model.slug }, props: { card: modelShareCard(model) } })),
    ...news.map((item) => ({ params: { kind: 'tin-tuc', slug: item.slug }, props: { card: newsShareCard(item) } })),
  ];
}) satisfies GetStaticPaths;

/** Kept with Astro's own cache, so a clean clone starts empty and a rebuild reuses the pictures. */
const CACHE = path.join(process.env['DVK_CACHE_DIR'] ?? 'node_modules/.astro', 'share-images');

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { png } = await getShareImage(props.card, CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
