/**
 * Loads Markdown/MDX entries (one file, or one folder with `index.md` and its pictures, per entry)
 * on top of Astro's glob loader, adding what editors need:
 * - URL slugs that are ASCII (đ → d), from `slug:` or the file/folder name, and unique;
 * - dates read as written (see `frontmatter.ts`);
 * - every schema problem of a file reported at once, in Vietnamese, with the file and the field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, describeIssue, toProblems } from '../lib/content-errors.ts';
import { claimSlug, entryChecker, ENTRY_PATTERN, entrySlug, type SchemaFactory } from './entries.ts';
import { placeholderProblem, readFrontmatter } from './frontmatter.ts';

/** The part of Astro's content entry types (md, mdx) this loader wraps. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown> }>;
}

/**
 * Astro keeps parsed entries between builds and re-parses only files whose text changed; it
 * clears that cache when src/content.config.ts changes, but not when a module the schemas import
 * does. Mixing this fingerprint of the schema and loader sources into each entry's digest makes
 * a schema change re-parse every entry (otherwise new defaults would be missing from old ones).
 */
function schemaFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = [
    ...['src/schemas', 'src/loaders'].flatMap((dir) =>
      readdirSync(path.join(root, dir))
        .sort()
        .map((file) => path.join(dir, file)),
    ),
    // The rules the schemas call: a day that exists (isIsoDate), a slug (isSlug), the error messages.
    'src/lib/format.ts',
    'src/lib/text.ts',
    'src/lib/content-errors.ts',
  ];
  for (const file of files) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export function markdownEntries(options: { base: string; schema: SchemaFactory }): Loader {
  const slugOwners = new Map<string, string>();
  const check = entryChecker(options.schema);
  let root = '';
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const inner = glob({
    pattern: ENTRY_PATTERN,
    base: options.base,
    generateId({ entry, data }) {
      const file = path.posix.join(options.base, entry);
      const id = entrySlug(entry, data);
      const problem = claimSlug(id, file, slugOwners, (owner) => existsSync(path.join(root, owner)));
      if (problem) throw new ContentError([problem]);
      return id;
    },
  });

  return {
    name: 'vietnamese-markdown-loader',
    load(context: LoaderContext) {
      root = fileURLToPath(context.config.root);
      // `entryTypes` is passed to every loader (Astro's own glob loader reads it) but is not in the
      // public LoaderContext type; wrapping it is how dates reach the schema as written.
      const { entryTypes: originalTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const entryTypes = new Map(
        [...originalTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            async getEntryInfo(params: { contents: string; fileUrl: URL }) {
              const file = relative(fileURLToPath(params.fileUrl));
              const data = readFrontmatter(params.contents, file);
              // Fill-in text must never reach the public site; a draft may keep it while being written.
              const placeholder = data['draft'] === true ? undefined : placeholderProblem(params.contents, false);
              if (placeholder)
                throw new ContentError([{ file: `${file}:${placeholder.line}`, message: placeholder.message }]);
              const info = await type.getEntryInfo(params);
              return { ...info, data };
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
      const fingerprint = schemaFingerprint(root);
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(`${fingerprint}\n${typeof data === 'string' ? data : JSON.stringify(data)}`);
      return inner.load({ ...context, entryTypes, parseData, generateDigest } as LoaderContext);
    },
  };
}
