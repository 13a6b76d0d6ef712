/**
 * Loads Markdown/MDX entries (one file, or one folder with `index.md` and its pictures, per entry)
 * on top of Astro's glob loader, adding what editors need:
 * - URL slugs that are ASCII (đ → d), from `slug:` or the file/folder name, and unique;
 * - dates read as written (see `frontmatter.ts`);
 * - every schema problem of a file reported at once, in Vietnamese, with the file and the field;
 * - MDX components used as documented (src/lib/mdx-components.ts), with the file and the line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, describeIssue, toProblems } from '../lib/content-errors.ts';
import { checkBody } from '../lib/mdx-plugin.ts';
import { relativePosix } from '../lib/posix-path.ts';
import { refusedContentFiles } from './content-files.ts';
import { EntryInfoCache } from './entry-info-cache.ts';
import { loaderFingerprint } from './fingerprint.ts';
import { claimSlug, entryChecker, ENTRY_PATTERN, entrySlug, slugFromName, type SchemaFactory } from './entries.ts';
import { bodyAfterFrontmatter, placeholderProblem, readFrontmatter } from './frontmatter.ts';
import { reportUntilSettled } from './settle.ts';
import { readContentFileSync } from './text-file.ts';
import { writingAfterHandlers } from '../lib/store-write.ts';

/** The part of Astro's content entry types (md, mdx) this loader wraps. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body?: string }>;
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * The entry without the copy of its frontmatter that Astro keeps beside its data for `render()`'s
 * `remarkPluginFrontmatter`, which this site never reads. At the province's scale that copy is a
 * fifth of the content store (`npm run dev`'s, at bench scale: 6.34 MB with it, 5.19 MB without),
 * which the dev server writes, reads back and parses at every save, and every build loads.
 */
export function withoutFrontmatterCopy(entry: StoredEntry): StoredEntry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}

export function markdownEntries(options: { base: string; schema: SchemaFactory }): Loader {
  const slugOwners = new Map<string, string>();
  const check = entryChecker(options.schema);
  /** What the loader last read from each file (absolute path), for the dev server's watcher. */
  const lastRead = new Map<string, string>();
  let root = '';
  const relative = (file: string) => relativePosix(root, file);

  const inner = glob({
    pattern: ENTRY_PATTERN,
    base: options.base,
    generateId({ entry, data }) {
      const file = path.posix.join(options.base, entry);
      const id = entrySlug(entry, data);
      const stillExists = (owner: string) => existsSync(path.join(root, owner));
      const problem = claimSlug(id, file, slugOwners, stillExists, slugFromName(data));
      if (problem) throw new ContentError([problem]);
      return id;
    },
  });

  return {
    name: 'vietnamese-markdown-loader',
    async load(context: LoaderContext) {
      root = fileURLToPath(context.config.root);
      // An entry under a name the glob does not read (index.MD, index.md.txt) would be missing
      // from the site without a word; `npm run check` lists it too (src/loaders/content-files.ts).
      const refused = refusedContentFiles(path.resolve(root, options.base), root);
      if (refused.length > 0) throw new ContentError(refused);
      // `entryTypes` is passed to every loader (Astro's own glob loader reads it) but is not in the
      // public LoaderContext type; wrapping it is how dates reach the schema as written.
      const { entryTypes: originalTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const fingerprint = loaderFingerprint(root);
      // What an unchanged file gave at the last sync (entry-info-cache.ts), made by the same code.
      // Also when Astro has just emptied its store because one of its settings changed (a dev
      // server started with another --port or --host): what was kept does not depend on them.
      // Only a forced build or sync (`--force`, which Astro does not pass to loaders) reads every
      // file anew; the incremental build tests compare with such builds.
      const cache = new EntryInfoCache(
        path.join(fileURLToPath(context.config.cacheDir), 'dvk-entry-info', `${context.collection}.bin`),
        fingerprint,
      );
      const useCache = !process.argv.includes('--force');
      if (useCache) cache.read();
      const entryTypes = new Map(
        [...originalTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            async getEntryInfo(params: { contents: string; fileUrl: URL }) {
              const absolute = fileURLToPath(params.fileUrl);
              lastRead.set(absolute, params.contents);
              const kept = useCache ? cache.get(absolute, params.contents) : undefined;
              if (kept) return { data: kept, body: bodyAfterFrontmatter(params.contents) };
              const file = relative(absolute);
              // Astro read the file as UTF-8 whatever it is; its bytes say whether it was.
              const contents = readContentFileSync(params.fileUrl, file);
              const data = readFrontmatter(contents, file);
              // Fill-in text must never reach the public site; a draft may keep it while being written.
              const placeholder = data['draft'] === true ? undefined : placeholderProblem(params.contents, false);
              if (placeholder)
                throw new ContentError([{ file: `${file}:${placeholder.line}`, message: placeholder.message }]);
              // MDX components used as documented, none in a Markdown file: checked here too, so a
              // Markdown file fails the build (Astro only logs a failed render) and an MDX file fails
              // with the other loading mistakes, before the pages are bundled.
              const body = await checkBody(params.contents, absolute, data, { root });
              if (body.length > 0) throw new ContentError(body);
              // Kept only when the bytes read here are the text Astro read: a save between the two
              // reads would otherwise keep one text's data under the other's hash.
              if (contents === params.contents.replace(/^\uFEFF/, '')) cache.set(absolute, params.contents, data);
              // Astro's glob loader reads `data` and `body` only. Astro's own getEntryInfo would parse
              // the YAML a second time (0.46–0.74 s per 3,400 entries on a 2-core machine) for a
              // body that is the same (tests/loaders/frontmatter.test.ts compares them).
              return { data, body: bodyAfterFrontmatter(params.contents) };
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = relative(props.filePath ?? '');
        const checked = check(props.data, props.filePath ?? '', { error: describeIssue });
        if (!checked.success) throw new ContentError(toProblems(file, checked.error.issues));
        return context.parseData(props);
      };
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(`${fingerprint}\n${typeof data === 'string' ? data : JSON.stringify(data)}`);
      const base = path.resolve(root, options.base);
      const owns = (file: string) => {
        const entry = path.relative(base, file);
        return !entry.startsWith('..') && path.matchesGlob(entry, ENTRY_PATTERN);
      };
      if (context.watcher) {
        reportUntilSettled(context.watcher, {
          owns,
          lastRead: (file) => lastRead.get(file),
          warn: (message) => context.logger.warn(message),
        });
      }
      // A saved file reaches the dev server's page without Astro's half-second wait (store-write.ts).
      const watcher = context.watcher && writingAfterHandlers(context.watcher, owns);
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => context.store.set(withoutFrontmatterCopy(entry)),
      };
      await inner.load({ ...context, store, watcher, entryTypes, parseData, generateDigest } as LoaderContext);
      cache.write();
    },
  };
}
