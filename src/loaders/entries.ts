/**
 * Rules for Markdown/MDX entries shared by the build's loader and by `npm run check`: which slug a
 * file gets, whether that slug is acceptable, and the schema with pictures checked on disk.
 * No Astro runtime imports, so plain Node can use it.
 */
import { globSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { ContentProblem } from '../lib/content-errors.ts';
import { toPosix } from '../lib/posix-path.ts';
import { toSlug } from '../lib/text.ts';
import { slugMessage } from '../schemas/common.ts';
import { isSlug, MAX_SLUG_LENGTH } from '../schemas/rules.ts';
import { picturePathProblem } from './pictures.ts';

export type SchemaFactory = (context: SchemaContext) => z.ZodType;

/**
 * Files that are entries: Markdown or MDX, not starting with `_` (kept for notes and templates)
 * nor with `.` (hidden files: macOS leaves `._index.md` beside each file copied to a USB stick,
 * which Astro's glob would read while Node's skips it). Both globs agree on this pattern
 * (tests/loaders/entries.test.ts); src/loaders/content-files.ts lists every other file.
 */
export const ENTRY_PATTERN = '**/[^_.]*.{md,mdx}';

/**
 * The entry files of one collection under `contentDir`, sorted, as `collection/…/index.md` with
 * `/`: what ENTRY_PATTERN selects, for plain Node (`npm run check`, the sitemap filter).
 */
export function listEntryFiles(contentDir: string, collection: string): string[] {
  return globSync(`${collection}/${ENTRY_PATTERN}`, { cwd: contentDir }).map(toPosix).sort();
}

/** URL segments that listing pages use, so no entry may take them as its slug. */
export const RESERVED_SLUGS = ['trang'];

/** Whether an entry's slug comes from its file or folder name (it has no `slug:` of its own). */
export function slugFromName(data: Record<string, unknown>): boolean {
  return !(typeof data['slug'] === 'string' && data['slug'] !== '');
}

/** The slug an entry gets: its `slug` field, else its file name, else its folder name for index files. */
export function entrySlug(entry: string, data: Record<string, unknown>): string {
  if (!slugFromName(data)) return data['slug'] as string;
  const parsed = path.posix.parse(entry);
  // `Index.md` is an index file too: its entry is named after its folder, not "index".
  const stem = parsed.name.toLowerCase() === 'index' ? path.posix.basename(parsed.dir) : parsed.name;
  return toSlug(stem);
}

/**
 * Whether `slug` may be used by `file`, given who already owns which slug. Returns the problem, or
 * records the owner and returns undefined. `fromName`: the slug was made from the file or folder
 * name (see `slugFromName`), so the fix is to rename it.
 */
export function claimSlug(
  slug: string,
  file: string,
  owners: Map<string, string>,
  stillExists: (file: string) => boolean = () => true,
  fromName = false,
): ContentProblem | undefined {
  if (!isSlug(slug) || slug.length > MAX_SLUG_LENGTH) {
    return { file, field: 'slug', message: slugMessage(slug, fromName) };
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return { file, field: 'slug', message: `“${slug}” là địa chỉ dành riêng cho trang danh sách. Hãy đặt slug khác.` };
  }
  const owner = owners.get(slug);
  if (owner && owner !== file && stillExists(owner)) {
    return {
      file,
      field: 'slug',
      message: `địa chỉ “${slug}” đã được dùng bởi ${owner}. Hai bài không thể có cùng địa chỉ: đổi tên tệp hoặc thêm trường slug khác.`,
    };
  }
  owners.set(slug, file);
  return undefined;
}

/**
 * Checks entries against `schema` with `image()` replaced by a check that the file is in the
 * entry's folder, well named and there (`pictures.ts`), so all of a file's problems (a missing picture included) are found in one pass.
 * The schema is built once per factory, not once per entry (building a zod schema costs more than
 * checking an entry with it); the entry's folder is handed to the picture check during each
 * synchronous parse.
 */
export function entryChecker(schema: SchemaFactory) {
  let folder = '';
  const image = () =>
    z.string({ error: 'cần đường dẫn tới tệp ảnh, ví dụ ./anh-bia.png.' }).superRefine((src, ctx) => {
      const problem = picturePathProblem(folder, src);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: src });
    });
  const checking = schema({ image } as unknown as SchemaContext);
  return (data: unknown, filePath: string, params?: Parameters<z.ZodType['safeParse']>[1]) => {
    folder = path.dirname(filePath);
    try {
      return checking.safeParse(data, params);
    } finally {
      folder = '';
    }
  };
}
