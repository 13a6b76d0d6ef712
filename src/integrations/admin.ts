/**
 * The web editor at /admin/, in the built site and in `npm run dev`: the bundle from
 * src/admin/bundle.ts (cached), its index.html with the admin Content-Security-Policy written in
 * (src/admin/csp.ts), and /admin/config.yml generated from the schemas (src/admin/config.ts). The
 * build writes them into the folder Astro built, which is the staging folder `npm run build` swaps
 * in only when everything succeeded; the dev server serves them from the cache. /admin/ is for
 * staff: it is left out of the sitemap (sitemap-filter.ts) and the search index (scripts/lib/search-index.ts),
 * and tells search engines not to index it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ADMIN_BASE, ensureAdminBundle, linkFiles, type AdminBundle } from '../admin/bundle.ts';
import { editorConfigYaml } from '../admin/config.ts';
import { adminCsp } from '../admin/csp.ts';

/** The placeholder src/admin/app/index.html carries where the policy goes. */
const CSP_PLACEHOLDER = '__DVK_ADMIN_CSP__';

/** The bundle's index.html with the admin policy in its <meta>. */
export function adminIndexHtml(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER))
    throw new Error('src/admin/app/index.html thiếu chỗ ghi Content-Security-Policy.');
  return html.replace(CSP_PLACEHOLDER, adminCsp());
}

/** Says whether the bundle was reused or made, and how long it took. */
function report(logger: AstroIntegrationLogger, bundle: AdminBundle): void {
  const seconds = (bundle.ms / 1000).toFixed(1).replace('.', ',');
  logger.info(
    bundle.built
      ? `Đã đóng gói trình biên tập /admin/ (${seconds} s), giữ trong bộ nhớ đệm cho các lần build sau.`
      : `Trình biên tập /admin/: dùng lại bản đóng gói trong bộ nhớ đệm (${bundle.key}).`,
  );
}

/** Writes /admin/ into the built site in `siteDir`. */
export async function writeAdmin(siteDir: string, bundleDir: string, contentDir: string): Promise<void> {
  const target = path.join(siteDir, 'admin');
  linkFiles(bundleDir, target, 'index.html');
  const page = adminIndexHtml(await readFile(path.join(bundleDir, 'index.html'), 'utf8'));
  await writeFile(path.join(target, 'index.html'), page);
  await writeFile(path.join(target, 'config.yml'), editorConfigYaml({ contentDir }));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface AdminIntegrationOptions {
  /** The content folder as the editor should see it, relative to the project root (`content`). */
  contentDir: string;
}

export function adminEditor({ contentDir }: AdminIntegrationOptions): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let pending: Promise<AdminBundle> | undefined;
  return {
    name: 'dvk-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Bundled on the first visit to /admin/, not when the dev server starts.
        const bundle = () => {
          pending ??= ensureAdminBundle(root, cacheDir).then((made) => (report(logger, made), made));
          pending.catch(() => (pending = undefined));
          return pending;
        };
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (url.pathname === '/admin') {
            response.writeHead(301, { Location: ADMIN_BASE }).end();
            return;
          }
          if (!url.pathname.startsWith(ADMIN_BASE)) return next();
          void serve(url.pathname.slice(ADMIN_BASE.length)).catch((error: Error) => {
            logger.error(`Không mở được trình biên tập: ${error.message}`);
            response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error.message);
          });
          async function serve(file: string) {
            const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };
            if (file === 'config.yml') {
              response.writeHead(200, { ...headers, 'Content-Type': TYPES['.yml']! });
              response.end(editorConfigYaml({ contentDir }));
              return;
            }
            const { dir } = await bundle();
            const name = file === '' ? 'index.html' : file;
            const full = path.join(dir, name);
            if (path.relative(dir, full).startsWith('..')) return next();
            let body: Buffer | string;
            try {
              body = await readFile(full);
            } catch {
              return next();
            }
            if (name === 'index.html') body = adminIndexHtml(body.toString('utf8'));
            response.writeHead(200, {
              ...headers,
              'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
            });
            response.end(body);
          }
        });
      },
      'astro:build:start': () => {
        // Bundling (when the cache has no bundle) runs while Astro renders the pages.
        pending = ensureAdminBundle(root, cacheDir);
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = await (pending ?? ensureAdminBundle(root, cacheDir));
        report(logger, bundle);
        await writeAdmin(fileURLToPath(dir), bundle.dir, contentDir);
      },
    },
  };
}
