/**
 * What the Markdown loader made of a file is given again only for the very same text read by the
 * very same code (src/loaders/entry-info-cache.ts); the incremental build tests compare builds that
 * use it with forced builds that do not (tests/builds/incremental*.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EntryInfoCache } from '../../src/loaders/entry-info-cache.ts';

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dvk-entry-info-'));
  file = path.join(dir, 'cache', 'models.bin');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY = '/du-an/content/models/duong-ra-dong/index.md';
const TEXT = '---\ntitle: Đường bê tông ra cánh đồng\npublished: 2024-03-01\n---\nNội dung.\n';
const DATA = { title: 'Đường bê tông ra cánh đồng', published: '2024-03-01', tags: ['giao-thong'] };

/** A cache written with `entries` by code of `fingerprint`, read back as the next sync would. */
function nextSync(entries: [string, string, Record<string, unknown>][], fingerprint = 'a1', later = fingerprint) {
  const first = new EntryInfoCache(file, fingerprint);
  for (const [entry, text, data] of entries) first.set(entry, text, data);
  first.write();
  const second = new EntryInfoCache(file, later);
  second.read();
  return second;
}

describe('EntryInfoCache', () => {
  test('gives what the same text gave at the last sync, as a copy', () => {
    const cache = nextSync([[ENTRY, TEXT, DATA]]);
    const given = cache.get(ENTRY, TEXT);
    expect(given).toEqual(DATA);
    (given!['tags'] as string[]).push('sua');
    expect(cache.get(ENTRY, TEXT)).toEqual(DATA);
  });

  test('gives nothing for other text, another file, or code that changed', () => {
    expect(nextSync([[ENTRY, TEXT, DATA]]).get(ENTRY, `${TEXT} `)).toBeUndefined();
    expect(nextSync([[ENTRY, TEXT, DATA]]).get(ENTRY.replace('duong', 'cau'), TEXT)).toBeUndefined();
    expect(nextSync([[ENTRY, TEXT, DATA]], 'a1', 'b2').get(ENTRY, TEXT)).toBeUndefined();
  });

  test('never keeps a text with a replacement character, so the loader reads its bytes again', () => {
    const broken = TEXT.replace('Đường', '\uFFFDư\uFFFDng');
    expect(nextSync([[ENTRY, broken, DATA]]).get(ENTRY, broken)).toBeUndefined();
  });

  test('writes back only the files met since it was read: a removed file drops out', () => {
    const other = ENTRY.replace('duong-ra-dong', 'cau-moi');
    const cache = nextSync([
      [ENTRY, TEXT, DATA],
      [other, TEXT, DATA],
    ]);
    expect(cache.get(ENTRY, TEXT)).toEqual(DATA);
    cache.write();
    const after = new EntryInfoCache(file, 'a1');
    after.read();
    expect(after.get(ENTRY, TEXT)).toEqual(DATA);
    expect(after.get(other, TEXT)).toBeUndefined();
  });

  test('a missing or unreadable cache gives nothing and breaks nothing', () => {
    const missing = new EntryInfoCache(file, 'a1');
    missing.read();
    expect(missing.get(ENTRY, TEXT)).toBeUndefined();
    writeFileSync(path.join(dir, 'hong.bin'), 'không phải dữ liệu');
    const unreadable = new EntryInfoCache(path.join(dir, 'hong.bin'), 'a1');
    unreadable.read();
    expect(unreadable.get(ENTRY, TEXT)).toBeUndefined();
  });
});
