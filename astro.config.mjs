// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { CONTENT_DIR } from './src/lib/paths.ts';

// Settings are explained where they are not obvious; site-wide values live in src/config.ts.
export default defineConfig({
  site: SITE_URL,
  // Every page is a folder with index.html: /mo-hinh/ten-mo-hinh/ is the stable public URL.
  trailingSlash: 'always',
  output: 'static',
  // The sitemap lists public pages only: no 404 page, no redirect pages at former addresses.
  integrations: [mdx(), sitemap({ filter: sitemapFilter(CONTENT_DIR) }), searchIndex()],
  // The default 'jsx' mode drops the line break between two inline elements, gluing Vietnamese
  // words together on screen and in the search index ("conđường"). Full HTML compression keeps them.
  compressHTML: true,
  // The build-failure tests build broken content in parallel folders; each gets its own cache.
  ...(process.env.DVK_CACHE_DIR ? { cacheDir: process.env.DVK_CACHE_DIR } : {}),
  ...(process.env.DVK_OUT_DIR ? { outDir: process.env.DVK_OUT_DIR } : {}),
  build: { format: 'directory' },
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
  // No prefetch, no dev toolbar: nothing that loads code a reader did not ask for.
  devToolbar: { enabled: false },
});
