import { describe, expect, test } from 'vitest';
import BarChart from '../../src/components/BarChart.astro';
import { renderToString, textOf } from './render.ts';

const props = {
  id: 'thu',
  caption: 'Mô hình theo lĩnh vực.',
  unit: 'mô hình',
  bars: [
    { label: 'Kinh tế', value: 652, href: '/linh-vuc/kinh-te/' },
    { label: 'Văn hóa - xã hội', value: 1545, qualifier: 'hơn' },
  ],
};

describe('BarChart', () => {
  test('draws one bar per value, each value printed, in an SVG image named after its caption', async () => {
    const html = await renderToString(BarChart, props);
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toMatch(/role="img"/);
    expect(svg).toContain('aria-label="Biểu đồ thanh: Mô hình theo lĩnh vực. Các con số có trong bảng ngay dưới."');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(textOf(svg)).toBe('Kinh tế 652 Văn hóa - xã hội hơn 1.545');
    // A fixed viewBox with width and height: the browser reserves the space before drawing.
    expect(svg).toMatch(/viewBox="0 0 360 \d+" width="360" height="\d+"/);
    // Links inside an image would be hidden from screen readers: they are in the table.
    expect(svg).not.toContain('<a ');
  });

  test('gives the numbers in a table named by the caption, with the unit and the links', async () => {
    const html = await renderToString(BarChart, props);
    expect(html).toContain('<figcaption id="thu-chu-thich">Mô hình theo lĩnh vực. Đơn vị: mô hình.</figcaption>');
    expect(html).toContain('<table class="figure-table data-table" aria-labelledby="thu-chu-thich">');
    expect(html).toContain('<a href="/linh-vuc/kinh-te/">Kinh tế</a>');
    const rows = html.match(/<tr>[\s\S]*?<\/tr>/g)?.map(textOf);
    expect(rows).toEqual(['Nội dungSố liệu', 'Kinh tế 652 mô hình', 'Văn hóa - xã hội hơn 1.545 mô hình']);
  });
});
