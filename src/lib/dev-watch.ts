/**
 * What the dev server's file watcher follows. Vite watches the whole project folder by default:
 * at startup it walks every folder in it and opens a watch on every file, including the built
 * site (`dist/`: about 30,000 files for 2,400 models with their pictures), the build's caches
 * and the tests. At the bench's scale that walk took about 5 s of every `npm run dev` start, and
 * a large `dist/` can exhaust the system's limit on watched files.
 *
 * The site is made only from `src/`, `public/`, the content folder, Astro's own `.astro/` (the
 * content store it reloads from) and the files at the top of the project (astro.config.mjs,
 * tsconfig.json, package.json): everything else inside the project is left unwatched. Paths
 * outside the project (a content folder elsewhere, as the tests use) are left to Vite.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** The folders the site is made from, relative to the project root. */
export const SITE_SOURCES = ['src', 'public', '.astro'] as const;

/** True for a directory; false for a file or a path that is gone. */
function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A chokidar `ignored` test: true for a path inside `root` that is neither in one of `sources`
 * (nor on the way to one, like `.bench/` for `.bench/corpus/content`) nor a file at the top.
 */
export function notSiteSource(
  root: string,
  sources: readonly string[],
): (file: string, stats?: { isDirectory(): boolean }) => boolean {
  const top = path.resolve(root);
  const kept = sources.map((source) => path.resolve(top, source));
  const within = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
  return (file, stats) => {
    const absolute = path.resolve(top, file);
    const relative = path.relative(top, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    if (kept.some((dir) => within(absolute, dir) || within(dir, absolute))) return false;
    if (!relative.includes(path.sep)) return stats ? stats.isDirectory() : isDirectory(absolute);
    return true;
  };
}
