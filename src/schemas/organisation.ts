/** An organisation that leads models or appears in the news (Party board, Front, mass organisation). */
import { z } from 'astro/zod';
import { ref, slug, text, url } from './common.ts';

export const organisationSchema = z.strictObject({
  /** Stable id used by models and in URLs: `hoi-nong-dan-tinh-an-giang`. */
  id: slug,
  /** Official Vietnamese name. */
  name: text({ max: 120 }),
  /** Kind: "Ban Đảng", "Mặt trận", "Tổ chức chính trị – xã hội", "Chính quyền", … */
  kind: text({ max: 60 }),
  /** The organisation it belongs to (its id). */
  parent: ref('organisations').optional(),
  /** Where it works (a place id). */
  place: ref('places').optional(),
  /** Its public website. */
  url: url.optional(),
});

export type OrganisationData = z.output<typeof organisationSchema>;
