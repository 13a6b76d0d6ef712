/**
 * `npm run new`: creates a model or news entry for an editor — folder, ASCII slug (đ → d),
 * today's date in Vietnam, and every field with a Vietnamese comment saying what goes there.
 * The entry starts as a draft with «placeholders» that `npm run check` refuses to publish. Fields
 * come in the order the web editor writes them (src/schemas/field-order.ts), each value written in
 * its style, so an entry filled in here is already as `npm run normalise` leaves it, once its
 * comments and unused lines are gone (tests/scripts/scaffold.test.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { toSlug } from '../../src/lib/text.ts';
import { serialiseFrontmatter } from './normalise.ts';

export const KINDS = { 'mo-hinh': 'models', 'tin-tuc': 'news' } as const;
export type EntryKind = keyof typeof KINDS;

/** The longest address the scaffolder makes from a title: long enough for a place and a topic. */
export const SLUG_MAX = 60;

/**
 * Words that make a poor last word of a shortened address ("…-dan-van-cua", "…-o"): Vietnamese
 * function words, without their marks (của, và, ở, cho, với, tại…).
 */
const WEAK_ENDINGS = new Set(
  'bi cac cho cua de den duoc la ma mot nhu nhung o tai theo thi trong tren tu va ve voi'.split(' '),
);

/**
 * A slug cut to at most `max` characters on a word boundary, without a function word at its end:
 * a news title of 120 characters makes an address nobody can read out or type. Short enough slugs
 * come back as they are.
 */
export function shortSlug(slug: string, max = SLUG_MAX): string {
  if (slug.length <= max) return slug;
  const kept: string[] = [];
  for (const word of slug.split('-')) {
    if ([...kept, word].join('-').length > max) break;
    kept.push(word);
  }
  while (kept.length > 1 && WEAK_ENDINGS.has(kept.at(-1)!)) kept.pop();
  // One word longer than `max` (never in Vietnamese): cut inside it.
  return kept.length > 0 ? kept.join('-') : slug.slice(0, max);
}

/**
 * A title as one YAML scalar that reads back as exactly that text, written as the web editor writes
 * it (scripts/lib/normalise.ts): plain when safe, in single quotes when it looks like YAML syntax
 * ("Tin mới: hội nghị") or like another type ("2025", "true"). Text the editor's way would not
 * read back as itself (a line break, or "0b101", a number for the loaders) is written by js-yaml
 * with the schema the loaders read with, double-quoted.
 */
export function yamlString(text: string): string {
  const written = serialiseFrontmatter({ title: text }).slice('title: '.length);
  const readBack = (yaml.load(`title: ${written}`, { schema: yaml.CORE_SCHEMA }) as { title?: unknown }).title;
  if (!written.includes('\n') && readBack === text) return written;
  return yaml.dump(text, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', forceQuotes: true }).trimEnd();
}

export function modelTemplate(title: string, today: string): string {
  return `---
# Tên mô hình, như người dân vẫn gọi.
title: ${yamlString(title)}
# Hai, ba câu tóm tắt: ở đâu, ai làm, làm gì, kết quả. Hiện trên thẻ và khi chia sẻ (nên dưới 220 ký tự).
summary: «Viết 2–3 câu tóm tắt mô hình»
# Địa bàn lúc mô hình diễn ra: một id trong content/places.yaml (ví dụ tan-chau, phu-tan).
place: an-giang # «chọn địa bàn của mô hình, rồi xoá ghi chú này»
# Lĩnh vực: kinh-te, van-hoa-xa-hoi, quoc-phong-an-ninh hoặc xay-dung-he-thong-chinh-tri.
field: kinh-te # «chọn lĩnh vực, rồi xoá ghi chú này»
# tap-the (tập thể) hoặc ca-nhan (cá nhân).
kind: tap-the # «tập thể hay cá nhân? Chọn rồi xoá ghi chú này»
# Phong trào, nếu nguồn tin nêu: dan-van-kheo hoặc dan-van-kheo-nong-thon-moi. Không rõ thì xoá dòng.
# movement: dan-van-kheo
# Tổ chức chủ trì: id trong content/organisations.yaml. Không rõ thì để trống [].
organisations: []
# Năm mô hình được ghi nhận hoặc được nguồn tin nêu. Nguồn không ghi ngày thì xoá dòng này.
year: ${today.slice(0, 4)}
# Năm bắt đầu, nếu nguồn tin nêu.
# startYear: 2020
# Ngày đăng trên trang (YYYY-MM-DD). Ngày trong tương lai: bài tự lên trang vào ngày đó.
published: ${today}
# Ngày cập nhật nội dung, nếu có sửa đổi đáng kể.
# updated: ${today}
# Ảnh bìa: đặt tệp ảnh vào thư mục này, ghi mô tả (alt) và nguồn ảnh (credit). Không có ảnh thì xoá 4 dòng.
# cover:
#   src: ./anh-bia.jpg
#   alt: «Mô tả ảnh cho người không nhìn thấy»
#   credit: «Ai chụp hoặc vẽ; hình minh họa thì ghi rõ là hình minh họa»
# Số liệu chính: mỗi số có đơn vị, thời điểm (asOf; nguồn không nói thì ghi ngày đăng của nguồn) và số thứ tự nguồn (1 là nguồn đầu tiên bên dưới).
# Nguồn viết «hơn», «trên», «gần», «khoảng» hay «dưới» trước con số? Thêm dòng qualifier (ví dụ qualifier: hơn) dưới value.
figures: []
#  - label: Đường bê tông đã làm
#    value: 12
#    unit: km
#    asOf: '2024'
#    source: 1
# Bối cảnh: vấn đề hay hoàn cảnh mà mô hình giải quyết.
# context: «…»
# Cách làm: từng bước.
steps: []
# Kết quả, bằng lời (số liệu ghi ở figures).
results: []
# Bài học: điều gì giúp mô hình thành công, và giới hạn của nó.
lessons: []
# Cách nhân rộng ở nơi khác.
# replicate: «…»
# Liên hệ: tên cơ quan, không ghi số điện thoại cá nhân.
# contact: «…»
# Nguồn tin: ít nhất một. Mỗi nguồn cần tên báo hoặc cơ quan đăng (outlet), địa chỉ bài (url) và
# ngày đăng như trang ghi (date: 2024-03-07, 2024-03 hoặc 2024).
# - Không có địa chỉ trên mạng: bỏ url, ghi noUrl: và lý do. Trang không ghi ngày: bỏ date, ghi dateNotShown: true.
# - Bài đăng lại hoặc dịch lại (vietnam.vn, Báo Mới…): thêm repost: true và originalOutlet: tên báo gốc.
# - Bài gọi chính mô hình này là “Dân vận khéo”: thêm danVanKheo: mo-hinh; chỉ nêu nó trong phong trào: phong-trao.
sources:
  - title: «Tên bài báo hoặc văn bản»
    outlet: «Tên báo, trang web hoặc cơ quan»
    dateNotShown: true # «ghi date: ngày đăng như trang ghi (ví dụ 2024-03-07) rồi xoá dòng này»
    noUrl: «ghi địa chỉ bài vào trường url (https://…) rồi xoá dòng này; bài không có trên mạng thì ghi lý do ở đây»
# Mô hình liên quan: slug của mô hình khác (phần cuối địa chỉ /mo-hinh/…/).
related: []
# Địa chỉ cũ (khi đổi tên bài), để liên kết đã chia sẻ vẫn dùng được.
aliases: []
# true: đưa mô hình lên trang chủ.
featured: false
# true: bài là bản nháp, chỉ thấy khi xem thử (npm run dev). Đổi thành false để xuất bản.
draft: true
---

Viết phần nội dung chi tiết ở đây (không bắt buộc). Có thể dùng tiêu đề ##, danh sách, liên kết.
`;
}

export function newsTemplate(title: string, today: string): string {
  return `---
# Tiêu đề tin.
title: ${yamlString(title)}
# Hai, ba câu tóm tắt. Hiện trên thẻ và khi chia sẻ.
summary: «Viết 2–3 câu tóm tắt tin»
# Ngày đăng (YYYY-MM-DD). Ngày trong tương lai: tin tự lên trang vào ngày đó.
date: ${today}
# Ngày diễn ra sự kiện, nếu tin nói về một sự kiện.
# eventDate: ${today}
# Người viết tin.
author: «Tên người viết hoặc Ban biên tập»
# Bài gốc mà tin dựa vào, nếu có.
# source:
#   title: «Tên bài gốc»
#   outlet: «Tên báo»
#   date: ${today}
#   url: https://…
#   (không có địa chỉ trên mạng: thay url bằng noUrl: «lý do»; trang không ghi ngày: dateNotShown: true)
# Ảnh bìa: đặt tệp ảnh vào thư mục này, ghi mô tả (alt) và nguồn ảnh (credit).
# cover:
#   src: ./anh-bia.jpg
#   alt: «Mô tả ảnh»
#   credit: «Nguồn ảnh»
# Các mô hình mà tin nói tới: slug của mô hình.
models: []
# Tổ chức được nhắc tới: id trong content/organisations.yaml.
organisations: []
# Từ khóa.
tags: []
# Địa chỉ cũ (khi đổi tên bài).
aliases: []
# true: bản nháp. Đổi thành false để xuất bản.
draft: true
---

Viết nội dung tin ở đây.
`;
}

export interface ScaffoldResult {
  file: string;
  folder: string;
  slug: string;
  /** The slug of the whole title, when `slug` is a shortened one. */
  fullSlug?: string;
}

/** Creates the entry; throws a Vietnamese error (and writes nothing) if it would overwrite one. */
export async function scaffoldEntry(
  contentRoot: string,
  kind: EntryKind,
  title: string,
  today: string,
): Promise<ScaffoldResult> {
  const cleanTitle = title.normalize('NFC').trim();
  if (!cleanTitle) throw new Error('Thiếu tên bài. Ví dụ: npm run new -- mo-hinh "Đường ra cánh đồng"');
  const fullSlug = toSlug(cleanTitle);
  if (!fullSlug) throw new Error(`Không tạo được địa chỉ từ tên “${cleanTitle}”. Hãy dùng tên có chữ cái.`);
  const slug = shortSlug(fullSlug);
  const folder = path.join(contentRoot, KINDS[kind], slug);
  const file = path.join(folder, 'index.md');
  if (existsSync(folder)) {
    const shortened =
      slug === fullSlug ? '' : ` Địa chỉ chỉ lấy khoảng ${SLUG_MAX} ký tự đầu của tên, nên hãy đổi phần đầu tên.`;
    throw new Error(
      `Đã có bài ở ${folder} (địa chỉ “${slug}”). Không ghi đè: hãy sửa bài đó, hoặc chọn tên khác.${shortened}`,
    );
  }
  await mkdir(folder, { recursive: true });
  await writeFile(file, kind === 'mo-hinh' ? modelTemplate(cleanTitle, today) : newsTemplate(cleanTitle, today), {
    flag: 'wx',
  });
  return { file, folder, slug, ...(slug === fullSlug ? {} : { fullSlug }) };
}

/**
 * What `npm run new` says after making a shortened address: that it was shortened, and how to
 * choose another with `slug:`.
 */
export function shortenedSlugNote(slug: string, fullSlug: string): string {
  return `Tên bài dài nên địa chỉ được rút gọn còn ${slug.length} ký tự (để nguyên thì dài ${fullSlug.length} ký tự).
Muốn địa chỉ khác: mở tệp, thêm một dòng ngay dưới dòng title, ví dụ
  slug: ${slug}
rồi sửa phần sau “slug: ”. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, nên dưới ${SLUG_MAX} ký tự.`;
}
