/** An organisation that leads models or appears in the news (Party board, Front, mass organisation). */
import { z } from 'astro/zod';
import { ref, slug, text, url } from './common.ts';
import { label } from './editor.ts';

export const organisationSchema = z.strictObject({
  /** Stable id used by models and in URLs: `hoi-nong-dan-tinh-an-giang`. */
  id: slug.meta(label('Mã', 'Chữ thường không dấu, dùng trong địa chỉ trang.')),
  /** Official Vietnamese name. */
  name: text({ max: 120 }).meta(label('Tên chính thức')),
  /** Kind: "Ban Đảng", "Mặt trận", "Tổ chức chính trị – xã hội", "Chính quyền", … */
  kind: text({ max: 60 }).meta(label('Loại', 'Ban Đảng, Mặt trận, Tổ chức chính trị – xã hội, Chính quyền…')),
  /** The organisation it belongs to (its id). */
  parent: ref('organisations').optional().meta(label('Thuộc tổ chức')),
  /** Where it works (a place id). */
  place: ref('places').optional().meta(label('Địa bàn')),
  /** Its public website. */
  url: url.optional().meta(label('Trang web')),
});

export type OrganisationData = z.output<typeof organisationSchema>;
