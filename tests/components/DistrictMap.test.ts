/**
 * The map as the build writes it: one link per former district with its count in its name, the
 * same numbers in the table, the current unit outlined on its own page, the models the map cannot
 * place listed apart, and the data's credit with its licence link.
 */
import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import DistrictMap from '../../src/components/DistrictMap.astro';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { getDistrictMap } from '../../src/lib/district-map.ts';
import { catalogInput, model, place } from '../fixtures/entries.ts';
import { renderToString, textOf } from './render.ts';

const realPlaces = (
  parse(readFileSync(new URL('../../content/places.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[]
).map(place);
const catalog = buildCatalog(
  catalogInput({
    places: realPlaces,
    models: [
      model('a', { place: 'tri-ton' }),
      model('b', { place: 'xa-luong-phi-tri-ton' }),
      model('c', { place: 'tan-chau' }),
      model('d', { place: 'an-giang', title: 'Chương trình trên cả tuyến biên giới' }),
      model('e', { place: 'xa-chau-thanh', title: 'Mô hình ở xã mới' }),
    ],
  }),
  { today: '2026-01-01' },
);
const map = getDistrictMap(catalog);
const render = async (props: Record<string, unknown> = {}) =>
  parseHtml(await renderToString(DistrictMap, { map, ...props }));

describe('DistrictMap', () => {
  test('draws every former district as a link to its page, named with its count', async () => {
    const root = await render();
    const links = root.querySelectorAll('svg a');
    expect(links).toHaveLength(26);
    // Its name: the label, or for Kiên Hải's box the text it shows.
    const names = new Map(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label') ?? a.text.trim()]));
    expect(names.get('/dia-ban/tri-ton/')).toBe('huyện Tri Tôn: 2 mô hình');
    expect(names.get('/dia-ban/tan-chau/')).toBe('thị xã Tân Châu: 1 mô hình');
    expect(names.get('/dia-ban/kien-hai/')).toBe('huyện Kiên Hải: 0 mô hình');
    // A fixed aspect ratio from the viewBox (width 100 %, height auto): no layout shift.
    expect(root.querySelector('svg')?.getAttribute('viewBox')).toBe(`0 0 ${map.geometry.width} ${map.geometry.height}`);
    expect(root.querySelector('svg')?.hasAttribute('height')).toBe(false);
    // Each shape has its path; Kiên Hải (no shape) its box.
    expect(root.querySelectorAll('svg a path')).toHaveLength(25);
    expect(root.querySelectorAll('svg a rect')).toHaveLength(1);
  });

  test('writes the counts on the units and fills a unit without models with the hatch', async () => {
    const root = await render();
    const triTon = root.querySelector('svg a[href="/dia-ban/tri-ton/"]')!;
    expect(triTon.querySelector('text')?.text).toBe('2');
    expect(triTon.querySelector('path')?.getAttribute('class')).toBe('dmap-l2');
    const anPhu = root.querySelector('svg a[href="/dia-ban/an-phu/"]')!;
    expect(anPhu.querySelector('text')).toBeNull();
    expect(anPhu.querySelector('path')?.getAttribute('class')).toBe('dmap-l0');
    expect(textOf(root.querySelector('.dmap-legend')!.toString())).toBe('chưa có mô hình 1 mô hình 2 mô hình');
  });

  test('puts the same numbers in a table, one row per unit, grouped by former province', async () => {
    const root = await render();
    const rows = root.querySelectorAll('.dmap-table tbody tr').filter((r) => r.querySelector('td'));
    expect(rows).toHaveLength(26);
    const counts = new Map(
      rows.map((r) => [r.querySelector('a')!.getAttribute('href'), r.querySelectorAll('td')[1]!.text]),
    );
    for (const u of map.units) expect(counts.get(u.place.url), u.place.id).toBe(String(u.count));
    expect(root.querySelectorAll('.dmap-table tbody th').map((th) => th.text.trim())).toEqual([
      'Tỉnh An Giang',
      'Tỉnh Kiên Giang',
    ]);
  });

  test('outlines the current unit on its own page, and only that one', async () => {
    const triTon = catalog.placeById.get('tri-ton')!;
    const root = await render({ current: triTon });
    const current = root.querySelectorAll('svg a[aria-current="page"]');
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['/dia-ban/tri-ton/']);
    const outline = root.querySelector('path.dmap-current');
    expect(outline?.getAttribute('d')).toBe(current[0]!.querySelector('path')!.getAttribute('d'));
    expect(root.querySelector('figcaption')?.text).toContain('huyện Tri Tôn có viền đậm');
    expect(root.querySelector('.dmap-row-current a')?.getAttribute('href')).toBe('/dia-ban/tri-ton/');
    const home = await render();
    expect(home.querySelector('path.dmap-current')).toBeNull();
    expect(home.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  test('credits the geometry with its licence link and says the borders are schematic', async () => {
    const root = await render();
    const notes = root.querySelector('.dmap-notes')!;
    expect(notes.text).toContain("Who's On First, dữ liệu Mesoshapes (CC0)");
    expect(notes.text).toContain('Ranh giới mang tính minh họa');
    expect(notes.querySelector('a')?.getAttribute('href')).toBe(
      'https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md',
    );
  });

  test('lists province-wide models and those of new units apart on /dia-ban/, and links there elsewhere', async () => {
    const index = await render({ apartHeadingLevel: 3 });
    const apart = index.querySelector('section.dmap-apart')!;
    expect(apart.querySelector('h3')?.id).toBe('ngoai-ban-do');
    expect(apart.querySelectorAll('h4').map((h) => textOf(h.toString()))).toEqual([
      'Trên phạm vi cả tỉnh (1)',
      'Ở xã, phường, đặc khu từ ngày 1/7/2025 (1)',
    ]);
    expect(textOf(apart.toString())).toContain('Chương trình trên cả tuyến biên giới');
    expect(textOf(apart.toString())).toContain('Mô hình ở xã mới');
    const home = await render();
    expect(home.querySelector('#ngoai-ban-do')).toBeNull();
    expect(home.querySelector('.dmap-apart-link a')?.getAttribute('href')).toBe('/dia-ban/#ngoai-ban-do');
    expect(home.querySelector('.dmap-apart-link')?.text).toContain('2 mô hình');
  });
});
