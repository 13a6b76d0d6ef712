import { describe, expect, test } from 'vitest';
import FigureList from '../../src/components/FigureList.astro';
import { renderToString, textOf } from './render.ts';

describe('FigureList', () => {
  test('writes numbers the Vietnamese way with unit, date and a link to the source', async () => {
    const html = await renderToString(FigureList, {
      figures: [{ label: 'Kinh phí', value: 1870.5, unit: 'tỷ đồng', asOf: '2018', source: 2 }],
    });
    expect(textOf(html)).toContain('Kinh phí 1.870,5 tỷ đồng năm 2018 · nguồn [2]');
    expect(html).toContain('href="#nguon-2"');
  });

  test('writes the qualifier the source gives before the number', async () => {
    const html = await renderToString(FigureList, {
      figures: [{ label: 'Vốn vận động', qualifier: 'hơn', value: 500, unit: 'triệu đồng', asOf: '2024', source: 1 }],
    });
    expect(textOf(html)).toContain('Vốn vận động hơn 500 triệu đồng năm 2024');
  });
});
