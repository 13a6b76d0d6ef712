import { describe, expect, test } from 'vitest';
import { formatSourceDetails, getSourceName, sourceAnchorId } from '../../src/lib/sources.ts';

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

  test('ends with a full stop when nothing else is known', () => {
    expect(formatSourceDetails({ title: 'Bài' })).toBe('.');
  });
});

describe('sourceAnchorId', () => {
  test('numbers sources from 1 under the prefix figures and quotations link to', () => {
    expect(sourceAnchorId(1)).toBe('nguon-1');
    expect(sourceAnchorId(12)).toBe('nguon-12');
  });
});
