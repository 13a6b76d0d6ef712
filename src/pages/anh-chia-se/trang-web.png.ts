/**
 * /anh-chia-se/trang-web.png: the site's own 1200×630 share picture. Zalo and Facebook show it for
 * every page that has no picture of its own (the home page, listings, places, fields, organisations);
 * model and news pages have theirs (`[kind]/[slug].png.ts`). Drawn like theirs, cached by its content.
 */
import type { APIRoute } from 'astro';
import { siteShareCard } from '../../lib/share.ts';
import { getShareImage, shareImageCacheDir } from '../../lib/share-image.ts';

export const GET: APIRoute = async () => {
  const { png } = await getShareImage(siteShareCard(), shareImageCacheDir());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
