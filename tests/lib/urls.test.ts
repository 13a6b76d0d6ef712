import { describe, expect, test } from 'vitest';
import {
  fieldUrl,
  kindUrl,
  modelUrl,
  newsUrl,
  organisationUrl,
  pageUrl,
  placeUrl,
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
