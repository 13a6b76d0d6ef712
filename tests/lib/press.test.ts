/** The press and sharing modules: structured data, citations, share cards, open data, feeds, redirects. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitemapFilter } from '../../src/integrations/sitemap-filter.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { toRssDate } from '../../src/lib/feeds.ts';
import { toCsv, toOpenDataRecords } from '../../src/lib/open-data.ts';
import { getRedirects, withRedirects } from '../../src/lib/redirects.ts';
import { modelPageKey } from '../../src/lib/cache-keys.ts';
import { formatCitation, modelShareCard, newsShareCard, shareLinks } from '../../src/lib/share.ts';
import { shareImageUrl } from '../../src/lib/urls.ts';
import { breadcrumbList, modelArticle, newsArticle, toJsonLd } from '../../src/lib/structured-data.ts';
import { catalogInput, model, newsItem } from '../fixtures/entries.ts';

const catalog = buildCatalog(
  catalogInput({
    models: [
      model('duong-ra-dong', {
        title: 'Đường ra đồng',
        aliases: ['duong-cu'],
        organisations: ['hoi-nong-dan'],
        figures: [{ label: 'Đường bê tông', value: 1870.5, unit: 'm', asOf: '2024', source: 1 }],
      }),
    ],
    news: [
      newsItem('hoi-nghi', {
        title: 'Hội nghị',
        models: ['duong-ra-dong'],
        source: { title: 'Bài gốc', author: 'Thanh Sang' },
      }),
    ],
  }),
  { today: '2024-06-01' },
);
const [m] = catalog.models;
const [n] = catalog.news;

describe('modelArticle', () => {
  test('is an Article about a place, led by organisations, citing its sources', () => {
    const data = modelArticle(m!, shareImageUrl('mo-hinh', m!.slug));
    expect(data).toMatchObject({
      '@type': 'Article',
      url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
      image: 'https://danvankheo.angiang.example/anh-chia-se/mo-hinh/duong-ra-dong.png',
      contentLocation: {
        '@type': 'AdministrativeArea',
        name: 'thị xã Tân Châu',
        containedInPlace: { name: 'tỉnh An Giang' },
      },
      sourceOrganization: [{ '@type': 'GovernmentOrganization', name: 'Hội Nông dân tỉnh An Giang' }],
      citation: [{ '@type': 'CreativeWork', name: 'Một bài báo', publisher: { name: 'Báo An Giang' } }],
      datePublished: '2024-03-08',
    });
  });
});

describe('newsArticle', () => {
  test('is a NewsArticle about its models, based on its source', () => {
    expect(newsArticle(n!, '/x.png')).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Hội nghị',
      author: { '@type': 'Organization', name: 'Ban biên tập' },
      about: [{ headline: 'Đường ra đồng', url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/' }],
      isBasedOn: { name: 'Bài gốc', author: { name: 'Thanh Sang' } },
    });
  });
});

describe('breadcrumbList', () => {
  test('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbList([
        { name: 'Trang chủ', path: '/' },
        { name: 'Mô hình', path: '/mo-hinh/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://danvankheo.angiang.example/' },
      { '@type': 'ListItem', position: 2, name: 'Mô hình', item: 'https://danvankheo.angiang.example/mo-hinh/' },
    ]);
  });
});

describe('toJsonLd', () => {
  test('can never close the script tag it sits in', () => {
    const json = toJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('formatCitation', () => {
  test('gives publisher, year, quoted title, site, Vietnamese dates and the permanent URL', () => {
    expect(
      formatCitation({
        title: 'Đường ra đồng',
        published: '2024-03-08',
        updated: '2024-05-01',
        url: '/mo-hinh/duong-ra-dong/',
      }),
    ).toBe(
      'Ban biên tập Dân vận khéo An Giang (2024). “Đường ra đồng”. Dân vận khéo An Giang, đăng ngày 8 tháng 3, 2024, cập nhật ngày 1 tháng 5, 2024. https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
    );
  });
});

describe('share cards', () => {
  test('a model card carries place, field and its first figure, formatted the Vietnamese way', () => {
    expect(modelShareCard(m!)).toEqual({
      kind: 'Mô hình',
      title: 'Đường ra đồng',
      place: 'thị xã Tân Châu',
      field: 'Kinh tế',
      figure: { value: '1.870,5 m', label: 'Đường bê tông' },
      siteName: 'Dân vận khéo An Giang',
    });
  });

  test('a news card carries the places of its models', () => {
    expect(newsShareCard(n!)).toMatchObject({ kind: 'Tin tức', place: 'thị xã Tân Châu' });
  });

  test('the Facebook link shares the absolute URL', () => {
    expect(shareLinks('/mo-hinh/a/').facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdanvankheo.angiang.example%2Fmo-hinh%2Fa%2F',
    );
  });
});

describe('open data', () => {
  test('one record per model with absolute URL, labels and figures', () => {
    const [record] = toOpenDataRecords(catalog.models);
    expect(record).toMatchObject({
      slug: 'duong-ra-dong',
      url: 'https://danvankheo.angiang.example/mo-hinh/duong-ra-dong/',
      place: 'thị xã Tân Châu',
      kind: 'Tập thể',
      organisations: ['Hội Nông dân tỉnh An Giang'],
      figures: [{ label: 'Đường bê tông', value: 1870.5, unit: 'm', as_of: '2024', source: 1 }],
    });
  });

  test('CSV starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const [record] = toOpenDataRecords(catalog.models);
    const csv = toCsv([{ ...record!, title: '=HYPERLINK("x")', summary: 'Một, hai' }]);
    expect(csv.startsWith('\uFEFFslug,url,title,summary,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")","Một, hai"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('toRssDate', () => {
  test('is the start of the day in Vietnam', () => {
    expect(toRssDate('2024-03-07').toISOString()).toBe('2024-03-06T17:00:00.000Z');
  });
});

describe('getRedirects', () => {
  test('points each former slug at the current page', () => {
    expect(getRedirects(catalog.models)).toEqual([
      { from: 'duong-cu', to: '/mo-hinh/duong-ra-dong/', title: 'Đường ra đồng' },
    ]);
  });
});

describe('withRedirects', () => {
  test('gives each entry its page and each former slug a redirect page, all with cache keys', () => {
    const paths = withRedirects(catalog, catalog.models, modelPageKey);
    expect(paths.map((p) => [p.params.slug, p.props.entry?.slug, p.props.redirect?.to])).toEqual([
      ['duong-ra-dong', 'duong-ra-dong', undefined],
      ['duong-cu', undefined, '/mo-hinh/duong-ra-dong/'],
    ]);
    expect(paths[0]?.cacheKey).toBe(modelPageKey(catalog, catalog.models[0]!));
    expect(paths[1]?.cacheKey).not.toBe(paths[0]?.cacheKey);
  });
});

describe('sitemapFilter', () => {
  test('leaves out the 404 page and the redirect pages at former addresses', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dvk-sitemap-'));
    await mkdir(path.join(dir, 'models', 'a'), { recursive: true });
    await writeFile(path.join(dir, 'models', 'a', 'index.md'), '---\ntitle: A\naliases:\n  - ten-cu\n---\n');
    const keep = sitemapFilter(dir);
    expect(keep('https://x.example/mo-hinh/a/')).toBe(true);
    expect(keep('https://x.example/mo-hinh/ten-cu/')).toBe(false);
    expect(keep('https://x.example/404/')).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});
