/**
 * What the web editor at /admin/ shows for a field, kept on the field itself with Zod's `.meta()`:
 * `title` is the field's Vietnamese label and `description` its hint (the standard keys, which the
 * JSON Schema Astro writes for content files also carries), `editor` the few choices a schema
 * cannot express (see EditorMeta). src/admin/config.ts reads them to generate the editor's config,
 * so a field, its rules, its error messages and its label live in one place, and a field added
 * without a label fails that generator's test.
 */
import type { z } from 'astro/zod';

export interface EditorMeta {
  /** A text area rather than a one-line box (summaries, paragraphs). */
  multiline?: boolean;
  /** What the "Add" button of a list adds: "số liệu" makes "Thêm số liệu". */
  singular?: string;
  /** How each option of an enum is shown, by value (values without one are shown as they are). */
  options?: Record<string, string>;
  /**
   * The value a new entry starts with in the editor, when it is not the schema's default (`{{now}}`:
   * today). Never given to existing entries (see newEntryValues in src/admin/config.ts).
   */
  initial?: unknown;
  /** How a collapsed list item or object is summed up, in the editor's `{{fields.name}}` templates. */
  summary?: string;
  /** A calendar day (`YYYY-MM-DD`): the editor shows a date picker. */
  date?: boolean;
  /** A regular expression the value must match, with the Vietnamese message shown when it does not. */
  pattern?: [string, string];
  /** Set by `ref()`: the field holds the id of an entry of that collection. */
  ref?: string;
  /** Set by the editor's stand-in for Astro's `image()`: the field is a picture beside the entry. */
  image?: boolean;
}

declare module 'zod/v4/core' {
  interface GlobalMeta {
    editor?: EditorMeta;
  }
}

/** A field's label and hint, as `.meta()` takes them. */
export function label(title: string, description?: string, editor?: EditorMeta): z.core.GlobalMeta {
  return { title, ...(description ? { description } : {}), ...(editor ? { editor } : {}) };
}
