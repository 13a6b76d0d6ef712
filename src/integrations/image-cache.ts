/**
 * Keeps Astro's cache of processed pictures true to the encoder that made them. Astro names a
 * processed picture after its source and its transform (width, format, quality), not after the
 * image service's settings or the sharp that encoded it: when those change (AVIF effort 4 → 2,
 * a sharp upgrade), a build would keep serving the pictures the old settings made, and a fresh
 * clone of the same commit would build different bytes. So the cache's `assets/` folder carries a
 * stamp of what made it, and a build whose stamp differs starts that folder afresh (once).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The stamp's file name, inside `<cacheDir>/assets/`. */
export const STAMP_FILE = '.encoder.json';

/**
 * What the pictures in `assets/` depend on besides their source and transform: the service's
 * settings, and the versions of sharp and of the encoders it carries (libvips, AVIF, WebP, PNG).
 */
export async function encoderStamp(serviceConfig: unknown): Promise<string> {
  const { versions } = (await import('sharp')).default;
  const encoders = Object.fromEntries(
    ['sharp', 'vips', 'aom', 'heif', 'webp', 'png', 'imagequant', 'zlib-ng'].map((name) => [
      name,
      versions[name as keyof typeof versions] ?? null,
    ]),
  );
  return `${JSON.stringify({ versions: encoders, service: serviceConfig ?? null })}\n`;
}

/**
 * Empties `assetsDir` when it was made under another stamp (or has none but holds pictures), then
 * writes `stamp`. Returns whether pictures were dropped.
 */
export function renewImageCache(assetsDir: string, stamp: string): boolean {
  const stampFile = path.join(assetsDir, STAMP_FILE);
  const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined;
  if (previous === stamp) return false;
  const dropped = existsSync(assetsDir);
  if (dropped) rmSync(assetsDir, { recursive: true, force: true });
  mkdirSync(assetsDir, { recursive: true });
  writeFileSync(stampFile, stamp);
  return dropped;
}

export function imageCache(): AstroIntegration {
  return {
    name: 'dvk-image-cache',
    hooks: {
      // Only builds read and write the cache of processed pictures.
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const assetsDir = path.join(fileURLToPath(config.cacheDir), 'assets');
        if (renewImageCache(assetsDir, await encoderStamp(config.image.service.config))) {
          logger.info('Cách mã hoá ảnh đã thay đổi: các ảnh đã xử lý trước đây sẽ được làm lại.');
        }
      },
    },
  };
}
