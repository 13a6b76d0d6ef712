/**
 * /anh-chia-se/mo-hinh/<slug>.png and /anh-chia-se/tin-tuc/<slug>.png: the 1200×630 picture Zalo
 * and Facebook show when a page is shared, drawn at build time and cached by its content.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { keyedPath } from '../../../lib/cache-keys.ts';
import { getCatalog } from '../../../lib/content.ts';
import { modelShareCard, newsShareCard } from '../../../lib/share.ts';
import { getShareImage, shareImageCacheDir, shareImageKey, type ShareCard } from '../../../lib/share-image.ts';

/** The picture depends on the card alone, so the card's hash is the incremental-build key too. */
const withCard = (kind: string, slug: string, card: ShareCard) =>
  keyedPath({ params: { kind, slug }, props: { card } }, () => shareImageKey(card));

export const getStaticPaths = (async () => {
  const { models, news } = await getCatalog();
  return [
    ...models.map((model) => withCard('mo-hinh', model.slug, modelShareCard(model))),
    ...news.map((item) => withCard('tin-tuc', item.slug, newsShareCard(item))),
  ];
}) satisfies GetStaticPaths;

const CACHE = shareImageCacheDir();

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { png } = await getShareImage(props.card, CACHE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
