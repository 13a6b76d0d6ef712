/** RSS feeds. */
import { describe, expect, test } from 'vitest';
import { toRssDate } from '../../src/lib/feeds.ts';

describe('toRssDate', () => {
  test('is the start of the day in Vietnam', () => {
    expect(toRssDate('2024-03-07').toISOString()).toBe('2024-03-06T17:00:00.000Z');
  });
});
