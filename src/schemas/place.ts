/**
 * An administrative unit. A model records the unit as it was when the model ran; the 2025
 * reorganisation is recorded with `validUntil` and `successors` on the former units and
 * `validFrom` on the new ones, never by inventing a name. The units of the reorganisation are
 * generated (`npm run places`, scripts/lib/import-places.ts); editors add finer ones by hand.
 */
import { z } from 'astro/zod';
import { isoDate, ref, slug, text } from './common.ts';
import { label } from './editor.ts';

export const PLACE_KINDS = [
  'tỉnh',
  'thành phố',
  'thị xã',
  'huyện',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'ấp',
  'khóm',
] as const;

export const placeSchema = z.strictObject({
  /** Stable id used by models and in URLs: `tan-chau`. */
  id: slug.meta(label('Mã', 'Chữ thường không dấu, dùng trong địa chỉ trang: tan-chau.')),
  /** Official name without the kind: "Tân Châu". */
  name: text({ max: 80 }).meta(label('Tên', 'Tên chính thức, không kèm loại: Tân Châu.')),
  /** Kind of unit: tỉnh, thành phố, thị xã, huyện, xã, phường, … */
  kind: z.enum(PLACE_KINDS).meta(label('Loại đơn vị')),
  /** The unit it belonged to (its id), e.g. the province. */
  parent: ref('places').optional().meta(label('Thuộc đơn vị')),
  /** First day the unit existed, for a unit created by a reorganisation (the 2025 communes: 2025-07-01). */
  validFrom: isoDate.optional().meta(label('Có từ ngày', 'Với đơn vị lập mới khi sắp xếp lại.')),
  /** Last day the unit existed under this name and form, when it was reorganised. */
  validUntil: isoDate.optional().meta(label('Đến ngày', 'Ngày cuối cùng đơn vị còn tồn tại, nếu đã sắp xếp lại.')),
  /** Units that took over its area (ids of places in this file). Add only names that are official. */
  successors: z.array(ref('places')).default([]).meta(label('Đơn vị kế thừa')),
  /** One sentence on what happened to the unit, with its source. */
  note: text({ max: 400 })
    .optional()
    .meta(label('Ghi chú', 'Một câu về điều đã xảy ra với đơn vị, kèm nguồn.', { multiline: true })),
  /** Other names people use when searching (former or later official names). */
  aliases: z
    .array(text({ max: 80 }))
    .default([])
    .meta(label('Tên khác', 'Tên cũ hoặc tên sau này mà người dân hay tìm.', { singular: 'tên khác' })),
});

export type PlaceData = z.output<typeof placeSchema>;
