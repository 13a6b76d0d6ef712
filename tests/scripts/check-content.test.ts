/**
 * `npm run check` over a corpus of broken entries (tests/fixtures/broken-content/): each one must
 * produce exactly its Vietnamese message, with file, line and field, and all of them in one run.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  checkContent,
  findFieldLine,
  formatFinding,
  formatReport,
  type CheckResult,
} from '../../scripts/lib/check-content.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpus = path.join(projectRoot, 'tests/fixtures/broken-content');
const prefix = 'tests/fixtures/broken-content/';

/** One line per broken entry, exactly as the editor reads it ( ✗ error, ! warning). */
const EXPECTED = [
  '✗ models/alt-de-trong/index.md:16 — trường “cover.alt”: đang để trống. Hãy điền chữ sau dấu hai chấm, hoặc xoá dòng nếu không dùng.',
  '✗ models/anh-khong-ton-tai/index.md:15 — trường “cover.src”: không tìm thấy tệp ảnh ./khong-co.png cạnh bài viết. Kiểm tra tên tệp và thư mục.',
  '✗ models/anh-thieu-mo-ta/index.md:14 — trường “cover.alt”: thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).',
  '✗ models/anh-thieu-nguon/index.md:14 — trường “cover.credit”: thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).',
  '✗ models/cap-nhat-truoc-dang/index.md:14 — trường “updated”: ngày cập nhật 2024-01-01 sớm hơn ngày đăng 2024-03-08. Sửa một trong hai ngày.',
  '✗ models/khong-co-frontmatter/index.md: thiếu phần thông tin đầu bài (frontmatter). Tệp phải bắt đầu bằng một dòng “---”, các trường, rồi một dòng “---”.',
  '✗ models/loi-yaml/index.md:3: lỗi cú pháp YAML: dòng này thụt đầu dòng sai, hoặc có dấu “:” giữa câu mà câu chưa được đặt trong ngoặc kép. Kiểm tra dấu hai chấm, thụt đầu dòng và dấu ngoặc kép quanh câu có dấu “:”.',
  '✗ models/nam-khong-phai-so/index.md:7 — trường “year”: cần năm viết bằng 4 chữ số, ví dụ 2024.',
  '✗ models/ngay-khong-co-that/index.md:8 — trường “published”: “2024-02-30” không phải ngày hợp lệ. Viết theo dạng YYYY-MM-DD, ví dụ 2024-03-07.',
  '✗ models/ngay-kieu-viet/index.md:8 — trường “published”: “7/3/2024” không phải ngày hợp lệ. Viết theo dạng YYYY-MM-DD, ví dụ 2024-03-07.',
  '✗ models/sai-loai/index.md:6 — trường “kind”: giá trị “tap the” không được chấp nhận. Chọn một trong: tap-the, ca-nhan.',
  '✗ models/sai-ten-truong/index.md:14 — trường “tittle”: có trường không được hỗ trợ: tittle. Kiểm tra lại chính tả tên trường hoặc xoá trường đó.',
  '✗ models/slug-co-dau/index.md:14 — trường “slug”: “đường-mới” không dùng được làm địa chỉ. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ duong-ra-canh-dong.',
  '✗ models/so-lieu-sai-nguon/index.md:19 — trường “figures.0.source”: nguồn số 3 không có: danh sách sources chỉ có 1 nguồn.',
  '✗ models/so-lieu-thieu-don-vi/index.md:15 — trường “figures.0.unit”: thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).',
  // The body: every misused MDX component of a file, each on its line, and a component in a .md file.
  '✗ models/the-mdx-sai/index.mdx:16: không có thẻ <TrichDann>. Các thẻ dùng được: <TrichDan>, <DongThoiGian>, <Moc>, <SoLieu>. Có phải ý bạn là <TrichDan>? Sửa tên ở cả thẻ mở và thẻ đóng, đúng chữ hoa, chữ thường.',
  '✗ models/the-mdx-sai/index.mdx:18: thẻ <TrichDan>, thuộc tính “nguoii”: không có thuộc tính này. <TrichDan> chỉ nhận: nguoi, nguon. Có phải ý bạn là “nguoi”?',
  '✗ models/the-mdx-sai/index.mdx:18: thẻ <TrichDan>, thuộc tính “nguoi”: còn thiếu. Thêm nguoi="ông Nguyễn Văn A, Chủ tịch UBND xã" (ai nói câu này, kèm chức vụ như nguồn ghi).',
  '✗ models/the-mdx-sai/index.mdx:20: thẻ <TrichDan>, thuộc tính “nguon”: còn thiếu. Thêm nguon={1} (số thứ tự của nguồn có điều này, đếm từ 1 trong các nguồn ở đầu bài).',
  '✗ models/the-mdx-sai/index.mdx:22: thẻ <TrichDan>, thuộc tính “nguon”: nguồn số 2 không có: danh sách sources của bài có 1 nguồn. Ghi nguon={1}, hoặc thêm nguồn vào sources.',
  '✗ models/the-mdx-sai/index.mdx:24: thẻ <TrichDan>: chưa có lời trích. Viết nguyên văn câu nói, đúng như nguồn ghi, giữa <TrichDan …> và </TrichDan>.',
  '✗ models/the-mdx-sai/index.mdx:27: thẻ <Moc>, thuộc tính “ngay”: “30/7/2020” không phải ngày hợp lệ. Viết năm, tháng hoặc ngày: ngay="2020", ngay="2020-07" hoặc ngay="2020-07-30".',
  '✗ models/the-mdx-sai/index.mdx:30: thẻ <SoLieu>, thuộc tính “uocLuong”: “tầm” không dùng được. Chọn một trong: hơn, trên, gần, khoảng, dưới — đúng như nguồn viết; nếu nguồn ghi số chính xác thì bỏ thuộc tính này.',
  '✗ models/the-mdx-sai/index.mdx:32: thẻ <SoLieu>, thuộc tính “so”: phải là con số trong ngoặc nhọn, không trong ngoặc kép: viết so={43}.',
  '✗ models/the-trong-tep-md/index.md:18: thẻ <TrichDan> chỉ dùng được trong tệp .mdx. Đổi tên tệp index.md thành index.mdx, hoặc bỏ thẻ và viết bằng Markdown.',
  '✗ models/thieu-nguon/index.md:9 — trường “sources”: cần ít nhất một nguồn tin để người đọc kiểm chứng.',
  // A source must say where it can be read and when, and the movement needs a source that names it.
  '✗ models/nguon-thieu-dia-chi/index.md:11 — trường “sources.0.url”: cần địa chỉ bài (url: https://…) để người đọc kiểm chứng; nếu bài không có trên mạng, ghi noUrl: và lý do.',
  '✗ models/nguon-thieu-dia-chi/index.md:11 — trường “sources.0.date”: cần ngày đăng như trang ghi (2024-03-07, 2024-03 hoặc 2024); nếu trang không ghi ngày, ghi dateNotShown: true.',
  '✗ models/nguon-thieu-dia-chi/index.md:9 — trường “movement”: chỉ ghi phong trào “Dân vận khéo” khi có nguồn nêu điều đó: thêm danVanKheo: mo-hinh (hoặc phong-trao) vào nguồn ấy, hoặc bỏ trường movement.',
  '✗ models/thieu-tieu-de/index.md — trường “title”: thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).',
  '✗ models/tieu-de-trong/index.md:2 — trường “title”: đang để trống. Hãy viết nội dung cho trường này.',
  '✗ models/trung-dia-chi/index.md:14 — trường “slug”: địa chỉ “hop-le” đã được dùng bởi models/hop-le/index.md. Hai bài không thể có cùng địa chỉ: đổi tên tệp hoặc thêm trường slug khác.',
  '✗ news/tin-thieu-tac-gia/index.md — trường “author”: thiếu trường bắt buộc. Hãy thêm trường này (cần chữ).',
  '✗ models/lien-quan-khong-co/index.md:15 — trường “related.0”: không có mô hình nào có địa chỉ “khong-ton-tai”. Dùng đúng slug của mô hình liên quan (phần cuối địa chỉ trang /mo-hinh/…/).',
  '✗ models/sai-dia-ban/index.md:4 — trường “place”: không có địa bàn “tan-chao”. Các giá trị có sẵn: an-giang, an-phu, chau-doc, chau-phu, chau-thanh, cho-moi, long-xuyen, phu-tan, tan-chau, thoai-son, tinh-bien, tri-ton. Dùng id trong places.yaml, hoặc thêm địa bàn mới vào tệp đó.',
  '✗ models/sai-linh-vuc/index.md:5 — trường “field”: không có lĩnh vực “kinh-te-xa-hoi”. Các giá trị có sẵn: kinh-te, quoc-phong-an-ninh, van-hoa-xa-hoi, xay-dung-he-thong-chinh-tri. Chọn một id trong fields.yaml.',
  '✗ models/to-chuc-sai/index.md:15 — trường “organisations.0”: không có tổ chức “hoi-phu-nu”. Các giá trị có sẵn: ban-dan-van-tinh-uy-an-giang, tinh-uy-an-giang. Dùng id trong organisations.yaml, hoặc thêm tổ chức mới vào tệp đó.',
  '✗ news/tin-sai-mo-hinh/index.md:7 — trường “models.0”: không có mô hình nào có địa chỉ “mo-hinh-khong-co”. Dùng đúng slug của mô hình (phần cuối địa chỉ trang /mo-hinh/…/).',
  '✗ models/dia-chi-cu-trung/index.md:15 — trường “aliases.0”: địa chỉ cũ “hop-le” đang là địa chỉ của models/trung-dia-chi/index.md. Một địa chỉ chỉ dẫn tới một bài: xoá dòng này hoặc đổi tên bài kia.',
  '✗ models/chu-mau/index.md:3: còn chữ mẫu trong dấu « ». Thay bằng nội dung thật (và xoá ghi chú « » sau giá trị đã chọn), hoặc để draft: true nếu bài chưa xong.',
  // Two problems in one entry: the schema's does not hide the fill-in text.
  '✗ models/chu-mau-va-sai-loai/index.md:3: còn chữ mẫu trong dấu « ». Thay bằng nội dung thật (và xoá ghi chú « » sau giá trị đã chọn), hoặc để draft: true nếu bài chưa xong.',
  '✗ models/chu-mau-va-sai-loai/index.md:6 — trường “kind”: giá trị “tap the” không được chấp nhận. Chọn một trong: tap-the, ca-nhan.',
  '! models/go-to-hop/index.md: văn bản có chữ ở dạng Unicode tổ hợp (NFD): dấu được gõ tách khỏi chữ. Hãy lưu lại tệp ở dạng Unicode dựng sẵn (NFC) để tìm kiếm và sắp xếp đúng.',
  '! models/lien-quan-ban-nhap/index.md:15 — trường “related.0”: mô hình liên quan “ban-nhap” chưa được xuất bản (bản nháp), nên liên kết sẽ không hiện.',
  '! models/so-lieu-hang-nghin/index.md:16: “value: 1.870” được đọc là số thập phân 1.87. Nếu là số hàng nghìn, viết liền không dấu chấm (ví dụ 1870).',
  // The text says "hơn", "gần"… before a figure's number while the figure has no qualifier.
  '! models/so-lieu-thieu-uoc-luong/index.md:16 — trường “figures.0.value”: phần tóm tắt (summary) viết “hơn 430 triệu đồng” nhưng số liệu này không có qualifier, nên trang hiện “430 triệu đồng” như một số chính xác. Nếu nguồn viết “hơn”, thêm dòng qualifier: hơn ngay dưới dòng value; nếu nguồn ghi đúng con số này, bỏ chữ “hơn” trong bài.',
  '! models/so-lieu-thieu-uoc-luong/index.md:21 — trường “figures.1.value”: nội dung bài, dòng 33 viết “Gần 1.870 hộ” nhưng số liệu này không có qualifier, nên trang hiện “1.870 hộ” như một số chính xác. Nếu nguồn viết “gần”, thêm dòng qualifier: gần ngay dưới dòng value; nếu nguồn ghi đúng con số này, bỏ chữ “gần” trong bài.',
  '! models/tieu-de-trung/index.md:2 — trường “title”: tiêu đề “mô hình hợp lệ” trùng với models/hop-le/index.md. Người đọc sẽ khó phân biệt hai bài; hãy đặt tiêu đề khác.',
  '! models/tom-tat-dai/index.md:3 — trường “summary”: dài 292 ký tự, thẻ trên điện thoại chỉ hiện khoảng 220 ký tự. Hãy viết gọn lại.',
];

describe('checkContent', () => {
  test('reports every broken entry at once, each with its exact message', async () => {
    const result = await checkContent(projectRoot, corpus, '2024-06-01');
    const report = formatReport(result).replaceAll(prefix, '');
    const lines = report
      .split('\n')
      .filter((l) => /^ {2}[✗!] /.test(l))
      .map((l) => l.trim());
    expect(lines.sort()).toEqual([...EXPECTED].sort());
  });

  test('ends with a count and tells the editor what to do next', async () => {
    const report = formatReport(await checkContent(projectRoot, corpus, '2024-06-01'));
    expect(report).toMatch(/^Kiểm tra nội dung: 37 tệp mô hình, 2 tệp tin tức, 12 địa bàn, 4 lĩnh vực, 2 tổ chức\./);
    expect(report).toMatch(/Kết quả: \d+ lỗi, \d+ cảnh báo\. Sửa các lỗi rồi chạy lại “npm run check”\.$/);
  });

  test('finds no problem in the real content', async () => {
    // Today's date, as `npm run check` uses it: entries published today must count as published.
    const result = await checkContent(projectRoot, path.join(projectRoot, 'content'));
    expect(result.findings).toEqual([]);
    expect(result.counts.models).toBeGreaterThan(0);
  });

  test('without errors, ends with what the next build publishes and what it leaves out', async () => {
    const result = await checkContent(projectRoot, path.join(projectRoot, 'content'));
    const { models, news } = result.publication.live;
    const lines = formatReport({
      ...result,
      publication: { ...result.publication, drafts: ['content/models/x/index.md'], scheduled: [] },
    }).split('\n');
    expect(lines.slice(-4)).toEqual([
      'Kết quả: không có lỗi, không có cảnh báo.',
      `Sẽ xuất bản: ${models} mô hình, ${news} tin tức.`,
      'Chưa xuất bản: 1 bản nháp.',
      '  · content/models/x/index.md — bản nháp (draft: true). Đổi thành draft: false khi bài đã xong.',
    ]);
    expect(formatReport(result)).not.toContain('Có thể xuất bản');
  });

  test('counts a draft as not published, even in a folder with errors', async () => {
    const result = await checkContent(projectRoot, corpus, '2024-06-01');
    expect(result.publication.drafts).toContain(`${prefix}models/ban-nhap/index.md`);
  });
});

describe('findFieldLine', () => {
  const raw = [
    '---',
    'title: A',
    'cover:',
    '  src: ./a.png',
    '  alt: B',
    'figures:',
    '  - label: X',
    '    value: 1',
    '  - label: Y',
    '    unit: km',
    'sources:',
    '  - title: T',
    '---',
    'Body',
  ].join('\n');

  test.each([
    ['title', 2],
    ['cover.alt', 5],
    ['cover.credit', 3],
    ['figures.1.unit', 10],
    ['figures.1', 9],
    ['sources.0.title', 12],
  ])('%s is on line %d', (field, line) => {
    expect(findFieldLine(raw, field)).toBe(line);
  });

  test('has no line for a missing top-level field, even if a nested one has its name', () => {
    expect(findFieldLine(raw, 'summary')).toBeUndefined();
    expect(findFieldLine(['---', 'sources:', '  - title: T', '---'].join('\n'), 'title')).toBeUndefined();
  });
});

describe('formatFinding and formatReport', () => {
  const result: CheckResult = {
    findings: [
      { file: 'content/models/a/_ghi-chu.md', severity: 'note', message: 'không xuất bản: …' },
      {
        file: 'content/models/a/index.md',
        line: 2,
        field: 'title',
        severity: 'warning',
        message: 'có ký tự vô hình: …',
      },
    ],
    counts: { models: 1, news: 0, places: 0, fields: 0, organisations: 0 },
    toComplete: [],
    publication: { live: { models: 1, news: 0 }, drafts: [], scheduled: [] },
  };

  test('marks a note with “·”, after the warnings, and does not count it as one', () => {
    expect(formatFinding(result.findings[0]!)).toBe('· content/models/a/_ghi-chu.md: không xuất bản: …');
    const report = formatReport(result);
    expect(report).toContain('CẢNH BÁO (1) — nên xem lại:\n  ! content/models/a/index.md:2 — trường “title”');
    expect(report).toContain('GHI CHÚ (1) — không cần sửa:\n  · content/models/a/_ghi-chu.md');
    expect(report).toMatch(/Kết quả: không có lỗi, 1 cảnh báo\./);
  });
});
