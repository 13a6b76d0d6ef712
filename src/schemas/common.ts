/**
 * Field types shared by the schemas. Messages are in Vietnamese because the people who read them
 * are editors, not developers; a message says what is expected, the file and field are added by
 * the loader (see `src/loaders/`).
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { findInvisible, isEmptyLooking, nameCharacters, showInvisible, stripInvisible } from '../lib/invisible.ts';
import { label } from './editor.ts';
import {
  EARLIEST_YEAR,
  isIsoDate,
  isPartialDate,
  isSlug,
  MAX_SLUG_LENGTH,
  PARTIAL_DATE_PATTERN,
  shortenSlug,
  SLUG_PATTERN,
} from './rules.ts';

/**
 * Non-empty text, trimmed, without invisible characters (zero-width spaces, soft hyphens… see
 * src/lib/invisible.ts): they never reach a page or the search index, and text made only of them
 * is refused as empty, naming them. `max` keeps card texts from overflowing.
 */
export function text(options: { max?: number } = {}) {
  const base = z
    .string()
    .refine((value) => !isEmptyLooking(value), {
      error: (issue) =>
        `chỉ có ký tự vô hình (${nameCharacters(findInvisible(String(issue.input)))}): trông như có chữ nhưng thực ra để trống. Hãy xoá hết giá trị rồi gõ lại nội dung cho trường này.`,
      abort: true,
    })
    .overwrite(stripInvisible)
    .trim()
    .min(1, { error: 'đang để trống. Hãy viết nội dung cho trường này.' });
  return options.max
    ? base.max(options.max, { error: `quá dài (tối đa ${options.max} ký tự). Hãy viết gọn lại.` })
    : base;
}

/**
 * A calendar day written `YYYY-MM-DD`. The loaders read YAML without date conversion, so a
 * mistyped day such as 2024-02-30 arrives here as text and is refused instead of silently
 * becoming 1 March.
 */
export const isoDate = z
  .string({ error: 'cần ngày viết theo dạng YYYY-MM-DD, ví dụ 2024-03-07.' })
  .refine(isIsoDate, {
    error: (issue) => `“${String(issue.input)}” không phải ngày hợp lệ. Viết theo dạng YYYY-MM-DD, ví dụ 2024-03-07.`,
    abort: true,
  })
  .refine((day) => Number(day.slice(0, 4)) >= EARLIEST_YEAR, { error: (issue) => tooEarly(String(issue.input)) })
  .meta({ editor: { date: true } });

/** The message for a date or year before EARLIEST_YEAR (see there why). */
function tooEarly(value: string): string {
  return `“${value}” quá xa trong quá khứ: ngày, năm trên trang này không thể trước năm ${EARLIEST_YEAR} (năm bắt đầu công tác dân vận của Đảng). Kiểm tra lại năm.`;
}

/**
 * A day, a month or a year, for facts known only to the month or year ("2024", "2024-03",
 * "2024-03-07"). Sources often give no more than that, and a made-up day would be a false fact.
 */
export const partialDate = z
  // YAML reads a bare 2024 as a number; that is what an editor means by "the year 2024".
  .preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
    z.string({ error: 'cần năm, tháng hoặc ngày: 2024, 2024-03 hoặc 2024-03-07.' }),
  )
  .refine(isPartialDate, {
    error: (issue) => `“${String(issue.input)}” không hợp lệ. Viết 2024, 2024-03 hoặc 2024-03-07.`,
    abort: true,
  })
  .refine((value) => Number(value.slice(0, 4)) >= EARLIEST_YEAR, {
    error: (issue) => tooEarly(String(issue.input)),
  })
  .meta({ editor: { pattern: [PARTIAL_DATE_PATTERN, 'Viết 2024, 2024-03 hoặc 2024-03-07.'] } });

/**
 * A year such as 2024, as a number, not before EARLIEST_YEAR. That it is not after this year is
 * checked with the catalog, which knows the build's "today" (src/lib/date-bounds.ts).
 */
export const year = z
  .number({ error: 'cần năm viết bằng 4 chữ số, ví dụ 2024.' })
  .int({ error: 'cần năm viết bằng 4 chữ số, ví dụ 2024.' })
  .min(EARLIEST_YEAR, { error: (issue) => tooEarly(String(issue.input)) });

/**
 * The message for a slug that is not one; invisible characters in it are shown. `fromName`: the
 * slug was made from the entry's folder or file name, not written in a `slug:` field.
 */
export function slugMessage(slug: string, fromName = false): string {
  if (isSlug(slug) && slug.length > MAX_SLUG_LENGTH) {
    const short = shortenSlug(slug);
    const fix = fromName
      ? `đổi tên thư mục (hoặc tệp) của bài thành ${short}, hoặc thêm dòng slug: ${short} vào đầu bài`
      : `ví dụ slug: ${short}`;
    return `địa chỉ “${slug.slice(0, 40)}…” dài ${slug.length} ký tự, quá ${MAX_SLUG_LENGTH} ký tự cho một địa chỉ trang. Hãy dùng địa chỉ ngắn hơn: ${fix}.`;
  }
  return `“${showInvisible(slug)}” không dùng được làm địa chỉ. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ duong-ra-canh-dong.`;
}

/** An id or slug: lower-case ASCII words joined by hyphens (`tan-chau`, `kinh-te`), at most MAX_SLUG_LENGTH long. */
export const slug = z
  .string()
  .refine((value) => isSlug(value) && value.length <= MAX_SLUG_LENGTH, {
    error: (issue) => slugMessage(String(issue.input)),
  })
  .meta({
    editor: {
      pattern: [SLUG_PATTERN, 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ duong-ra-canh-dong.'],
    },
  });

/**
 * A reference to an entry of another collection, by id. Astro's `reference()` would tie the
 * schemas to the `astro:content` module; this plain schema lets `npm run check` validate content
 * without a build. The catalog (src/lib/catalog-references.ts) checks that the entry exists.
 */
const REF_TARGETS: Record<string, string> = {
  places: 'một địa bàn trong content/places.yaml',
  fields: 'một lĩnh vực trong content/fields.yaml',
  organisations: 'một tổ chức trong content/organisations.yaml',
  models: 'một mô hình (phần cuối địa chỉ trang /mo-hinh/…/)',
};

export function ref<const C extends string>(collection: C) {
  return z
    .string({ error: `cần id (chữ thường không dấu) của ${REF_TARGETS[collection] ?? collection}.` })
    .transform((id) => ({ id, collection }))
    .meta({ editor: { ref: collection } });
}

/**
 * A web address, https or plain http: many older outlets serve no other, and the source list
 * says so next to such a link (SourceList).
 */
export const url = z.url({
  protocol: /^https?$/,
  error: (issue) =>
    `“${String(issue.input)}” không phải địa chỉ web hợp lệ. Chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt, bắt đầu bằng https:// hoặc http://.`,
});

/**
 * How a source relates to the "Dân vận khéo" name: `mo-hinh` when the page calls this very model
 * a "Dân vận khéo" model; `phong-trao` when it names the model as an example in a report on the
 * "Dân vận khéo" movement without calling the model itself so. Left out, the page does not tie the
 * model to the name, and the site must not either.
 */
export const DVK_MENTIONS = ['mo-hinh', 'phong-trao'] as const;
export type DvkMention = (typeof DVK_MENTIONS)[number];

/**
 * Where a fact comes from. A journalist must be able to find it again: the page's address (or why
 * there is none), who published it and when (or that the page shows no date).
 */
export const sourceSchema = z
  .strictObject({
    /** Title of the article or document, as the page writes it. */
    title: text().optional().meta(label('Tên bài', 'Tên bài báo hoặc văn bản, đúng như trang ghi.')),
    /** Newspaper, website or office that published the page at `url`. */
    outlet: text({ max: 120 }).meta(label('Nơi đăng', 'Tên báo, trang web hoặc cơ quan đăng bài.')),
    /** Author as credited by the outlet. */
    author: text().optional().meta(label('Tác giả', 'Như bài ghi.')),
    /** When it was published: a day, or only the month or year when that is all that is shown. */
    date: partialDate
      .optional()
      .meta(
        label(
          'Ngày đăng',
          'Như trang ghi: 2024-03-07, 2024-03 hoặc 2024. Trang không ghi ngày thì để trống và chọn “Trang không ghi ngày đăng”.',
        ),
      ),
    /** `true` when the page shows no publication date (instead of `date`). */
    dateNotShown: z
      .literal(true, { error: 'chỉ ghi dateNotShown: true khi trang không ghi ngày đăng.' })
      .optional()
      .meta(label('Trang không ghi ngày đăng', 'Chỉ chọn khi trang thật sự không ghi ngày đăng.')),
    /** Link to the page. */
    url: url
      .optional()
      .meta(label('Địa chỉ bài (URL)', 'Chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt, bắt đầu bằng https://.')),
    /** Why there is no link (instead of `url`): "Bản in, không có trên mạng". */
    noUrl: text({ max: 200 })
      .optional()
      .meta(label('Lý do không có địa chỉ', 'Chỉ ghi khi bài không có trên mạng, ví dụ “Bản in, không có trên mạng”.')),
    /** `true` when the page re-publishes, aggregates or translates another outlet's article. */
    repost: z
      .boolean({ error: 'ghi repost: true cho bài đăng lại, hoặc bỏ trường này.' })
      .optional()
      .meta(label('Bài đăng lại', 'Trang đăng lại, tổng hợp hoặc dịch bài của báo khác (vietnam.vn, Báo Mới…).')),
    /** With `repost`: the outlet that first published the article, when it is known. */
    originalOutlet: text({ max: 120 })
      .optional()
      .meta(label('Báo gốc', 'Với bài đăng lại: báo đăng bài đầu tiên, nếu biết.')),
    /** Whether this page calls the model "Dân vận khéo" (see DVK_MENTIONS). */
    danVanKheo: z
      .enum(DVK_MENTIONS, {
        error: (issue) =>
          `“${String(issue.input)}” không dùng được. Ghi mo-hinh nếu bài gọi chính mô hình này là “Dân vận khéo”, phong-trao nếu bài chỉ nêu nó trong phong trào “Dân vận khéo”; nếu bài không nhắc thì bỏ trường này.`,
      })
      .optional()
      .meta(
        label('Bài nhắc “Dân vận khéo”', 'Bài không nhắc thì để trống.', {
          options: {
            'mo-hinh': 'Bài gọi chính mô hình này là “Dân vận khéo”',
            'phong-trao': 'Bài chỉ nêu mô hình trong phong trào “Dân vận khéo”',
          },
        }),
      ),
  })
  .superRefine((source, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], input: source, message });
    if (!source.url && !source.noUrl) {
      problem(
        'url',
        'cần địa chỉ bài (url: https://…) để người đọc kiểm chứng; nếu bài không có trên mạng, ghi noUrl: và lý do.',
      );
    }
    if (source.url && source.noUrl) {
      problem('noUrl', 'đã có url thì bỏ noUrl (noUrl chỉ dùng khi nguồn không có địa chỉ trên mạng).');
    }
    if (!source.date && !source.dateNotShown) {
      problem(
        'date',
        'cần ngày đăng như trang ghi (2024-03-07, 2024-03 hoặc 2024); nếu trang không ghi ngày, ghi dateNotShown: true.',
      );
    }
    if (source.date && source.dateNotShown) {
      problem('dateNotShown', 'đã có date thì bỏ dateNotShown.');
    }
    if (source.originalOutlet && !source.repost) {
      problem('originalOutlet', 'originalOutlet chỉ dùng cho bài đăng lại: thêm repost: true hoặc bỏ trường này.');
    }
  });
export type Source = z.output<typeof sourceSchema>;

/**
 * How a source qualifies a number ("hơn 500 triệu đồng", "gần 3 tỷ đồng", "khoảng 64 camera"),
 * written as the source writes it. A number given without one is exact.
 */
export const FIGURE_QUALIFIERS = ['hơn', 'trên', 'gần', 'khoảng', 'dưới'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** `dia-ban`: a figure of the whole unit (district, province), not of the model. */
export const FIGURE_SCOPES = ['dia-ban'] as const;

/**
 * A key figure of a model, always with its unit, the day it was true and where it comes from, so
 * it can be quoted. `source` is the index (from 1) of an entry in the model's `sources` list.
 */
export const figureSchema = z.strictObject({
  /** What is counted: "Đường bê tông đã làm". */
  label: text({ max: 80 }).meta(label('Tên số liệu', 'Cái được đếm, ví dụ “Đường bê tông đã làm”.')),
  /** The number itself, without unit or thousands separator: 118 or 1870.5. */
  value: z
    .number({
      error:
        'cần một con số, không kèm đơn vị. Viết 1870 (không viết 1.870) và dùng dấu chấm cho phần thập phân: 12.5.',
    })
    // Every figure is a count or an amount (km, hộ, tỷ đồng, camera): none can be below zero. A
    // decrease is written as its size with the word in the label ("Số hộ nghèo giảm", value: 12).
    .min(0, {
      error: (issue) =>
        `số liệu không thể âm (đang ghi ${String(issue.input)}). Nếu nguồn nói “giảm ${Math.abs(Number(issue.input))}”, ghi value: ${Math.abs(Number(issue.input))} và để chữ “giảm” trong label, ví dụ label: Số hộ nghèo giảm.`,
    })
    .meta(label('Con số', 'Không kèm đơn vị, không dấu chấm ngăn nghìn: 1870; phần thập phân sau dấu chấm: 12.5.')),
  /**
   * The source's own qualifier, when it gives one: "hơn 500" is `qualifier: hơn`, `value: 500`.
   * Left out, the number reads as exact, so never leave out a qualifier the source wrote.
   */
  qualifier: z
    .enum(FIGURE_QUALIFIERS, {
      error: (issue) =>
        `“${String(issue.input)}” không phải từ dùng được ở đây. Chọn một trong: ${FIGURE_QUALIFIERS.join(', ')} — đúng như nguồn viết; nếu nguồn ghi số chính xác thì bỏ trường này.`,
    })
    .optional()
    .meta(label('Từ trước con số', 'Đúng như nguồn viết (“hơn 500”); nguồn ghi số chính xác thì để trống.')),
  /** Unit: "km", "tuyến", "tỷ đồng", "hộ". */
  unit: text({ max: 30 }).meta(label('Đơn vị', 'km, tuyến, tỷ đồng, hộ…')),
  /**
   * When the figure was reported as true: a day, or the month or year if that is all the source
   * says. Left out only when the source shows no date at all; the page then says so.
   */
  asOf: partialDate
    .optional()
    .meta(
      label(
        'Thời điểm',
        'Lúc con số đúng: 2024, 2024-03 hoặc 2024-03-07. Nguồn không nói thì ghi ngày đăng của nguồn.',
      ),
    ),
  /** Which source (1 = the first in `sources`) reports this figure. */
  source: z
    .number()
    .int()
    .min(1, { error: 'cần số thứ tự của nguồn trong danh sách sources, bắt đầu từ 1.' })
    .meta(label('Nguồn số', 'Số thứ tự của nguồn trong phần “Nguồn tin” bên dưới: 1 là nguồn đầu tiên.')),
  /**
   * `dia-ban` for a figure of the whole district or province, given as context: it is shown apart
   * and never as the model's own result. Left out, the figure is the model's.
   */
  scope: z
    .enum(FIGURE_SCOPES, {
      error: (issue) =>
        `“${String(issue.input)}” không dùng được. Ghi scope: dia-ban cho số liệu chung của cả huyện, cả tỉnh; số liệu của chính mô hình thì bỏ trường này.`,
    })
    .optional()
    .meta(
      label('Phạm vi', 'Số liệu của chính mô hình thì để trống.', {
        options: { 'dia-ban': 'Số liệu chung của cả địa bàn (huyện, tỉnh), không phải của mô hình' },
      }),
    ),
});
export type Figure = z.output<typeof figureSchema>;

/** A picture's fields other than its file, built once (see `pictureSchema`). */
const PICTURE_TEXTS = {
  /** What the picture shows, for people who cannot see it. */
  alt: text({ max: 250 }).meta(label('Mô tả ảnh (alt)', 'Ảnh cho thấy gì, cho người không nhìn thấy ảnh.')),
  /** Who made it. For a drawing, say it is an illustration. */
  credit: text({ max: 120 }).meta(label('Nguồn ảnh', 'Ai chụp hoặc vẽ; hình minh họa thì ghi rõ là hình minh họa.')),
  /** Optional caption shown under the picture. */
  caption: text({ max: 250 }).optional().meta(label('Chú thích', 'Hiện dưới ảnh, nếu cần.')),
};

/**
 * A picture that sits next to the article, processed by sharp. Alt text and credit are required:
 * a picture nobody can describe or attribute is not published. Built for every entry (its
 * `image()` knows the entry's folder), so only the file's field is new each time.
 */
export function pictureSchema(image: SchemaContext['image']) {
  return z.strictObject({
    /** Path to the file, relative to the article: `./anh-bia.png`. */
    src: image().meta(label('Tệp ảnh', 'Ảnh được lưu cạnh bài, tên tệp chữ thường không dấu.')),
    ...PICTURE_TEXTS,
  });
}
