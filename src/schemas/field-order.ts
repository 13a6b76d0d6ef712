/**
 * The order an entry's fields are written in, in one place: `npm run new` writes its template in
 * this order, `npm run normalise` rewrites existing files to it, and the web editor's config lists
 * its fields in it. The editor (Sveltia CMS) rewrites the whole frontmatter of an entry it saves,
 * keys in the order of its config, so all three must agree or every first save makes a noisy diff.
 *
 * The order is the scaffolder's (scripts/lib/scaffold.ts, the order editors already know); fields
 * it does not write go where the schema declares them (`slug` under `title`, `gallery` after
 * `cover`, `featured` before `draft`). tests/schemas/field-order.test.ts fails when a schema field
 * has no place here, or a name here is no schema field.
 */
import type { Figure, Source } from './common.ts';
import type { ModelData } from './model.ts';
import type { NewsData } from './news.ts';

/** Fields of a picture (`cover`, `gallery` items). */
export const PICTURE_FIELDS = ['src', 'alt', 'credit', 'caption'] as const;

/** Fields of a key figure (`figures` items). */
export const FIGURE_FIELDS = [
  'label',
  'value',
  'qualifier',
  'unit',
  'asOf',
  'source',
  'scope',
] as const satisfies readonly (keyof Figure)[];

/** Fields of a source (`sources` items of a model, `source` of a news item). */
export const SOURCE_FIELDS = [
  'title',
  'outlet',
  'author',
  'date',
  'dateNotShown',
  'url',
  'noUrl',
  'repost',
  'originalOutlet',
  'danVanKheo',
] as const satisfies readonly (keyof Source)[];

/** Top-level fields of a model (content/models/…/index.md). */
export const MODEL_FIELDS = [
  'title',
  'slug',
  'summary',
  'place',
  'field',
  'kind',
  'movement',
  'organisations',
  'year',
  'startYear',
  'published',
  'updated',
  'cover',
  'gallery',
  'figures',
  'context',
  'steps',
  'results',
  'lessons',
  'replicate',
  'contact',
  'sources',
  'related',
  'aliases',
  'featured',
  'draft',
] as const satisfies readonly (keyof ModelData)[];

/** Top-level fields of a news item (content/news/…/index.md). */
export const NEWS_FIELDS = [
  'title',
  'slug',
  'summary',
  'date',
  'eventDate',
  'updated',
  'author',
  'source',
  'cover',
  'models',
  'organisations',
  'tags',
  'aliases',
  'draft',
] as const satisfies readonly (keyof NewsData)[];

/** The fields of one kind of entry, and the fields inside its objects and lists of objects. */
export interface FieldOrder {
  /** Top-level fields, in order. */
  readonly fields: readonly string[];
  /** For a field holding an object or a list of objects: the fields of that object, in order. */
  readonly nested: Readonly<Record<string, readonly string[]>>;
}

/** The field order of each collection of entries, by collection name (content/<name>/). */
export const FIELD_ORDER = {
  models: {
    fields: MODEL_FIELDS,
    nested: { cover: PICTURE_FIELDS, gallery: PICTURE_FIELDS, figures: FIGURE_FIELDS, sources: SOURCE_FIELDS },
  },
  news: {
    fields: NEWS_FIELDS,
    nested: { source: SOURCE_FIELDS, cover: PICTURE_FIELDS },
  },
} as const satisfies Record<'models' | 'news', FieldOrder>;

export type EntryCollection = keyof typeof FIELD_ORDER;

/**
 * Fields the editor always writes, with the value the site reads when they are absent (the schema's
 * default). Sveltia fills a missing boolean field with its config default, or `false`, when it opens
 * an entry, and writes it on save: an entry without `draft:` gains a line on its first save, and
 * with `draft` defaulting to true for new entries in the editor, that line would hide a published
 * entry. Writing them out once keeps a save to the change the editor made.
 */
export const WRITTEN_DEFAULTS = {
  models: { featured: false, draft: false },
  news: { draft: false },
} as const satisfies Record<EntryCollection, Record<string, boolean>>;

/**
 * Top-level list fields that may be left out (the schema's default is an empty list). The editor,
 * set to omit empty optional fields, writes nothing for them when they are empty.
 */
export const OPTIONAL_LISTS = {
  models: ['organisations', 'gallery', 'figures', 'steps', 'results', 'lessons', 'related', 'aliases'],
  news: ['models', 'organisations', 'tags', 'aliases'],
} as const satisfies Record<EntryCollection, readonly string[]>;

/**
 * Partial dates (2024, 2024-03, 2024-03-07) inside objects and lists of objects, by field: text in
 * the editor. YAML reads a bare `2024` as a number, which the schema takes as the year; the editor
 * turns it into the text '2024' when it opens the entry.
 */
export const PARTIAL_DATES = {
  models: { figures: ['asOf'], sources: ['date'] },
  news: { source: ['date'] },
} as const satisfies Record<EntryCollection, Record<string, readonly string[]>>;
