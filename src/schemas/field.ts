/** One of the four fields (lĩnh vực) models are classified in. */
import { z } from 'astro/zod';
import { slug, text } from './common.ts';
import { label } from './editor.ts';

export const fieldSchema = z.strictObject({
  /** Stable id used by models and in URLs: `kinh-te`. */
  id: slug.meta(label('Mã', 'Chữ thường không dấu, dùng trong địa chỉ trang: kinh-te.')),
  /** Name as written in official documents: "Kinh tế". */
  name: text({ max: 60 }).meta(label('Tên', 'Như trong văn bản chính thức.')),
  /** One sentence saying what belongs in this field. */
  description: text({ max: 300 }).meta(label('Mô tả', 'Một câu nói lĩnh vực gồm những gì.', { multiline: true })),
});

export type FieldData = z.output<typeof fieldSchema>;
