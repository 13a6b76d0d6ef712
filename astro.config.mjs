// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/config.ts';

// Settings are explained where they are not obvious; site-wide values live in src/config.ts.
export default defineConfig({
  site: SITE_URL,
  // Every page is a folder with index.html: /mo-hinh/ten-mo-hinh/ is the stable public URL.
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx()],
  // The default 'jsx' mode drops the line break between two inline elements, gluing Vietnamese
  // words together on screen and in the search index ("conđường"). Full HTML compression keeps them.
  compressHTML: true,
  // The build-failure tests build broken content in parallel folders; each gets its own cache.
  ...(process.env.DVK_CACHE_DIR ? { cacheDir: process.env.DVK_CACHE_DIR } : {}),
  ...(process.env.DVK_OUT_DIR ? { outDir: process.env.DVK_OUT_DIR } : {}),
  build: { format: 'directory' },
  // No prefetch, no dev toolbar: nothing that loads code a reader did not ask for.
  devToolbar: { enabled: false },
});
