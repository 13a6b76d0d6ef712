/** A news item: an event or report about one or more models. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { isoDate, pictureSchema, ref, slug, sourceSchema, text } from './common.ts';

export function newsSchema({ image }: SchemaContext) {
  return z
    .strictObject({
      /** Headline. */
      title: text({ max: 150 }),
      /** Optional fixed URL slug; by default it comes from the file or folder name. */
      slug: slug.optional(),
      /** Former slugs: after a rename, old links keep working (they redirect here). */
      aliases: z.array(slug).default([]),
      /** Two or three sentences for cards and the page description. */
      summary: text({ max: 400 }),
      /** Day it is published on the site (items dated in the future wait until that day). */
      date: isoDate,
      /** Day the event it reports took place, when it is about an event. */
      eventDate: isoDate.optional(),
      /** Day it was last changed in substance. */
      updated: isoDate.optional(),
      /** Who wrote this item. */
      author: text({ max: 120 }),
      /** The original report this item is based on, if any. */
      source: sourceSchema.optional(),
      /** Cover picture with alt text and credit. */
      cover: pictureSchema(image).optional(),
      /** Models this item is about (their slugs). */
      models: z.array(ref('models')).default([]),
      /** Organisations involved (ids from content/organisations.yaml). */
      organisations: z.array(ref('organisations')).default([]),
      /** Free keywords. */
      tags: z.array(text({ max: 40 })).default([]),
      /** Drafts are never built into the public site. */
      draft: z.boolean().default(false),
    })
    .superRefine((item, ctx) => {
      if (item.updated && item.updated < item.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          input: item.updated,
          message: `ngày cập nhật ${item.updated} sớm hơn ngày đăng ${item.date}. Sửa một trong hai ngày.`,
        });
      }
    });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
