import { describe, expect, test } from 'vitest';
import FiguresOverview from '../../src/components/FiguresOverview.astro';
import { getFigureSections } from '../../src/lib/figure-sets.ts';
import { getSiteCounts } from '../../src/lib/site-counts.ts';
import { reorganisationCatalog } from '../fixtures/catalogs.ts';
import { districtSets, figureSets, listSet, partsSet } from '../fixtures/figure-sets.ts';
import { renderToString, textOf } from './render.ts';

const counts = getSiteCounts(reorganisationCatalog);
const render = (sets = figureSets) =>
  renderToString(FiguresOverview, { sections: getFigureSections(sets, reorganisationCatalog.placeById), counts });

/** The HTML from the heading with this id to the next heading of its level or above. */
function section(html: string, headingId: string): string {
  const start = html.search(new RegExp(`<h[23] id="${headingId}"`));
  expect(start, headingId).toBeGreaterThan(-1);
  const level = Number(html[start + 2]);
  const next = html.slice(start + 1).search(level === 2 ? /<h2 / : /<h[23] /);
  return next === -1 ? html.slice(start) : html.slice(start, start + 1 + next);
}

describe('FiguresOverview', () => {
  test('keeps official figures and the site’s own counts in separate sections', async () => {
    const html = await render();
    const official = section(html, 'so-lieu-chinh-thuc');
    const districts = section(html, 'so-lieu-huyen');
    const site = section(html, 'tren-trang-nay');
    // Every official figure sits in an official section, none among the site's counts.
    for (const label of ['Tổng số mô hình', 'Xây dựng hệ thống chính trị', 'Vận động được', 'hơn 1.870 tỷ đồng'])
      expect(official).toContain(label);
    expect(districts).toContain('342 mô hình');
    for (const text of ['1.000', '4.321', '1.870', '342', 'Báo thử']) expect(textOf(site)).not.toContain(text);
    expect(site).not.toContain('example.test');
    // The site's counts say what they are, and hold no official figure.
    expect(textOf(site)).toContain('Trên trang này: số mô hình đang có');
    expect(textOf(site)).toContain('Đây không phải số liệu chính thức của tỉnh');
    expect(textOf(site)).toContain('6 mô hình');
    expect(official).not.toContain('Trên trang này');
    expect(textOf(official)).toContain(
      'Số liệu của các nhóm khác nhau không được cộng lại, nối thành đường hay vẽ trên cùng một trục',
    );
  });

  test('shows every set’s source: its address, headline, publisher and date or “không ghi ngày”', async () => {
    const html = await render();
    for (const set of figureSets) expect(html).toContain(`<a href="${set.source.url}">${set.source.title}</a>`);
    const text = textOf(html);
    expect(text).toContain('Nguồn: Bài thử một, Báo thử, 7/3/2019.');
    expect(text).toContain('Nguồn: Bài thử hai, Cổng thử, không ghi ngày. Trang không mã hóa (http).');
    expect(text).toContain('Bài thử bốn, Đài thử, không ghi ngày.');
  });

  test('draws a chart only for parts of one whole, and never across sets or districts', async () => {
    const html = await render();
    const charts = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    // One for the parts set, three for the site's counts; none for the list set or the districts.
    expect(charts).toHaveLength(4);
    expect(section(html, 'so-lieu-chinh-thuc').match(/<svg/g)).toHaveLength(1);
    expect(section(html, `${listSet.id}-tieu-de`)).not.toContain('<svg');
    expect(section(html, 'so-lieu-huyen')).not.toContain('<svg');
    expect(textOf(section(html, `${partsSet.id}-tieu-de`))).toContain(
      'Tổng số mô hình (tổng, theo nguồn) 1.000 mô hình',
    );
  });

  test('shows a note as a footnote linked both ways', async () => {
    const html = await render();
    expect(html).toContain('<a href="#kien-giang-2021-2023-ghi-chu" id="kien-giang-2021-2023-dau-ghi-chu">');
    expect(html).toMatch(
      /<p class="note" id="kien-giang-2021-2023-ghi-chu">\s*Ghi chú: Con số này không khớp[^<]*<a href="#kien-giang-2021-2023-dau-ghi-chu">/,
    );
    // The district's note too, under the table.
    expect(html).toContain('<a href="#an-phu-2016-2020-ghi-chu" id="an-phu-2016-2020-dau-ghi-chu">');
    expect(html).toMatch(
      /<li id="an-phu-2016-2020-ghi-chu">\s*Huyện An Phú, 2016–2020: Trang không ghi ngày[^<]*<a href="#an-phu-2016-2020-dau-ghi-chu">/,
    );
  });

  test('lists districts in a table, each linked to its place page, with period, count, figures and source', async () => {
    const rows = section(await render(), 'so-lieu-huyen').match(/<tr id="[^"]+">[\s\S]*?<\/tr>/g) ?? [];
    // Each figure of a row is an item of its own list (textOf joins items without a space).
    const cells = rows.map((r) => textOf(r.replace(/<\/li>\s*<li>/g, '</li> · <li>')));
    expect(cells).toEqual([
      'Huyện An Phú 2016–2020 Mô hình đăng ký, tập thể và cá nhân. (xem ghi chú) Tổng: 77 mô hình · Tập thể: 60 mô hình · Cá nhân: 17 mô hình Bài thử bốn, Đài thử, không ghi ngày.',
      'Huyện Châu Thành năm 2019 Mô hình “Dân vận khéo” của huyện. Mô hình: 342 mô hình Bài thử ba, Báo thử, tháng 10/2019.',
    ]);
    expect(rows[0]).toContain('<a href="/dia-ban/an-phu/">Huyện An Phú</a>');
    expect(districtSets).toHaveLength(2);
  });

  test('says plainly that no verified figures are listed yet, and still shows the site’s counts', async () => {
    const html = await render([]);
    expect(textOf(section(html, 'so-lieu-chinh-thuc'))).toContain('Chưa có số liệu nào được liệt kê ở đây');
    expect(html).not.toContain('so-lieu-huyen');
    expect(section(html, 'tren-trang-nay').match(/<svg/g)).toHaveLength(3);
  });
});
