import { describe, expect, test } from 'vitest';
import FacetNav from '../../src/components/FacetNav.astro';
import { getSidebar } from '../../src/lib/listing.ts';
import { renderToString, textOf } from './render.ts';
import { componentsCatalog } from '../fixtures/catalogs.ts';

const catalog = componentsCatalog;

describe('FacetNav', () => {
  test('lists only groups with models, with their counts, and marks the current one', async () => {
    const html = await renderToString(FacetNav, { facets: getSidebar(catalog) }, '/dia-ban/chau-doc/');
    const text = textOf(html);
    expect(text).toContain('thị xã Tân Châu (1)');
    expect(text).toContain('thành phố Châu Đốc (1)');
    expect(text).not.toContain('huyện Chợ Mới');
    expect(html).toMatch(/<a href="\/dia-ban\/chau-doc\/" aria-current="page"/);
    // Places are sorted by name in Vietnamese order: Châu Đốc before Tân Châu.
    expect(text.indexOf('Châu Đốc')).toBeLessThan(text.indexOf('Tân Châu'));
  });
});
