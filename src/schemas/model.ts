/**
 * A "Dân vận khéo" model: one case study with its place, field, people, what was done, results
 * with sourced figures, and the sources a journalist can check.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { figureSchema, isoDate, pictureSchema, ref, slug, sourceSchema, text, year } from './common.ts';

/** Collective (a group, a branch, a commune) or individual model. */
export const MODEL_KINDS = ['tap-the', 'ca-nhan'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
/** How each kind is shown on pages (a missing label is a type error). */
export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  'tap-the': 'Tập thể',
  'ca-nhan': 'Cá nhân',
};

/** The emulation movement a model belongs to. */
export const MOVEMENTS = ['dan-van-kheo', 'dan-van-kheo-nong-thon-moi'] as const;
export type Movement = (typeof MOVEMENTS)[number];
/** How each movement is shown on pages (a missing label is a type error). */
export const MOVEMENT_LABELS: Record<Movement, string> = {
  'dan-van-kheo': '“Dân vận khéo”',
  'dan-van-kheo-nong-thon-moi': '“Dân vận khéo” trong xây dựng nông thôn mới, nông thôn mới nâng cao',
};

export function modelSchema({ image }: SchemaContext) {
  return z
    .strictObject({
      /** Name of the model as people know it. */
      title: text({ max: 120 }),
      /** Optional fixed URL slug; by default it comes from the file or folder name. */
      slug: slug.optional(),
      /** Former slugs: after a rename, old links keep working (they redirect here). */
      aliases: z.array(slug).default([]),
      /** Two or three sentences for cards, search results and the page description. */
      summary: text({ max: 400 }),
      /** The unit where it ran, as it was named then (an id from content/places.yaml). */
      place: ref('places'),
      /** One of the four fields (an id from content/fields.yaml). */
      field: ref('fields'),
      /** tap-the (collective) or ca-nhan (individual). */
      kind: z.enum(MODEL_KINDS),
      /**
       * dan-van-kheo, or dan-van-kheo-nong-thon-moi for the new-countryside movement, only when a source
       * with `danVanKheo` says so.
       */
      movement: z.enum(MOVEMENTS).optional(),
      /** Organisations that lead it (ids from content/organisations.yaml). Leave empty if unknown. */
      organisations: z.array(ref('organisations')).default([]),
      /**
       * Year the model was recognised or reported as a model, per the sources. Left out when no
       * source shows a date: a guessed year would be a false fact.
       */
      year: year.optional(),
      /** Year it started, when a source says so. */
      startYear: year.optional(),
      /** Day this page was first published on the site. */
      published: isoDate,
      /** Day the page was last changed in substance. */
      updated: isoDate.optional(),
      /** Cover picture with alt text and credit. */
      cover: pictureSchema(image).optional(),
      /** More pictures, each with alt text and credit. */
      gallery: z.array(pictureSchema(image)).default([]),
      /** Key figures, each with unit, date and source. */
      figures: z.array(figureSchema).default([]),
      /** Bối cảnh: the problem or situation the model answered. */
      context: text().optional(),
      /** Cách làm: what was done, step by step. */
      steps: z.array(text()).default([]),
      /** Kết quả: what changed, in words (figures go in `figures`). */
      results: z.array(text()).default([]),
      /** Bài học: what made it work, and its limits. */
      lessons: z.array(text()).default([]),
      /** Nhân rộng: how another place could do the same. */
      replicate: text().optional(),
      /** Whom to contact: an office, never a private phone number. */
      contact: text({ max: 200 }).optional(),
      /** Where every fact on the page comes from. At least one. */
      sources: z.array(sourceSchema).min(1, { error: 'cần ít nhất một nguồn tin để người đọc kiểm chứng.' }),
      /** Related models (their slugs). */
      related: z.array(ref('models')).default([]),
      /** Show on the home page. */
      featured: z.boolean().default(false),
      /** Drafts are never built into the public site. */
      draft: z.boolean().default(false),
    })
    .superRefine((model, ctx) => {
      if (model.updated && model.updated < model.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          input: model.updated,
          message: `ngày cập nhật ${model.updated} sớm hơn ngày đăng ${model.published}. Sửa một trong hai ngày.`,
        });
      }
      if (model.startYear && model.year && model.startYear > model.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['startYear'],
          input: model.startYear,
          message: `năm bắt đầu ${model.startYear} muộn hơn năm được ghi nhận ${model.year}.`,
        });
      }
      if (model.movement && !model.sources.some((source) => source.danVanKheo)) {
        ctx.addIssue({
          code: 'custom',
          path: ['movement'],
          input: model.movement,
          message:
            'chỉ ghi phong trào “Dân vận khéo” khi có nguồn nêu điều đó: thêm danVanKheo: mo-hinh (hoặc phong-trao) vào nguồn ấy, hoặc bỏ trường movement.',
        });
      }
      model.figures.forEach((figure, index) => {
        if (figure.source > model.sources.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures', index, 'source'],
            input: figure.source,
            message: `nguồn số ${figure.source} không có: danh sách sources chỉ có ${model.sources.length} nguồn.`,
          });
        }
      });
    });
}

export type ModelData = z.output<ReturnType<typeof modelSchema>>;
