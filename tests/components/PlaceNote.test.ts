import { describe, expect, test } from 'vitest';
import PlaceNote from '../../src/components/PlaceNote.astro';
import { getChildPlaces, getFormerUnits } from '../../src/lib/catalog.ts';
import { componentsCatalog, reorganisationCatalog } from '../fixtures/catalogs.ts';
import { renderToString, textOf } from './render.ts';

const at = (id: string) => reorganisationCatalog.placeById.get(id)!;

describe('PlaceNote', () => {
  test('a former commune says what it became, with links', async () => {
    const html = await renderToString(PlaceNote, { place: at('xa-khanh-an-an-phu') });
    expect(textOf(html)).toContain('Từ ngày 1/7/2025, xã Khánh An thuộc xã Khánh Bình, tỉnh An Giang.');
    expect(html).toContain('href="/dia-ban/xa-khanh-binh/"');
    expect(textOf(html)).toContain('được dùng đến hết ngày 30/6/2025');
  });

  test('a split commune names each unit that received a part', async () => {
    const html = await renderToString(PlaceNote, { place: at('xa-phuoc-hung-an-phu') });
    expect(textOf(html)).toContain(
      'Từ ngày 1/7/2025, địa bàn xã Phước Hưng được chia về xã An Phú, xã Khánh Bình (mỗi nơi một phần), tỉnh An Giang.',
    );
  });

  test('a former district names the communes its area went to, and the units it held', async () => {
    const place = at('an-phu');
    const html = await renderToString(PlaceNote, { place, held: getChildPlaces(reorganisationCatalog, place) });
    const text = textOf(html);
    expect(text).toContain(
      'Từ ngày 1/7/2025, địa bàn huyện An Phú thuộc các xã: xã An Phú, xã Khánh Bình, tỉnh An Giang.',
    );
    expect(text).toContain('Gồm các xã, thị trấn (đến 30/6/2025): xã Khánh An, thị trấn Long Bình, xã Phước Hưng.');
    expect(html).toContain('href="/dia-ban/thi-tran-long-binh-an-phu/"');
  });

  test('a new commune names the former units it came from, with their district, and a part where split', async () => {
    const place = at('xa-khanh-binh');
    const html = await renderToString(PlaceNote, { place, former: getFormerUnits(place) });
    expect(textOf(html)).toContain(
      'Trước ngày 1/7/2025, địa bàn này thuộc: xã Khánh An (huyện An Phú), thị trấn Long Bình (huyện An Phú), xã Phước Hưng (huyện An Phú, một phần).',
    );
    expect(html).toContain('href="/dia-ban/xa-khanh-an-an-phu/"');
    expect(textOf(html)).not.toContain('Từ ngày');
  });

  test('the former province says it is part of today’s province', async () => {
    const html = await renderToString(PlaceNote, { place: at('kien-giang') });
    expect(textOf(html)).toContain('Từ ngày 1/7/2025, tỉnh Kiên Giang thuộc tỉnh An Giang.');
  });

  test('a former and a new commune link to the lookup of communes by name; a unit never reorganised does not', async () => {
    const lookup = 'href="/tra-cuu-xa-phuong/"';
    const former = await renderToString(PlaceNote, { place: at('xa-khanh-an-an-phu') });
    const formed = at('xa-khanh-binh');
    const current = await renderToString(PlaceNote, { place: formed, former: getFormerUnits(formed) });
    const unchanged = await renderToString(PlaceNote, { place: componentsCatalog.placeById.get('chau-doc')! });
    expect(former).toContain(lookup);
    expect(current).toContain(lookup);
    expect(unchanged).not.toContain(lookup);
  });

  test('no stray space before a comma or a full stop', async () => {
    const place = at('an-phu');
    const text = textOf(await renderToString(PlaceNote, { place, held: getChildPlaces(reorganisationCatalog, place) }));
    expect(text).not.toMatch(/ [,.]/);
  });
});
