/**
 * Wires each collection to its loader and schema. The schemas live in `src/schemas/`, the content
 * in the top-level `content/` folder (see `src/lib/paths.ts`).
 */
import { defineCollection } from 'astro:content';
import { contentPath } from './lib/paths.ts';
import { markdownEntries } from './loaders/markdown.ts';
import { yamlEntries } from './loaders/yaml.ts';
import { fieldSchema } from './schemas/field.ts';
import { modelSchema } from './schemas/model.ts';
import { newsSchema } from './schemas/news.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { placeSchema } from './schemas/place.ts';

export const collections = {
  models: defineCollection({
    loader: markdownEntries({ base: contentPath('models'), schema: modelSchema }),
    schema: modelSchema,
  }),
  news: defineCollection({
    loader: markdownEntries({ base: contentPath('news'), schema: newsSchema }),
    schema: newsSchema,
  }),
  places: defineCollection({
    loader: yamlEntries({ file: contentPath('places.yaml'), schema: placeSchema }),
    schema: placeSchema,
  }),
  fields: defineCollection({
    loader: yamlEntries({ file: contentPath('fields.yaml'), schema: fieldSchema }),
    schema: fieldSchema,
  }),
  organisations: defineCollection({
    loader: yamlEntries({ file: contentPath('organisations.yaml'), schema: organisationSchema }),
    schema: organisationSchema,
  }),
};
