/**
 * What reaches the public site: drafts and scheduled entries never do (no page, no search entry),
 * and a place recorded under its later name is found by that name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildWithContent, searchBuiltSite } from './build-fixture.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every text the built site holds: its HTML, XML, JSON, and the search index's fragments unpacked. */
function siteText(dist: string): string {
  return filesUnder(dist)
    .map((file) => {
      if (file.endsWith('.pf_fragment')) return gunzipSync(readFileSync(file)).toString('utf8');
      return /\.(html|xml|json|txt|csv)$/.test(file) ? readFileSync(file, 'utf8') : '';
    })
    .join('\n');
}

const model = (title: string, extra: string) =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n${extra}\nsources:\n  - outlet: Nguồn thử\n---\n\nNội dung.\n`;

describe('publishing', () => {
  test('never builds or indexes a draft or an entry dated in the future', async () => {
    let checked = false;
    const { code, output } = await buildWithContent(
      {
        'models/ban-nhap-thu/index.md': model('Mô hình bản nháp XQZ', 'published: 2024-03-08\ndraft: true'),
        'models/hen-gio-thu/index.md': model('Mô hình hẹn giờ XQZ', 'published: 2099-01-01'),
        'news/tin-nhap-thu/index.md':
          '---\ntitle: Tin bản nháp XQZ\nsummary: Tóm tắt.\ndate: 2024-03-08\nauthor: Ban biên tập\ndraft: true\n---\n\nNội dung.\n',
      },
      async (dist) => {
        const pages = filesUnder(dist).map((f) => path.relative(dist, f));
        expect(pages.filter((p) => /ban-nhap-thu|hen-gio-thu|tin-nhap-thu/.test(p))).toEqual([]);
        const text = siteText(dist);
        expect(text).toContain('Bê tông hóa đường ra cánh đồng'); // the search fragments were read
        expect(text).not.toContain('XQZ');
        checked = true;
      },
    );
    expect(code, output).toBe(0);
    expect(checked).toBe(true);
  });

  test('finds a model by the later name recorded for its place', async () => {
    const places = readFileSync(new URL('../../content/places.yaml', import.meta.url), 'utf8');
    // A made-up successor, only in this throw-away copy: the real data records none until a source does.
    const renamed =
      places.replace(/(- id: tan-chau\n(?: {2}.*\n)*)/, '$1  successors:\n    - phuong-thu-nghiem\n') +
      '- id: phuong-thu-nghiem\n  name: Thử Nghiệm Mới\n  kind: phường\n  parent: an-giang\n';
    let found: string[] = [];
    const { code, output } = await buildWithContent({ 'places.yaml': renamed }, async (dist) => {
      found = await searchBuiltSite(dist, 'phuong thu nghiem moi', async (url) => {
        expect(await (await fetch(`${url}/dia-ban/tan-chau/`)).text()).toContain('Đơn vị kế thừa');
      });
    });
    expect(code, output).toBe(0);
    expect(found[0]).toBe('/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/');
  });
});
