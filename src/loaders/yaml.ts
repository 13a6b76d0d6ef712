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
import { parseYaml } from './frontmatter.ts';

export function yamlEntries(options: { file: string; schema: z.ZodType }): Loader {
  return {
    name: 'vietnamese-yaml-loader',
    async load({ config, store, parseData, watcher }) {
      const absolute = path.join(fileURLToPath(config.root), options.file);
      const sync = async () => {
        const items = parseYaml(await readFile(absolute, 'utf8'), options.file);
        if (!Array.isArray(items)) {
          throw new ContentError([
            { file: options.file, message: 'tệp phải là một danh sách, mỗi mục bắt đầu bằng “- id: …”.' },
          ]);
        }
        const problems: ContentProblem[] = [];
        const seen = new Set<string>();
        const valid: { id: string; data: Record<string, unknown> }[] = [];
        items.forEach((item: unknown, index) => {
          const where = `${options.file} (mục thứ ${index + 1})`;
          const checked = options.schema.safeParse(item, { error: describeIssue });
          if (!checked.success) {
            problems.push(...toProblems(where, checked.error.issues));
            return;
          }
          const data = item as Record<string, unknown>;
          const id = String(data['id']);
          if (seen.has(id)) {
            problems.push({ file: where, field: 'id', message: `id “${id}” bị trùng với một mục phía trên. Mỗi id chỉ dùng một lần.` });
            return;
          }
          seen.add(id);
          valid.push({ id, data });
        });
        if (problems.length > 0) throw new ContentError(problems);
        store.clear();
        for (const { id, data } of valid) {
          store.set({ id, data: await parseData({ id, data, filePath: absolute }), filePath: options.file });
        }
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('change', async (changed) => {
        if (changed === absolute) await sync();
      });
    },
  };
}
