/**
 * `npm run normalise`: rewrites the frontmatter of every model and news item the way the web editor
 * (Sveltia CMS) writes it when it saves an entry, so that the first save of an entry in the editor
 * shows only what the editor changed. The editor rewrites the whole frontmatter: keys in the order
 * of its config (src/schemas/field-order.ts), `>-` blocks as one-line text, its own quoting.
 *
 * Sveltia CMS 0.221.1 (src/lib/services/contents/file/format.js in its source map):
 * `formatFrontMatter` writes `---\n${formatYAML(content)}\n---\n` and, when there is a body,
 * `\n${body}\n`; `formatYAML` is `stringify(obj, null, EDITOR_YAML_OPTIONS).trim()` from the `yaml`
 * package, version 2.9.1 in its bundle — pinned here to the same version, so the bytes are the same.
 * When it reads an entry it trims the whole file and drops the one blank line after the closing
 * `---` (file/parse.js), so the body it writes back is the body it read.
 *
 * Values never change, as the site reads them: every file is read back (js-yaml, CORE_SCHEMA, as the
 * loaders read it) and compared with what was meant; a file that would read differently is refused
 * and left as it is. The only differences allowed are the ones the editor itself makes, each read
 * the same by the schemas: `draft`/`featured` written out when absent (WRITTEN_DEFAULTS), empty
 * optional lists left out (OPTIONAL_LISTS), a bare year in a partial date written as text
 * (PARTIAL_DATES). Comments in the frontmatter are dropped, as the editor drops them.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import {
  Lexer,
  stringify,
  type CreateNodeOptions,
  type DocumentOptions,
  type SchemaOptions,
  type ToStringOptions,
} from 'yaml';
import { ContentError } from '../../src/lib/content-errors.ts';
import { relativePosix } from '../../src/lib/posix-path.ts';
import { listEntryFiles } from '../../src/loaders/entries.ts';
import { parseYaml } from '../../src/loaders/frontmatter.ts';
import { readContentFile } from '../../src/loaders/text-file.ts';
import {
  FIELD_ORDER,
  OPTIONAL_LISTS,
  PARTIAL_DATES,
  WRITTEN_DEFAULTS,
  type EntryCollection,
  type FieldOrder,
} from '../../src/schemas/field-order.ts';

/**
 * The options Sveltia CMS 0.221.1 passes to `yaml`'s `stringify` (format.js, `formatYAML`), with its
 * defaults for `output.yaml` (indent_size 2, indent_sequences true, quote 'none'): two spaces,
 * list items indented under their key, no line folding (each string on one line), strings plain
 * when YAML allows and in single quotes otherwise.
 */
export const EDITOR_YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const satisfies DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions;

/** Keys the editor's config does not know go last, sorted as Sveltia sorts them (serialize.js). */
const compare = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;

/** `data` as YAML, exactly as the editor writes a frontmatter block (without its `---` lines). */
export function serialiseFrontmatter(data: Record<string, unknown>): string {
  return stringify(data, null, EDITOR_YAML_OPTIONS).trim();
}

/** A whole entry file as the editor writes it: frontmatter, then a blank line and the body, if any. */
function assemble(head: string, body: string): string {
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** `data` and `body` as the editor writes an entry file (format.js, `formatFrontMatter`). */
export function formatEntry(data: Record<string, unknown>, body: string): string {
  return assemble(serialiseFrontmatter(data), body);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value with the keys of every object sorted: how the editor writes keys its config does not list. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort(compare)
      .map((key) => [key, sortedDeep(value[key])]),
  );
}

/** `object` with the keys in `order` first, in that order, then any other keys sorted. */
function inOrder(
  object: Record<string, unknown>,
  order: readonly string[],
  inner: (key: string, value: unknown) => unknown = (_key, value) => sortedDeep(value),
): Record<string, unknown> {
  const known = order.filter((key) => Object.hasOwn(object, key));
  const rest = Object.keys(object)
    .filter((key) => !order.includes(key))
    .sort(compare);
  return Object.fromEntries([
    ...known.map((key) => [key, inner(key, object[key])]),
    ...rest.map((key) => [key, sortedDeep(object[key])]),
  ]);
}

/** An entry's frontmatter with its fields (and those of its objects and list items) in `order`. */
export function orderFields(data: Record<string, unknown>, order: FieldOrder): Record<string, unknown> {
  return inOrder(data, order.fields, (key, value) => {
    const fields = order.nested[key];
    if (!fields) return sortedDeep(value);
    const item = (element: unknown) => (isPlainObject(element) ? inOrder(element, fields) : sortedDeep(element));
    return Array.isArray(value) ? value.map(item) : item(value);
  });
}

/** One thing the normaliser changes in a file besides order and style, said for the editor. */
export type EditorChange = string;

/**
 * The values the editor would write for `data`, as a new object, and what differs (in Vietnamese):
 * defaults written out, empty optional lists left out, bare years in partial dates made text. Each is
 * read the same by the schemas; nothing else changes.
 */
export function editorValues(
  data: Record<string, unknown>,
  collection: EntryCollection,
): { values: Record<string, unknown>; changes: EditorChange[] } {
  const values = structuredClone(data);
  const changes: EditorChange[] = [];
  for (const key of OPTIONAL_LISTS[collection]) {
    const value = values[key];
    if (Array.isArray(value) && value.length === 0) {
      delete values[key];
      changes.push(`bỏ danh sách rỗng “${key}: []”`);
    }
  }
  for (const [key, value] of Object.entries(WRITTEN_DEFAULTS[collection])) {
    if (!Object.hasOwn(values, key)) {
      values[key] = value;
      changes.push(`ghi rõ “${key}: ${value}” (giá trị trang vẫn dùng khi không ghi)`);
    }
  }
  for (const [key, fields] of Object.entries(PARTIAL_DATES[collection] as Record<string, readonly string[]>)) {
    const value = values[key];
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (!isPlainObject(item)) return;
      for (const field of fields) {
        const date = item[field];
        if (typeof date === 'number' && Number.isInteger(date)) {
          item[field] = String(date);
          const where = Array.isArray(value) ? `${key}.${index}.${field}` : `${key}.${field}`;
          changes.push(`ghi năm “${where}” thành chữ '${date}'`);
        }
      }
    });
  }
  return { values, changes };
}

/** Why a file cannot be normalised: it would read differently, or it cannot be read. */
export class NormaliseRefused extends Error {}

/** Where a file's frontmatter and body are, read as the editor reads them (see the header). */
function splitEntry(text: string): { head: string; body: string } | undefined {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(trimmed);
  if (!match) return undefined;
  return { head: match[1] ?? '', body: (match[2] ?? '').replace(/^\n/, '') };
}

export interface Normalised {
  /** The file as the editor writes it. */
  text: string;
  /** Whether that differs from the file as it is. */
  changed: boolean;
  /** What changed besides order and style (defaults written out, empty lists left out…). */
  changes: EditorChange[];
  /** Whether the file's body (after the closing `---` line) changes by a byte. */
  bodyChanged: boolean;
}

/**
 * `text` (an entry of `collection`, as read by readContentFile) as the editor writes it. Throws
 * NormaliseRefused, or the ContentError of a YAML mistake, when it cannot be rewritten without
 * changing what the site reads.
 */
export function normaliseEntry(text: string, collection: EntryCollection, file: string): Normalised {
  const parts = splitEntry(text);
  if (!parts) {
    throw new NormaliseRefused(
      `${file}: không tìm thấy phần thông tin đầu bài (giữa hai dòng “---”); không sửa tệp này.`,
    );
  }
  const data = parseYaml(parts.head, file, 1);
  if (!isPlainObject(data)) {
    throw new NormaliseRefused(
      `${file}: phần thông tin đầu bài không phải các trường “tên: giá trị”; không sửa tệp này.`,
    );
  }
  const { values, changes } = editorValues(data, collection);
  const head = serialiseFrontmatter(orderFields(values, FIELD_ORDER[collection]));
  const reread = yaml.load(head, { schema: yaml.CORE_SCHEMA });
  if (!isDeepStrictEqual(reread, values)) {
    const differs = Object.keys(values).filter(
      (key) => !isDeepStrictEqual((reread as Record<string, unknown>)?.[key], values[key]),
    );
    throw new NormaliseRefused(
      `${file}: viết lại thì giá trị của trường ${differs.map((key) => `“${key}”`).join(', ')} sẽ bị đọc khác đi, nên không sửa tệp này (tệp giữ nguyên). Trình soạn thảo web cũng viết giá trị ấy như vậy: nếu sửa bài này trong trình soạn thảo, chạy “npm run check” sau khi lưu.`,
    );
  }
  const out = assemble(head, parts.body);
  const opening = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  const oldBody = opening ? text.slice(opening[0].length) : text;
  const newBody = out.slice(assemble(head, '').length);
  if ([...new Lexer().lex(parts.head)].some((token) => token.startsWith('#'))) {
    changes.push('bỏ các dòng ghi chú “#” trong phần thông tin đầu bài (trình soạn thảo cũng bỏ chúng khi lưu)');
  }
  return { text: out, changed: out !== text, changes, bodyChanged: oldBody !== newBody };
}

/** What happened to one entry file. */
export interface FileResult {
  /** As shown to the editor: `content/models/…/index.md`, relative to the project. */
  file: string;
  status: 'unchanged' | 'normalised' | 'refused';
  /** For `normalised`: what changed besides order and style. For `refused`: why. */
  notes: string[];
  /** For `normalised`: whether the body changed by a byte (only line endings and blank lines at its edges can). */
  bodyChanged?: boolean;
}

/**
 * Normalises every model and news item under `contentRoot` (what the site reads: listEntryFiles).
 * `write: false` only reports (`--check`). Files are named relative to `projectRoot`.
 */
export async function normaliseContent(
  projectRoot: string,
  contentRoot: string,
  { write }: { write: boolean },
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const collection of Object.keys(FIELD_ORDER) as EntryCollection[]) {
    for (const entry of listEntryFiles(contentRoot, collection)) {
      const absolute = path.join(contentRoot, entry);
      const file = relativePosix(projectRoot, absolute);
      try {
        const text = await readContentFile(absolute, file);
        const result = normaliseEntry(text, collection, file);
        if (!result.changed) {
          results.push({ file, status: 'unchanged', notes: [] });
          continue;
        }
        if (write) await writeFile(absolute, result.text);
        results.push({ file, status: 'normalised', notes: result.changes, bodyChanged: result.bodyChanged });
      } catch (error) {
        if (error instanceof ContentError) {
          results.push({ file, status: 'refused', notes: error.problems.map((p) => p.message) });
        } else if (error instanceof NormaliseRefused) {
          results.push({ file, status: 'refused', notes: [error.message] });
        } else {
          throw error;
        }
      }
    }
  }
  return results;
}

/** The report an editor reads, in Vietnamese. `check`: nothing was written. */
export function formatNormaliseReport(results: readonly FileResult[], check: boolean): string {
  const lines: string[] = [];
  const pending = results.filter((r) => r.status === 'normalised');
  const refused = results.filter((r) => r.status === 'refused');
  for (const result of pending) {
    const notes = [...result.notes, ...(result.bodyChanged ? ['dòng trống ở đầu hoặc cuối phần nội dung'] : [])];
    lines.push(`  • ${result.file}${notes.length > 0 ? `: ${notes.join('; ')}` : ''}`);
  }
  for (const result of refused) lines.push(`  ✗ ${result.file}: ${result.notes.join(' ')}`);
  const total = `${results.length} bài`;
  const summary = check
    ? pending.length === 0 && refused.length === 0
      ? `Cả ${total} đã viết đúng thứ tự và cách viết của trình soạn thảo.`
      : `${pending.length} trong ${total} chưa viết theo thứ tự và cách viết của trình soạn thảo${refused.length > 0 ? `, ${refused.length} bài không viết lại được` : ''}. Chạy “npm run normalise” để viết lại (giá trị không đổi).`
    : pending.length === 0 && refused.length === 0
      ? `Cả ${total} đã đúng, không sửa tệp nào.`
      : `Đã viết lại ${pending.length} trong ${total} (thứ tự trường và cách viết; giá trị không đổi)${refused.length > 0 ? `; ${refused.length} bài không sửa được, xem ✗` : ''}.`;
  return [...lines, summary].join('\n');
}
