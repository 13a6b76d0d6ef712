// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig, fontProviders, sharpImageService } from 'astro/config';
import { SITE_URL } from './src/config.ts';
import { adminEditor } from './src/integrations/admin.ts';
import { checkGate } from './src/integrations/check-gate.ts';
import { devAssetImports } from './src/integrations/dev-asset-imports.ts';
import { devStoreRefresh } from './src/integrations/dev-store-refresh.ts';
import { immediateDevSaves } from './src/integrations/dev-saves.ts';
import { imageCache } from './src/integrations/image-cache.ts';
import { contentProcessor } from './src/lib/mdx-plugin.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { unfinishedBuildGuard } from './src/integrations/unfinished-build.ts';
import { getCacheDir, getOutDir } from './src/lib/env.ts';
import { CONTENT_DIR } from './src/lib/paths.ts';
import { notSiteSource, SITE_SOURCES } from './src/lib/dev-watch.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = getCacheDir();
const outDir = getOutDir();

// Settings are explained where they are not obvious; site-wide values live in src/config.ts.
export default defineConfig({
  site: SITE_URL,
  // Every page is a folder with index.html: /mo-hinh/ten-mo-hinh/ is the stable public URL.
  trailingSlash: 'always',
  output: 'static',
  // The sitemap lists public pages only: no 404 page, no redirect pages at former addresses. The
  // web editor for staff is added to the built site (and served by `npm run dev`) at /admin/.
  // Processed pictures made with other encoder settings are not reused (src/integrations/image-cache.ts).
  // `npm run dev` writes its content store as soon as a save is read (src/integrations/dev-saves.ts),
  // never keeps a page on the store as it was before and serves the store's module as a few lines
  // that read it (src/integrations/dev-store-refresh.ts), holds each picture's size in the list of
  // every picture instead of making it a module (dev-inline-pictures.ts), and does not transform or
  // evaluate that list again when it did not change (dev-asset-imports.ts).
  // `npm run build` checks the content while Astro starts, and Astro waits for its verdict before
  // building anything (src/integrations/check-gate.ts).
  // The search index is not an integration: `npm run build` writes it once Astro has exited
  // (scripts/lib/search-index.ts), so Pagefind's memory never adds to Astro's.
  integrations: [
    // First, so that nothing else starts its build before `npm run build`'s content check has passed.
    checkGate(),
    // A build stopped halfway leaves Astro's copies of pages ahead of its record of them.
    unfinishedBuildGuard(),
    imageCache(),
    mdx(),
    sitemap({ filter: sitemapFilter(CONTENT_DIR) }),
    adminEditor({ contentDir: CONTENT_DIR }),
    devStoreRefresh(),
    immediateDevSaves(),
    devAssetImports(),
  ],
  // The default 'jsx' mode drops the line break between two inline elements, gluing Vietnamese
  // words together on screen and in the search index ("conđường"). Full HTML compression keeps them.
  compressHTML: true,
  // The build-failure tests build broken content in parallel folders; each gets its own cache.
  ...(cacheDir ? { cacheDir } : {}),
  ...(outDir ? { outDir } : {}),
  // Four pages rendered at a time: measured 15 % faster than one at 2,400 models on 2 cores; 8 or 12
  // were no faster than 4 (the last in docs/PERFORMANCE.md).
  build: { format: 'directory', concurrency: 4 },
  // Cover pictures are served as AVIF (WebP for older browsers). sharp's default AVIF effort (4)
  // spent about 3 s of CPU per cover on its four widths; effort 2 takes 0.47 s for files 8.5 %
  // larger (37.0 kB against 34.1 kB for the four; a phone loads one). Processed pictures are kept
  // between builds, but a fresh clone or a deploy without cache makes every one: with 2,400
  // covers that was hours of CPU (docs/PERFORMANCE.md).
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  // Shiki colours code with inline styles, which the CSP below refuses; articles here have no
  // code to colour, so code blocks stay plain.
  // The processor is Astro's default (Sätteri) with the rules of the MDX components editors use
  // (src/lib/mdx-components.ts): `.mdx` files share it, so a misused component stops the build
  // with the Vietnamese message `npm run check` gives.
  markdown: {
    syntaxHighlight: false,
    processor: contentProcessor({ root }),
  },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from the site
  // (Astro hashes its own inline ones). Pagefind compiles its WebAssembly and starts a worker from a
  // blob, hence 'wasm-unsafe-eval' and worker-src blob:. frame-ancestors needs a server header
  // (see deploy/), a <meta> cannot set it.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Headings in Be Vietnam Pro Bold, served from the site: two files cut to Vietnamese text by
  // scripts/subset-fonts.ts (about 26 kB together). Body text uses the phone's own font, which on
  // every current Android and iOS has Vietnamese: it costs nothing on slow mobile data. Astro
  // computes fallback metrics, so headings do not shift when the font arrives.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Be Vietnam Pro',
      cssVariable: '--font-heading',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [
          {
            weight: 700,
            style: 'normal',
            display: 'swap',
            src: ['./src/assets/fonts/be-vietnam-pro-700-latin.woff2'],
            unicodeRange: [
              'U+0000-00FF',
              'U+0131',
              'U+0152-0153',
              'U+02BB-02BC',
              'U+02C6',
              'U+02DA',
              'U+02DC',
              'U+2000-206F',
              'U+20AC',
              'U+2122',
              'U+2212',
              'U+FEFF',
              'U+FFFD',
            ],
          },
          {
            weight: 700,
            style: 'normal',
            display: 'swap',
            src: ['./src/assets/fonts/be-vietnam-pro-700-vietnamese.woff2'],
            unicodeRange: [
              'U+0102-0103',
              'U+0110-0111',
              'U+0128-0129',
              'U+0168-0169',
              'U+01A0-01A1',
              'U+01AF-01B0',
              'U+0300-0301',
              'U+0303-0304',
              'U+0308-0309',
              'U+0323',
              'U+0329',
              'U+1EA0-1EF9',
              'U+20AB',
            ],
          },
        ],
      },
    },
  ],
  // Incremental builds: a page whose cache key (src/lib/cache-keys.ts) and code are unchanged is
  // copied from the previous build instead of rendered again. tests/builds/incremental.test.ts
  // proves the result equals a full build after every kind of edit.
  experimental: { incrementalBuild: true },
  // No prefetch, no dev toolbar: nothing that loads code a reader did not ask for.
  devToolbar: { enabled: false },
  // Every .mdx entry made the bundler warn that Astro's own "use astro:head-inject" directive may
  // not be preserved: a known, harmless upstream report (withastro/astro#18087). Only that warning
  // is dropped, so the build log an editor reads stays clean and any other warning still shows.
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // `npm run dev` watches only what the site is made from, not dist/, caches or tests (src/lib/dev-watch.ts).
    server: { watch: { ignored: [notSiteSource(root, [...SITE_SOURCES, CONTENT_DIR])] } },
  },
});
