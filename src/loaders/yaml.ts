/**
 * Loads a data collection from one YAML file holding a list of items, each with an `id`.
 * Unlike Astro's `file()` loader, a syntax error, a missing id or a repeated id stops the build
 * with a Vietnamese message instead of a log line and a silently missing entry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { ContentError, describeIssue, toProblems, type ContentProblem } from '../lib/content-errors.ts';
import { cleanInvisible, invisibleMessage } from '../lib/invisible.ts';
import { relativePosix } from '../lib/posix-path.ts';
import { parseYaml } from './frontmatter.ts';
import { reportUntilSettled } from './settle.ts';
import { decodeContentFile } from './text-file.ts';
import { loaderFingerprint } from './fingerprint.ts';
import { requestStoreWrite } from '../lib/store-write.ts';

export interface YamlItem {
  id: string;
  data: Record<string, unknown>;
  /** The item's parsed value, as the schema returns it. */
  parsed: unknown;
}

/**
 * Reads and checks a YAML list: every item against `schema`, ids unique. Returns the valid items,
 * every problem found, and the values whose invisible characters were removed (`removed`, which
 * `npm run check` shows as warnings); throws only for a file that is not a YAML list at all.
 */
export function readYamlList(
  text: string,
  file: string,
  schema: z.ZodType,
): { items: YamlItem[]; problems: ContentProblem[]; removed: ContentProblem[] } {
  const list = parseYaml(text, file);
  if (!Array.isArray(list)) {
    throw new ContentError([{ file, message: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng “- id: …”.' }]);
  }
  const problems: ContentProblem[] = [];
  const removed: ContentProblem[] = [];
  const seen = new Set<string>();
  const items: YamlItem[] = [];
  list.forEach((raw: unknown, index) => {
    const { value: item, found } = cleanInvisible(raw);
    // Warnings name the item by its id, as the other messages about list items do.
    const itemId = item && typeof item === 'object' && 'id' in item ? String(item.id) : '';
    const named = `${file} (${/^[a-z0-9-]+$/.test(itemId) ? itemId : `mục thứ ${index + 1}`})`;
    for (const { field, chars } of found) {
      removed.push({ file: named, ...(field ? { field } : {}), message: invisibleMessage(chars) });
    }
    const where = `${file} (mục thứ ${index + 1})`;
    const checked = schema.safeParse(item, { error: describeIssue });
    if (!checked.success) {
      problems.push(...toProblems(where, checked.error.issues));
      return;
    }
    const data = item as Record<string, unknown>;
    const id = String(data['id']);
    if (seen.has(id)) {
      problems.push({
        file: where,
        field: 'id',
        message: `id “${id}” bị trùng với một mục phía trên. Mỗi id chỉ dùng một lần.`,
      });
      return;
    }
    seen.add(id);
    items.push({ id, data, parsed: checked.data });
  });
  return { items, problems, removed };
}

export function yamlEntries(options: { file: string; schema: z.ZodType }): Loader {
  return {
    name: 'vietnamese-yaml-loader',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      // resolve, not join: DVK_CONTENT_DIR may be an absolute path outside the project.
      const absolute = path.resolve(root, options.file);
      // Astro's store wants paths relative to the project, whatever the content folder is.
      const fromRoot = relativePosix(root, absolute);
      // The code and packages that check and parse an item, in each item's digest (fingerprint.ts).
      const fingerprint = loaderFingerprint(root);
      /** The file's text as last read, for the dev server's watcher (settle.ts). */
      let lastRead: string | undefined;
      const sync = async () => {
        const bytes = await readFile(absolute);
        lastRead = bytes.toString('utf8');
        const text = decodeContentFile(bytes, options.file);
        const { items, problems } = readYamlList(text, options.file, options.schema);
        if (problems.length > 0) throw new ContentError(problems);
        // Only what changed is stored again. Any change to the store makes Astro serialise all of
        // it once more (0.4–0.5 s at the province's scale, docs/PERFORMANCE.md), and the lists used
        // to be emptied and filled at every content sync: every build and every dev server start.
        const listed = new Set(items.map(({ id }) => id));
        for (const id of store.keys()) if (!listed.has(id)) store.delete(id);
        for (const { id, data } of items) {
          const digest = generateDigest(`${fingerprint}\n${fromRoot}\n${JSON.stringify(data)}`);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: await parseData({ id, data, filePath: absolute }), filePath: fromRoot, digest });
        }
      };
      await sync();
      if (!watcher) return;
      watcher.add(absolute);
      // In the dev server a mistake is shown and the last good list kept until the file is fixed.
      watcher.on('change', async (changed) => {
        if (changed !== absolute) return;
        try {
          await sync();
          requestStoreWrite();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
      reportUntilSettled(watcher, {
        owns: (file) => file === absolute,
        lastRead: () => lastRead,
        warn: (message) => logger.warn(message),
      });
    },
  };
}
