/**
 * `npm run dev` writes its content store as soon as a loader has stored a saved file, not half a
 * second later (src/lib/store-write.ts says why).
 *
 * Astro's public way to run a content sync, `refreshContent`, does nothing while Astro reloads the
 * content config, and Astro reloads it after every change of a Markdown file: a save always meets
 * that moment, so it was never written sooner. The sync is asked instead of the content layer
 * itself, which waits for the config. That layer is not exported by Astro, so it is found in the
 * module of Astro's that keeps it (`contentLayer()`; tests/lib/store-write.test.ts checks it is
 * still there in the installed Astro). The sync names no loader, so it runs none: it only writes
 * what the loaders stored, as every sync does at its end.
 */
import type { AstroIntegration } from 'astro';
import { setStoreWrite } from '../lib/store-write.ts';

/** A loader name no collection has: a sync limited to it runs no loader and only writes the store. */
export const NO_LOADER = 'dan-van-kheo/no-loader';

interface ContentLayer {
  sync(options: { loaders: string[] }): Promise<void>;
}

/** Astro's content layer of this dev server, from the module where Astro keeps it. */
export async function contentLayer(): Promise<ContentLayer | null | undefined> {
  const module: unknown = await import(new URL('content/instance.js', import.meta.resolve('astro')).href);
  const holder = (module as { globalContentLayer?: { get?: () => ContentLayer | null } }).globalContentLayer;
  return typeof holder?.get === 'function' ? holder.get() : undefined;
}

export function immediateDevSaves(): AstroIntegration {
  return {
    name: 'dan-van-kheo/dev-saves',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const stop = setStoreWrite(
          async () => {
            const layer = await contentLayer().catch(() => undefined);
            if (layer === undefined) {
              stop();
              logger.warn('Không tìm thấy lớp nội dung của Astro: bài vừa lưu sẽ hiện chậm hơn nửa giây.');
              return;
            }
            await layer?.sync({ loaders: [NO_LOADER] });
          },
          (error) => logger.error(error instanceof Error ? error.message : String(error)),
        );
        server.httpServer?.once('close', stop);
      },
    },
  };
}
