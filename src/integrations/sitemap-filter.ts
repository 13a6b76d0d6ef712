/**
 * Which built pages go into the sitemap: not the 404 page, not the staff pages under /bien-tap/ and
 * /admin/ (the web editor), and not the redirect pages left at former addresses (`aliases`), which
 * search engines should forget. Drafts are never built, so they cannot appear. Runs in astro.config, before any collection is loaded, so it reads the
 * aliases straight from the content files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modelUrl, newsUrl } from '../lib/urls.ts';
import { listEntryFiles } from '../loaders/entries.ts';
import { readFrontmatter } from '../loaders/frontmatter.ts';

const URL_OF = { models: modelUrl, news: newsUrl } as const;

/** The paths of every alias redirect page, e.g. `/mo-hinh/ten-cu/`. */
export function getAliasPaths(contentDir: string): Set<string> {
  const paths = new Set<string>();
  for (const collection of ['models', 'news'] as const) {
    for (const file of listEntryFiles(contentDir, collection)) {
      const raw = readFileSync(path.join(contentDir, file), 'utf8');
      // Most entries were never renamed; parsing their frontmatter would only find nothing.
      if (!raw.includes('aliases:')) continue;
      try {
        const data = readFrontmatter(raw, file);
        if (Array.isArray(data['aliases']))
          for (const alias of data['aliases']) paths.add(URL_OF[collection](String(alias)));
      } catch {
        // A broken file fails the build with its own message; the sitemap need not repeat it.
      }
    }
  }
  return paths;
}

export function sitemapFilter(contentDir: string): (page: string) => boolean {
  // Read on first use: astro.config is also loaded by `astro dev` and `astro check`, which write no sitemap.
  let aliases: Set<string> | undefined;
  return (page) => {
    aliases ??= getAliasPaths(contentDir);
    const { pathname } = new URL(page);
    return (
      pathname !== '/404/' &&
      !pathname.startsWith('/bien-tap/') &&
      !pathname.startsWith('/admin/') &&
      !aliases.has(pathname)
    );
  };
}
