/**
 * Loads Markdown/MDX entries (one file, or one folder with `index.md` and its pictures, per entry)
 * on top of Astro's glob loader, adding what editors need:
 * - URL slugs that are ASCII (đ → d), from `slug:` or the file/folder name, and unique;
 * - dates read as written (see `frontmatter.ts`);
 * - every schema problem of a file reported at once, in Vietnamese, with the file and the field.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { SchemaContext } from 'astro:content';
import { ContentError, describeIssue, toProblems } from '../lib/content-errors.ts';
import { isSlug, toSlug } from '../lib/text.ts';
import { readFrontmatter } from './frontmatter.ts';

type SchemaFactory = (context: SchemaContext) => z.ZodType;

/** The part of Astro's content entry types (md, mdx) this loader wraps. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown> }>;
}

/** URL segments that listing pages use, so no entry may take them as its slug. */
export const RESERVED_SLUGS = ['trang'];

/** The slug an entry gets: its `slug` field, else its file name, else its folder name for index files. */
export function entrySlug(entry: string, data: Record<string, unknown>): string {
  if (typeof data['slug'] === 'string' && data['slug'] !== '') return data['slug'];
  const parsed = path.posix.parse(entry);
  const stem = parsed.name === 'index' ? path.posix.basename(parsed.dir) : parsed.name;
  return toSlug(stem);
}

/**
 * The schema with `image()` replaced by a check that the file exists next to the entry, so all
 * of a file's problems (including a missing picture) are found in one pass before Astro's own
 * parse, which stops at the first.
 */
function checkingSchema(schema: SchemaFactory, filePath: string): z.ZodType {
  const image = () =>
    z.string({ error: 'cần đường dẫn tới tệp ảnh, ví dụ ./anh-bia.png.' }).refine(
      (src) => existsSync(path.resolve(path.dirname(filePath), src)),
      { error: (issue) => `không tìm thấy tệp ảnh ${String(issue.input)} cạnh bài viết. Kiểm tra tên tệp và thư mục.` },
    );
  return schema({ image } as unknown as SchemaContext);
}

export function markdownEntries(options: { base: string; schema: SchemaFactory }): Loader {
  const slugOwners = new Map<string, string>();
  let root = '';
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');

  const inner = glob({
    pattern: '**/[^_]*.{md,mdx}',
    base: options.base,
    generateId({ entry, data }) {
      const file = path.posix.join(options.base, entry);
      const id = entrySlug(entry, data);
      if (!isSlug(id)) {
        throw new ContentError([
          {
            file,
            field: 'slug',
            message: `“${id}” không dùng được làm địa chỉ. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ duong-ra-canh-dong.`,
          },
        ]);
      }
      if (RESERVED_SLUGS.includes(id)) {
        throw new ContentError([
          { file, field: 'slug', message: `“${id}” là địa chỉ dành riêng cho trang danh sách. Hãy đặt slug khác.` },
        ]);
      }
      const owner = slugOwners.get(id);
      if (owner && owner !== file && existsSync(path.join(root, owner))) {
        throw new ContentError([
          {
            file,
            field: 'slug',
            message: `địa chỉ “${id}” đã được dùng bởi ${owner}. Hai bài không thể có cùng địa chỉ: đổi tên tệp hoặc thêm trường slug khác.`,
          },
        ]);
      }
      slugOwners.set(id, file);
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
              const data = readFrontmatter(params.contents, relative(fileURLToPath(params.fileUrl)));
              const info = await type.getEntryInfo(params);
              return { ...info, data };
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = relative(props.filePath ?? '');
        const checked = await checkingSchema(options.schema, props.filePath ?? '').safeParseAsync(props.data, {
          error: describeIssue,
        });
        if (!checked.success) throw new ContentError(toProblems(file, checked.error.issues));
        return context.parseData(props);
      };
      return inner.load({ ...context, entryTypes, parseData } as LoaderContext);
    },
  };
}
