/**
 * What reaches the public site: drafts and scheduled entries never do (no page, no search entry),
 * a place recorded under its later name is found by that name, and a renamed entry's old address
 * still leads to it. The three changes do not touch each other's pages, so one build holds them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getToday } from '../../src/lib/today.ts';
import { buildMessage, buildAndKeep, searchBuiltSite, type BuiltCopy } from './build-fixture.ts';

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

const content = (file: string) => readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8');

const model = (title: string, extra: string) =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\nplace: tan-chau\nfield: kinh-te\nkind: tap-the\nyear: 2024\n${extra}\nsources:\n  - outlet: Nguồn thử\n    url: https://example.org/bai-thu\n    date: 2024\n---\n\nNội dung.\n`;

/** Half a year after today: scheduled, and within the year a scheduled entry may wait (date-bounds.ts). */
const SCHEDULED = new Date(Date.parse(getToday()) + 180 * 86_400_000).toISOString().slice(0, 10);

/** Drafts and a scheduled entry, marked XQZ so any trace of them on the site can be found. */
const UNPUBLISHED = {
  'models/ban-nhap-thu/index.md': model('Mô hình bản nháp XQZ', 'published: 2024-03-08\ndraft: true'),
  'models/hen-gio-thu/index.md': model('Mô hình hẹn giờ XQZ', `published: ${SCHEDULED}`),
  'news/tin-nhap-thu/index.md':
    '---\ntitle: Tin bản nháp XQZ\nsummary: Tóm tắt.\ndate: 2024-03-08\nauthor: Ban biên tập\ndraft: true\n---\n\nNội dung.\n',
};

/**
 * A made-up successor added to Tân Châu's, only in this throw-away copy: a name no real place has,
 * so a search can only find Tân Châu's model through it.
 */
const RENAMED_PLACE = {
  'places.yaml':
    content('places.yaml').replace(/(- id: tan-chau\n(?: {2}.*\n)*? {2}successors:\n)/, '$1    - phuong-thu-nghiem\n') +
    '- id: phuong-thu-nghiem\n  name: Thử Nghiệm Mới\n  kind: phường\n  parent: an-giang\n',
};

/** Thoại Sơn's model keeps a former address. */
const ALIAS = {
  'models/hien-dat-lam-duong-thoai-son/index.mdx': content('models/hien-dat-lam-duong-thoai-son/index.mdx').replace(
    'kind: tap-the\n',
    'kind: tap-the\naliases:\n  - ten-cu-thoai-son\n',
  ),
};

let site: BuiltCopy | undefined;
beforeAll(async () => {
  expect(RENAMED_PLACE['places.yaml']).toContain('  successors:\n    - phuong-thu-nghiem\n    - phuong-tan-chau\n');
  expect(ALIAS['models/hien-dat-lam-duong-thoai-son/index.mdx']).toContain('ten-cu-thoai-son');
  site = await buildAndKeep({ ...UNPUBLISHED, ...RENAMED_PLACE, ...ALIAS });
  expect(site.code, buildMessage(site)).toBe(0);
});
afterAll(() => site?.dispose());

describe('publishing', () => {
  test('never builds or indexes a draft or an entry dated in the future', () => {
    const dist = site!.dist;
    const pages = filesUnder(dist).map((f) => path.relative(dist, f));
    expect(pages.filter((p) => /ban-nhap-thu|hen-gio-thu|tin-nhap-thu/.test(p))).toEqual([]);
    const text = siteText(dist);
    expect(text).toContain('Bê tông hóa đường ra cánh đồng'); // the search fragments were read
    expect(text).not.toContain('XQZ');
  });

  test('finds a model by the later name recorded for its place', async () => {
    const found = await searchBuiltSite(site!.dist, 'phuong thu nghiem moi', async (url) => {
      expect(await (await fetch(`${url}/dia-ban/tan-chau/`)).text()).toContain('>phường Thử Nghiệm Mới</a>');
    });
    expect(found[0]).toBe('/mo-hinh/duong-be-tong-ra-canh-dong-tan-chau/');
  });
});

describe('renaming', () => {
  test('an old address listed under aliases redirects to the new page', async () => {
    const redirect = await readFile(path.join(site!.dist, 'mo-hinh/ten-cu-thoai-son/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/mo-hinh/hien-dat-lam-duong-thoai-son/">');
    expect(redirect).toContain(
      '<link rel="canonical" href="https://danvankheo.angiang.example/mo-hinh/hien-dat-lam-duong-thoai-son/">',
    );
    expect(redirect).toContain('<meta name="robots" content="noindex">');
  });
});
