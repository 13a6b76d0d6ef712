/** Processed pictures made under other encoder settings are dropped once (src/integrations/image-cache.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { encoderStamp, renewImageCache, STAMP_FILE } from '../../src/integrations/image-cache.ts';

let assets = '';
beforeEach(() => {
  assets = path.join(mkdtempSync(path.join(tmpdir(), 'dvk-image-cache-')), 'assets');
});
afterEach(() => rmSync(path.dirname(assets), { recursive: true, force: true }));

/** A cache folder holding one processed picture. */
function cacheWithPicture(): void {
  mkdirSync(assets, { recursive: true });
  writeFileSync(path.join(assets, 'anh-bia.AlafW23J_16hHot.avif'), 'old bytes');
}

test('the stamp names the encoders’ versions and the service settings', async () => {
  const stamp = await encoderStamp({ avif: { effort: 2 } });
  const { versions, service } = JSON.parse(stamp) as { versions: Record<string, string>; service: unknown };
  expect(versions['sharp']).toMatch(/^\d+\.\d+\.\d+/);
  expect(versions['aom'], 'the AVIF encoder').toMatch(/^\d+\./);
  expect(service).toEqual({ avif: { effort: 2 } });
  expect(await encoderStamp({ avif: { effort: 4 } })).not.toBe(stamp);
});

test('pictures made under the same stamp are kept', async () => {
  const stamp = await encoderStamp({ avif: { effort: 2 } });
  cacheWithPicture();
  writeFileSync(path.join(assets, STAMP_FILE), stamp);
  expect(renewImageCache(assets, stamp)).toBe(false);
  expect(readdirSync(assets).sort()).toEqual([STAMP_FILE, 'anh-bia.AlafW23J_16hHot.avif']);
});

test('pictures made under another stamp, or under none, are dropped and the new stamp written', async () => {
  for (const previous of [await encoderStamp({ avif: { effort: 4 } }), undefined]) {
    rmSync(assets, { recursive: true, force: true });
    cacheWithPicture();
    if (previous) writeFileSync(path.join(assets, STAMP_FILE), previous);
    const stamp = await encoderStamp({ avif: { effort: 2 } });
    expect(renewImageCache(assets, stamp)).toBe(true);
    expect(readdirSync(assets)).toEqual([STAMP_FILE]);
    expect(renewImageCache(assets, stamp)).toBe(false);
  }
});

test('a cache that does not exist yet is only stamped', async () => {
  expect(existsSync(assets)).toBe(false);
  expect(renewImageCache(assets, await encoderStamp({}))).toBe(false);
  expect(readdirSync(assets)).toEqual([STAMP_FILE]);
});
