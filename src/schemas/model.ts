/**
 * A "Dân vận khéo" model: one case study with its place, field, people, what was done, results
 * with sourced figures, and the sources a journalist can check.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { figureSchema, isoDate, pictureSchema, ref, slug, sourceSchema, text, year } from './common.ts';
import { label } from './editor.ts';

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

// Fields in the order `npm run new` writes them (scripts/lib/scaffold.ts) and the web editor
// shows and saves them (src/admin/config.ts); fields the scaffold leaves out sit where they belong.
// Astro builds an entry's schema anew for every entry, since the `image()` it passes knows that
// entry's folder, and building zod schemas costs far more than checking with them (2,400 model
// schemas built whole: 4.4–5.0 s). So every field but the pictures is built once, here.

/** The fields before the pictures. */
const FIELDS_BEFORE_PICTURES = {
  /** Name of the model as people know it. */
  title: text({ max: 120 }).meta(label('Tên mô hình', 'Như người dân vẫn gọi.')),
  /** Optional fixed URL slug; by default it comes from the file or folder name. */
  slug: slug
    .optional()
    .meta(
      label(
        'Địa chỉ trang riêng',
        'Thường để trống: địa chỉ lấy theo tên thư mục của bài. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ),
    ),
  /** Two or three sentences for cards, search results and the page description. */
  summary: text({ max: 400 }).meta(
    label(
      'Tóm tắt',
      'Hai, ba câu: ở đâu, ai làm, làm gì, kết quả. Hiện trên thẻ và khi chia sẻ (nên dưới 220 ký tự).',
      { multiline: true },
    ),
  ),
  /** The unit where it ran, as it was named then (an id from content/places.yaml). */
  place: ref('places').meta(
    label('Địa bàn', 'Đơn vị hành chính lúc mô hình diễn ra, theo tên lúc đó. Gõ vài chữ để tìm.'),
  ),
  /** One of the four fields (an id from content/fields.yaml). */
  field: ref('fields').meta(label('Lĩnh vực')),
  /** tap-the (collective) or ca-nhan (individual). */
  kind: z.enum(MODEL_KINDS).meta(label('Loại mô hình', undefined, { options: MODEL_KIND_LABELS })),
  /**
   * dan-van-kheo, or dan-van-kheo-nong-thon-moi for the new-countryside movement, only when a source
   * with `danVanKheo` says so.
   */
  movement: z
    .enum(MOVEMENTS)
    .optional()
    .meta(
      label('Phong trào', 'Chỉ chọn khi nguồn tin nêu, và ghi điều đó ở nguồn ấy (“Bài nhắc Dân vận khéo”).', {
        options: MOVEMENT_LABELS,
      }),
    ),
  /** Organisations that lead it (ids from content/organisations.yaml). Leave empty if unknown. */
  organisations: z.array(ref('organisations')).default([]).meta(label('Tổ chức chủ trì', 'Không rõ thì để trống.')),
  /**
   * Year the model was recognised or reported as a model, per the sources. Left out when no
   * source shows a date: a guessed year would be a false fact.
   */
  year: year
    .optional()
    .meta(
      label('Năm ghi nhận', 'Năm mô hình được ghi nhận hoặc được nguồn tin nêu. Nguồn không ghi ngày thì để trống.'),
    ),
  /** Year it started, when a source says so. */
  startYear: year.optional().meta(label('Năm bắt đầu', 'Nếu nguồn tin nêu.')),
  /** Day this page was first published on the site. */
  published: isoDate.meta(
    label('Ngày đăng', 'Ngày trong tương lai: bài tự lên trang vào ngày đó.', { initial: '{{now}}' }),
  ),
  /** Day the page was last changed in substance. */
  updated: isoDate.optional().meta(label('Ngày cập nhật', 'Khi nội dung được sửa đáng kể.')),
};

/** The fields after the pictures. */
const FIELDS_AFTER_PICTURES = {
  /** Key figures, each with unit, date and source. */
  figures: z
    .array(figureSchema)
    .default([])
    .meta(
      label('Số liệu chính', 'Mỗi con số có đơn vị, thời điểm và nguồn.', {
        singular: 'số liệu',
        summary: '{{fields.label}}: {{fields.value}} {{fields.unit}}',
      }),
    ),
  /** Bối cảnh: the problem or situation the model answered. */
  context: text()
    .optional()
    .meta(label('Bối cảnh', 'Vấn đề hay hoàn cảnh mà mô hình giải quyết.', { multiline: true })),
  /** Cách làm: what was done, step by step. */
  steps: z
    .array(text())
    .default([])
    .meta(label('Cách làm', 'Từng bước, mỗi bước một mục.', { singular: 'bước', multiline: true })),
  /** Kết quả: what changed, in words (figures go in `figures`). */
  results: z
    .array(text())
    .default([])
    .meta(label('Kết quả', 'Bằng lời; con số ghi ở “Số liệu chính”.', { singular: 'kết quả', multiline: true })),
  /** Bài học: what made it work, and its limits. */
  lessons: z
    .array(text())
    .default([])
    .meta(
      label('Bài học', 'Điều gì giúp mô hình thành công, và giới hạn của nó.', {
        singular: 'bài học',
        multiline: true,
      }),
    ),
  /** Nhân rộng: how another place could do the same. */
  replicate: text()
    .optional()
    .meta(label('Nhân rộng', 'Nơi khác có thể làm theo thế nào.', { multiline: true })),
  /** Whom to contact: an office, never a private phone number. */
  contact: text({ max: 200 }).optional().meta(label('Liên hệ', 'Tên cơ quan; không ghi số điện thoại cá nhân.')),
  /** Where every fact on the page comes from. At least one. */
  sources: z
    .array(sourceSchema)
    .min(1, { error: 'cần ít nhất một nguồn tin để người đọc kiểm chứng.' })
    .meta(
      label(
        'Nguồn tin',
        'Ít nhất một. Mỗi nguồn cần nơi đăng, địa chỉ bài (hoặc lý do không có) và ngày đăng (hoặc “Trang không ghi ngày đăng”).',
        { singular: 'nguồn tin', summary: '{{fields.outlet}}: {{fields.title}}' },
      ),
    ),
  /** Related models (their slugs). */
  related: z.array(ref('models')).default([]).meta(label('Mô hình liên quan')),
  /** Former slugs: after a rename, old links keep working (they redirect here). */
  aliases: z
    .array(slug)
    .default([])
    .meta(
      label('Địa chỉ cũ', 'Khi đổi địa chỉ bài: địa chỉ trước đây, để liên kết đã chia sẻ vẫn dùng được.', {
        singular: 'địa chỉ cũ',
      }),
    ),
  /** Show on the home page. */
  featured: z.boolean().default(false).meta(label('Nổi bật trên trang chủ')),
  /** Drafts are never built into the public site. */
  draft: z
    .boolean()
    .default(false)
    .meta(
      label('Bản nháp', 'Bản nháp không lên trang web. Bỏ chọn khi bài đã sẵn sàng để xuất bản.', {
        initial: true,
      }),
    ),
};

export function modelSchema({ image }: SchemaContext) {
  return z
    .strictObject({
      ...FIELDS_BEFORE_PICTURES,
      /** Cover picture with alt text and credit. */
      cover: pictureSchema(image)
        .optional()
        .meta(label('Ảnh bìa', 'Cần mô tả ảnh và nguồn ảnh.', { summary: '{{fields.alt}}' })),
      /** More pictures, each with alt text and credit. */
      gallery: z
        .array(pictureSchema(image))
        .default([])
        .meta(
          label('Hình ảnh khác', 'Mỗi ảnh cần mô tả và nguồn ảnh.', { singular: 'ảnh', summary: '{{fields.alt}}' }),
        ),
      ...FIELDS_AFTER_PICTURES,
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
