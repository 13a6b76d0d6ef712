import { describe, expect, test } from 'vitest';
import { formatSourceDetails, getSourceName, isUnencrypted, sourceAnchorId } from '../../src/lib/sources.ts';

describe('getSourceName', () => {
  test('uses the title, or the outlet when there is no title', () => {
    expect(getSourceName({ title: 'Bài báo', outlet: 'VietNamNet' })).toBe('Bài báo');
    expect(getSourceName({ outlet: 'VietNamNet' })).toBe('VietNamNet');
  });
});

describe('formatSourceDetails', () => {
  test('joins outlet, author and date with commas and no stray spaces', () => {
    expect(formatSourceDetails({ title: 'Bài', outlet: 'Báo An Giang', author: 'Thanh Sang', date: '2024-03' })).toBe(
      ', Báo An Giang, tác giả Thanh Sang, tháng 3/2024.',
    );
  });

  test('does not repeat the outlet when it already stands as the name', () => {
    expect(formatSourceDetails({ outlet: 'VietNamNet', date: '2024' })).toBe(', năm 2024.');
  });

  test('ends with a full stop when only the outlet is known', () => {
    expect(formatSourceDetails({ outlet: 'Báo An Giang' })).toBe('.');
  });

  test('says when the page shows no date, when it is a repost and when it has no address', () => {
    expect(formatSourceDetails({ title: 'Bài', outlet: 'vietnam.vn', dateNotShown: true })).toBe(
      ', vietnam.vn. Trang không ghi ngày đăng.',
    );
    expect(
      formatSourceDetails({
        title: 'Bài',
        outlet: 'vietnam.vn',
        date: '2025-08-21',
        repost: true,
        originalOutlet: 'Báo An Giang',
      }),
    ).toBe(', vietnam.vn, 21/8/2025. Bài đăng lại; bài gốc của Báo An Giang.');
    expect(formatSourceDetails({ outlet: 'Báo Mới', date: '2024', repost: true })).toBe(
      ', năm 2024. Bài đăng lại từ một cơ quan báo chí khác.',
    );
    expect(formatSourceDetails({ title: 'Bài', outlet: 'Bản lưu', date: '2024-03', noUrl: 'Bản in.' })).toBe(
      ', Bản lưu, tháng 3/2024. Không có địa chỉ trên mạng: Bản in.',
    );
  });
});

describe('sourceAnchorId', () => {
  test('numbers sources from 1 under the prefix figures and quotations link to', () => {
    expect(sourceAnchorId(1)).toBe('nguon-1');
    expect(sourceAnchorId(12)).toBe('nguon-12');
  });
});

describe('isUnencrypted', () => {
  test.each([
    ['http://danvan.vn/Home/bai', true],
    ['HTTP://danvan.vn/', true],
    ['https://danvan.vn/', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isUnencrypted(url)).toBe(expected);
  });
});
