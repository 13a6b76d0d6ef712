import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as urls from '../../src/lib/urls.ts';
import {
  fieldUrl,
  kindUrl,
  modelUrl,
  newsUrl,
  organisationUrl,
  pageUrl,
  placeUrl,
  shareImageUrl,
  yearUrl,
} from '../../src/lib/urls.ts';

describe('public URLs', () => {
  test.each([
    [modelUrl('duong-ra-dong'), '/mo-hinh/duong-ra-dong/'],
    [newsUrl('hoi-nghi'), '/tin-tuc/hoi-nghi/'],
    [placeUrl('tan-chau'), '/dia-ban/tan-chau/'],
    [fieldUrl('kinh-te'), '/linh-vuc/kinh-te/'],
    [organisationUrl('hoi-nong-dan'), '/to-chuc/hoi-nong-dan/'],
    [yearUrl(2024), '/nam/2024/'],
    [kindUrl('ca-nhan'), '/loai/ca-nhan/'],
    [shareImageUrl('mo-hinh', 'duong-ra-dong'), '/anh-chia-se/mo-hinh/duong-ra-dong.png'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('pageUrl', () => {
  test('keeps page 1 at the listing and puts later pages under trang/', () => {
    expect(pageUrl('/mo-hinh/', 1)).toBe('/mo-hinh/');
    expect(pageUrl('/mo-hinh/', 2)).toBe('/mo-hinh/trang/2/');
  });
});

/** The route file that serves a fixed URL, or the file in public/ (the sitemap and Pagefind are written by integrations). */
function routeFileOf(url: string): string[] {
  const path = url.replace(/^\//, '').replace(/\/$/, '');
  if (url.endsWith('/')) {
    // A listing is served by its paginated route.
    return [`src/pages/${path || 'index'}.astro`, `src/pages/${path}/index.astro`, `src/pages/${path}/[...page].astro`];
  }
  return [`src/pages/${path}.ts`, `public/${path}`];
}

describe('fixed URLs', () => {
  const fixed = Object.entries(urls as Record<string, unknown>).flatMap(([name, value]) =>
    typeof value === 'string' && value.startsWith('/') && !['SITEMAP_URL', 'PAGEFIND_SCRIPT_URL'].includes(name)
      ? [[name, value] as const]
      : [],
  );

  test.each(fixed)('%s (%s) is served by a file of the site', (_name, url) => {
    expect(routeFileOf(url).some((file) => existsSync(file))).toBe(true);
  });
});
