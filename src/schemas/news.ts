/** A news item: an event or report about one or more models. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { isoDate, pictureSchema, ref, slug, sourceSchema, text } from './common.ts';
import { label } from './editor.ts';

// Fields in the order `npm run new` writes them (scripts/lib/scaffold.ts) and the web editor
// shows and saves them (src/admin/config.ts); fields the scaffold leaves out sit where they belong.
// Every field but the cover is built once, here: Astro builds an entry's schema anew for every
// entry (see src/schemas/model.ts).

/** The fields before the cover. */
const FIELDS_BEFORE_COVER = {
  /** Headline. */
  title: text({ max: 150 }).meta(label('Tiêu đề')),
  /** Optional fixed URL slug; by default it comes from the file or folder name. */
  slug: slug
    .optional()
    .meta(
      label(
        'Địa chỉ trang riêng',
        'Thường để trống: địa chỉ lấy theo tên thư mục của tin. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang.',
      ),
    ),
  /** Two or three sentences for cards and the page description. */
  summary: text({ max: 400 }).meta(label('Tóm tắt', 'Hai, ba câu. Hiện trên thẻ và khi chia sẻ.', { multiline: true })),
  /** Day it is published on the site (items dated in the future wait until that day). */
  date: isoDate.meta(label('Ngày đăng', 'Ngày trong tương lai: tin tự lên trang vào ngày đó.', { initial: '{{now}}' })),
  /** Day the event it reports took place, when it is about an event. */
  eventDate: isoDate.optional().meta(label('Ngày diễn ra sự kiện', 'Nếu tin nói về một sự kiện.')),
  /** Day it was last changed in substance. */
  updated: isoDate.optional().meta(label('Ngày cập nhật', 'Khi nội dung được sửa đáng kể.')),
  /** Who wrote this item. */
  author: text({ max: 120 }).meta(label('Người viết', 'Tên người viết hoặc “Ban biên tập”.')),
  /** The original report this item is based on, if any. */
  source: sourceSchema
    .optional()
    .meta(label('Bài gốc', 'Bài mà tin dựa vào, nếu có.', { summary: '{{fields.outlet}}: {{fields.title}}' })),
};

/** The fields after the cover. */
const FIELDS_AFTER_COVER = {
  /** Models this item is about (their slugs). */
  models: z.array(ref('models')).default([]).meta(label('Mô hình được nhắc tới')),
  /** Organisations involved (ids from content/organisations.yaml). */
  organisations: z.array(ref('organisations')).default([]).meta(label('Tổ chức được nhắc tới')),
  /** Free keywords. */
  tags: z
    .array(text({ max: 40 }))
    .default([])
    .meta(label('Từ khóa', undefined, { singular: 'từ khóa' })),
  /** Former slugs: after a rename, old links keep working (they redirect here). */
  aliases: z
    .array(slug)
    .default([])
    .meta(
      label('Địa chỉ cũ', 'Khi đổi địa chỉ tin: địa chỉ trước đây, để liên kết đã chia sẻ vẫn dùng được.', {
        singular: 'địa chỉ cũ',
      }),
    ),
  /** Drafts are never built into the public site. */
  draft: z
    .boolean()
    .default(false)
    .meta(
      label('Bản nháp', 'Bản nháp không lên trang web. Bỏ chọn khi tin đã sẵn sàng để xuất bản.', {
        initial: true,
      }),
    ),
};

export function newsSchema({ image }: SchemaContext) {
  return z
    .strictObject({
      ...FIELDS_BEFORE_COVER,
      /** Cover picture with alt text and credit. */
      cover: pictureSchema(image)
        .optional()
        .meta(label('Ảnh bìa', 'Cần mô tả ảnh và nguồn ảnh.', { summary: '{{fields.alt}}' })),
      ...FIELDS_AFTER_COVER,
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
