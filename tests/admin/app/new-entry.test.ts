/** New entries start as drafts: the editor's address for a new entry carries the starting values. */
import { describe, expect, test } from 'vitest';
import { newEntryHash } from '../../../src/admin/app/new-entry.ts';

describe('newEntryHash', () => {
  test.each([
    ['#/collections/models/new', '#/collections/models/new?draft=true'],
    ['#/collections/news/new', '#/collections/news/new?draft=true'],
  ])('sends %s to %s', (hash, expected) => {
    expect(newEntryHash(hash)).toBe(expected);
  });

  test.each([
    '#/collections/models/new?draft=true',
    '#/collections/models/new?title=X',
    '#/collections/models',
    '#/collections/models/entries/a/index',
    '#/collections/lists/new',
    '',
  ])('leaves %s alone', (hash) => {
    expect(newEntryHash(hash)).toBeUndefined();
  });
});
