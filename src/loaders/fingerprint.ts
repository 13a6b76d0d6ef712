/**
 * Fingerprints of the code that reads content: when it changes, what the loaders stored or kept
 * from an unchanged file must be made again (markdown.ts, yaml.ts, entry-info-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro keeps parsed entries between builds and re-parses only files whose text changed; it
 * clears that cache when src/content.config.ts changes, but not when a module the schemas or
 * loaders import does. Mixing this fingerprint into each entry's digest makes such a change
 * re-parse every entry (otherwise new defaults would be missing from old ones). It covers every
 * file under src/schemas/ and src/loaders/ and every project module they import, found by
 * following their relative imports, so no list of files has to be kept by hand.
 */
export function schemaFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of getSourceClosure(root, ['src/schemas', 'src/loaders'])) {
    hash.update(file).update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A hash of the packages installed in `root` (npm's record of them, `node_modules/.package-lock.json`,
 * or else the lock file): a new version of the YAML, Markdown or MDX parser may read an unchanged
 * file otherwise. Empty when neither exists.
 */
export function installedPackagesHash(root: string): string {
  for (const file of ['node_modules/.package-lock.json', 'package-lock.json']) {
    try {
      return createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex')
        .slice(0, 16);
    } catch {
      // Not there: the next one.
    }
  }
  return '';
}

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g;

/** The files in `dirs` and every project file they import, transitively (paths from `root`, sorted). */
export function getSourceClosure(root: string, dirs: string[]): string[] {
  const seen = new Set<string>();
  const queue = dirs.flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.posix.join(dir, name)),
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) {
      const target = path.posix.join(path.posix.dirname(file), specifier!);
      if (existsSync(path.join(root, target))) queue.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * What the data a loader made from a text depends on besides the text: this project's code that
 * reads and checks it (`schemaFingerprint`) and the installed packages that parse it (YAML,
 * Markdown, MDX, zod; `installedPackagesHash`). Astro empties its store only for a new version of
 * Astro or a changed content.config.ts; a stored entry's digest, and the loader's cache of
 * unchanged files, carry this so that a change to either is read again.
 */
export function loaderFingerprint(root: string): string {
  return `${schemaFingerprint(root)} ${installedPackagesHash(root)}`;
}
