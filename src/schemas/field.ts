/** One of the four fields (lĩnh vực) models are classified in. */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const fieldSchema = z.strictObject({
  /** Stable id used by models and in URLs: `kinh-te`. */
  id: slug,
  /** Name as written in official documents: "Kinh tế". */
  name: text({ max: 60 }),
  /** One sentence saying what belongs in this field. */
  description: text({ max: 300 }),
});

export type FieldData = z.output<typeof fieldSchema>;
