/**
 * Every mistake an editor can make must stop the build with a Vietnamese message naming the file,
 * the line and the field. Each case adds one broken entry to a copy of the real content and runs
 * the real `npm run build` (scripts/astro.ts build), whose first step is `npm run check`'s own
 * code: it refuses the entry before Astro builds anything, printing check's report
 * (`✗ content/…/index.md:8 — trường “published”: …`, where ✗ marks an error, not a warning).
 *
 * The cases keep the two groups Astro's own checks need, should the gate ever let one through:
 * - while Astro loads the entries (YAML, schema, slug), it stops at the first broken file, so each
 *   of these cases gets a build of its own (now refused in a second or two, when the check ends);
 * - the references between entries (places, fields, related models, news about a model, former
 *   addresses) are checked together and every problem is reported at once (src/lib/catalog.ts),
 *   so those cases share one build holding all their broken entries, and each case still finds
 *   its own file, line, field and message in what that build printed.
 * A refused build leaves no site behind it; tests/builds/failed-build.test.ts checks that an
 * existing one is left as it was.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildMessage,
  buildAndKeep,
  buildCopy,
  buildWithContent,
  withProjectCopy,
  type BuiltCopy,
} from './build-fixture.ts';

/** A valid model file; cases change one thing in it. */
function modelFile(fields: Record<string, string | null>): string {
  const base: Record<string, string | null> = {
    title: 'Mô hình thử',
    summary: 'Tóm tắt ngắn.',
    place: 'tan-chau',
    field: 'kinh-te',
    kind: 'tap-the',
    year: '2024',
    published: '2024-03-08',
    sources: '\n  - title: Một bài báo\n    outlet: Báo thử\n    url: https://example.org/bai-thu\n    date: 2024',
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\nNội dung.\n`;
}

interface Case {
  name: string;
  files: Record<string, string>;
  /** Text the build output must contain: the file, the line, the field and the explanation. */
  expected: string[];
}

/** Mistakes found while Astro loads the entries: one build each. */
const loadingCases: Case[] = [
  {
    name: 'a model without a title',
    files: { 'models/thieu-tieu-de/index.md': modelFile({ title: null }) },
    // A missing field has no line of its own.
    expected: ['✗ content/models/thieu-tieu-de/index.md — trường “title”: thiếu trường bắt buộc'],
  },
  {
    name: 'a model with an impossible date',
    files: { 'models/sai-ngay/index.md': modelFile({ published: '2024-02-30' }) },
    expected: ['✗ content/models/sai-ngay/index.md:8 — trường “published”: “2024-02-30” không phải ngày hợp lệ'],
  },
  {
    name: 'a date written the Vietnamese way instead of YYYY-MM-DD',
    files: { 'models/ngay-kieu-viet/index.md': modelFile({ published: '7/3/2024' }) },
    expected: ['✗ content/models/ngay-kieu-viet/index.md:8 — trường “published”: “7/3/2024” không phải ngày hợp lệ'],
  },
  {
    name: 'a cover picture without alt text',
    files: {
      'models/anh-thieu-mo-ta/index.md': modelFile({
        cover: '\n  src: ../duong-be-tong-ra-canh-dong-tan-chau/anh-bia.png\n  credit: Ban biên tập',
      }),
    },
    // The line of `cover:`, the nearest field that is there.
    expected: ['✗ content/models/anh-thieu-mo-ta/index.md:14 — trường “cover.alt”: thiếu trường bắt buộc'],
  },
  {
    name: 'a cover picture whose file is missing',
    files: {
      'models/anh-khong-co/index.md': modelFile({
        cover: '\n  src: ./khong-co.png\n  alt: Một hình\n  credit: Ban biên tập',
      }),
    },
    expected: ['✗ content/models/anh-khong-co/index.md:15 — trường “cover.src”: không tìm thấy tệp ảnh ./khong-co.png'],
  },
  {
    name: 'two entries with the same slug',
    files: { 'models/trung-dia-chi/index.md': modelFile({ slug: 'duong-be-tong-ra-canh-dong-tan-chau' }) },
    expected: [
      '✗ content/models/trung-dia-chi/index.md:14 — trường “slug”: địa chỉ “duong-be-tong-ra-canh-dong-tan-chau” đã được dùng bởi content/models/duong-be-tong-ra-canh-dong-tan-chau/index.md',
    ],
  },
  {
    name: 'a kind that is neither collective nor individual',
    files: { 'models/sai-loai/index.md': modelFile({ kind: 'tap the' }) },
    expected: [
      '✗ content/models/sai-loai/index.md:6 — trường “kind”: giá trị “tap the” không được chấp nhận',
      'tap-the, ca-nhan',
    ],
  },
  {
    name: 'a misspelt field name',
    files: { 'models/sai-ten-truong/index.md': modelFile({ tittle: 'Tiêu đề' }) },
    expected: ['✗ content/models/sai-ten-truong/index.md:14 — trường “tittle”: có trường không được hỗ trợ: tittle'],
  },
  {
    name: 'broken YAML',
    files: { 'models/loi-yaml/index.md': modelFile({ summary: 'Tóm tắt: có dấu hai chấm: sai' }) },
    expected: [
      '✗ content/models/loi-yaml/index.md:3: lỗi cú pháp YAML: dòng này thụt đầu dòng sai, hoặc có dấu “:” giữa câu',
    ],
  },
  {
    name: 'fill-in text left in an entry that is no longer a draft',
    files: {
      'models/chu-mau-xuat-ban/index.md': modelFile({
        place: 'tan-chau # «chọn địa bàn của mô hình, rồi xoá ghi chú này»',
      }),
    },
    expected: ['✗ content/models/chu-mau-xuat-ban/index.md:4: còn chữ mẫu trong dấu « ». Thay bằng nội dung thật'],
  },
  {
    name: 'a figure without its unit',
    files: {
      'models/so-lieu-thieu-don-vi/index.md': modelFile({
        figures: "\n  - label: Đường đã làm\n    value: 12\n    asOf: '2024'\n    source: 1",
      }),
    },
    expected: ['✗ content/models/so-lieu-thieu-don-vi/index.md:15 — trường “figures.0.unit”: thiếu trường bắt buộc'],
  },
];

/** Mistakes in the references between entries, all reported by one build. */
const referenceCases: Case[] = [
  {
    name: 'a model with an unknown place',
    files: { 'models/sai-dia-ban/index.md': modelFile({ place: 'tan-chao' }) },
    expected: ['✗ content/models/sai-dia-ban/index.md:4 — trường “place”: không có địa bàn “tan-chao”', 'tan-chau'],
  },
  {
    name: 'a field value that is not one of the four fields',
    files: { 'models/sai-linh-vuc/index.md': modelFile({ field: 'kinh-te-xa-hoi' }) },
    expected: [
      '✗ content/models/sai-linh-vuc/index.md:5 — trường “field”: không có lĩnh vực “kinh-te-xa-hoi”',
      'van-hoa-xa-hoi',
    ],
  },
  {
    name: 'a related model that does not exist',
    files: { 'models/lien-quan-sai/index.md': modelFile({ related: '\n  - khong-ton-tai' }) },
    expected: [
      '✗ content/models/lien-quan-sai/index.md:15 — trường “related.0”: không có mô hình nào có địa chỉ “khong-ton-tai”',
    ],
  },
  {
    name: 'a news item about a model that does not exist',
    files: {
      'news/tin-sai/index.md':
        '---\ntitle: Tin thử\nsummary: Tóm tắt.\ndate: 2024-03-08\nauthor: Ban biên tập\nmodels:\n  - mo-hinh-khong-co\n---\n\nNội dung.\n',
    },
    expected: [
      '✗ content/news/tin-sai/index.md:7 — trường “models.0”: không có mô hình nào có địa chỉ “mo-hinh-khong-co”',
    ],
  },
  {
    name: 'a former address (alias) that is another entry’s live address',
    files: { 'models/dia-chi-cu-trung/index.md': modelFile({ aliases: '\n  - duong-be-tong-ra-canh-dong-tan-chau' }) },
    expected: [
      '✗ content/models/dia-chi-cu-trung/index.md:15 — trường “aliases.0”: địa chỉ cũ “duong-be-tong-ra-canh-dong-tan-chau” đang là địa chỉ của content/models/duong-be-tong-ra-canh-dong-tan-chau/index.md',
    ],
  },
];

/** What `npm run build` prints when the check refuses the content: nothing of Astro's, which it stopped. */
function expectRefused(output: string) {
  expect(output).toContain('✗ Chưa xây dựng: kiểm tra nội dung thấy');
  expect(output).not.toMatch(/\[build\]|\[content\]/);
}

describe('a build with broken content', () => {
  // A refused build processes no picture, so these copies are not seeded with the project's.
  test.concurrent.each(loadingCases)(
    'fails on $name, naming the file, the line and the field',
    async ({ files, expected }) => {
      const { code, output, written } = await withProjectCopy(files, async (root) => ({
        ...(await buildCopy(root)),
        written: ['dist', 'dist.new', 'dist.old'].filter((name) => existsSync(path.join(root, name))),
      }));
      expect(code, output).not.toBe(0);
      expectRefused(output);
      for (const text of expected) expect(output).toContain(text);
      expect(written, 'folders a refused build wrote').toEqual([]);
    },
  );

  describe('with broken references (one build for all of them)', () => {
    let build: BuiltCopy | undefined;
    beforeAll(async () => {
      build = await buildAndKeep(Object.assign({}, ...referenceCases.map((c) => c.files)));
    });
    afterAll(() => build?.dispose());

    test('fails, refused by the check', () => {
      expect(build?.code, buildMessage(build)).not.toBe(0);
      expectRefused(build?.output ?? '');
    });
    test.each(referenceCases)('reports $name, naming the file, the line and the field', ({ expected }) => {
      for (const text of expected) expect(build?.output).toContain(text);
    });
  });

  test('succeeds on the real content, so the failures above come from the broken entries', async () => {
    const { code, output } = await buildWithContent({});
    expect(code, output).toBe(0);
  });
});
