import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  getRendererHash,
  getRendererLibraries,
  getShareImage,
  RENDERER_HASH,
  renderShareImage,
  shareImageKey,
  type ShareCard,
} from '../../src/lib/share-image';

const REFERENCE = join(dirname(fileURLToPath(import.meta.url)), '__reference__', 'share-image-marks.png');

// A pixel counts as different when one channel moves by more than this; antialiasing between
// two resvg builds moves edges by a few levels, a missing or moved letter by far more.
const CHANNEL_THRESHOLD = 32;
// Under 0.01 % of the picture (75 pixels) may differ. satori draws glyphs as paths and resvg
// rasterises them the same way on every run, so only antialiasing noise is allowed; one missing
// mark (ắ drawn as ă) changes about 0.02 %, and must fail.
const MAX_DIFF_RATIO = 0.0001;

const marksCard: ShareCard = {
  kind: 'Mô hình',
  title: 'Đường ắ ặ ề ộ ữ đ Đ — Bê tông hóa đường ra cánh đồng',
  place: 'thị xã Tân Châu',
  field: 'Kinh tế',
  figure: { value: '43 km', label: 'đường làm trên đất dân hiến' },
  siteName: 'Dân vận khéo An Giang',
};

/** The share of pixels whose largest channel difference passes CHANNEL_THRESHOLD. */
async function diffRatio(a: Buffer, b: Buffer): Promise<number> {
  const decode = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const [left, right] = await Promise.all([decode(a), decode(b)]);
  expect(right.info.width).toBe(left.info.width);
  expect(right.info.height).toBe(left.info.height);
  const { channels } = left.info;
  let different = 0;
  for (let offset = 0; offset < left.data.length; offset += channels) {
    let max = 0;
    for (let channel = 0; channel < channels; channel++) {
      max = Math.max(max, Math.abs((left.data[offset + channel] ?? 0) - (right.data[offset + channel] ?? 0)));
    }
    if (max > CHANNEL_THRESHOLD) different++;
  }
  return different / (left.info.width * left.info.height);
}

describe('renderShareImage', () => {
  test('draws a 1200×630 PNG', async () => {
    const png = await renderShareImage(marksCard);
    const metadata = await sharp(png).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.width).toBe(1200);
    expect(metadata.height).toBe(630);
  });

  test('draws a bare card and a title far too long for three lines', async () => {
    const bare = await renderShareImage({ kind: 'Tin tức', title: 'Ngày hội Đại đoàn kết', siteName: 'Dân vận khéo' });
    const long = await renderShareImage({ ...marksCard, title: 'Bê tông hóa đường ra cánh đồng '.repeat(12) });
    for (const png of [bare, long]) {
      const { width, height } = await sharp(png).metadata();
      expect([width, height]).toEqual([1200, 630]);
    }
  });

  test('draws every Vietnamese mark like the reference picture', async () => {
    const png = await renderShareImage(marksCard);
    if (!existsSync(REFERENCE)) {
      if (process.env['UPDATE_REFERENCE'] !== '1') {
        throw new Error(
          `No reference picture at ${REFERENCE}. Run with UPDATE_REFERENCE=1 to write it, then look at it ` +
            'and check that every mark is drawn before committing it.',
        );
      }
      await mkdir(dirname(REFERENCE), { recursive: true });
      await writeFile(REFERENCE, png);
      return;
    }
    const reference = await sharp(REFERENCE).png().toBuffer();
    const ratio = await diffRatio(png, reference);
    if (ratio >= MAX_DIFF_RATIO) {
      // Kept outside the repository so a failed run leaves the working tree as it was.
      const actual = join(tmpdir(), 'share-image-marks.actual.png');
      await writeFile(actual, png);
      throw new Error(
        `${(ratio * 100).toFixed(2)} % of pixels differ from ${REFERENCE} (limit ${MAX_DIFF_RATIO * 100} %). ` +
          `The new picture is at ${actual}. If the design changed on purpose, delete the reference and ` +
          'rerun with UPDATE_REFERENCE=1.',
      );
    }
    expect(ratio).toBeLessThan(MAX_DIFF_RATIO);
  });

  // Proves the comparison above can fail: the same card without its marks must not pass it.
  test('a title without its marks does not match the reference', async () => {
    if (!existsSync(REFERENCE)) throw new Error(`No reference picture at ${REFERENCE} to compare with.`);
    const stripped = await renderShareImage({
      ...marksCard,
      title: 'Duong a a e o u d D — Be tong hoa duong ra canh dong',
    });
    const reference = await sharp(REFERENCE).png().toBuffer();
    expect(await diffRatio(stripped, reference)).toBeGreaterThan(MAX_DIFF_RATIO);
  });

  test('one missing mark (ắ drawn as ă) does not match the reference either', async () => {
    if (!existsSync(REFERENCE)) throw new Error(`No reference picture at ${REFERENCE} to compare with.`);
    const oneMarkLess = await renderShareImage({ ...marksCard, title: marksCard.title.replace('ắ', 'ă') });
    const reference = await sharp(REFERENCE).png().toBuffer();
    expect(await diffRatio(oneMarkLess, reference)).toBeGreaterThan(MAX_DIFF_RATIO);
  });

  test('draws NFD text like NFC text', async () => {
    const nfc = await renderShareImage(marksCard);
    const nfd = await renderShareImage({ ...marksCard, title: marksCard.title.normalize('NFD') });
    expect(await diffRatio(nfd, nfc)).toBe(0);
  });
});

describe('shareImageKey', () => {
  test('is a 16-character hex string', () => {
    expect(shareImageKey(marksCard)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('changes with what the picture shows, not with key order or Unicode form', () => {
    const key = shareImageKey(marksCard);
    const reordered: ShareCard = {
      siteName: marksCard.siteName,
      figure: { label: 'đường làm trên đất dân hiến', value: '43 km' },
      field: 'Kinh tế',
      place: 'thị xã Tân Châu',
      title: marksCard.title,
      kind: 'Mô hình',
    };
    expect(shareImageKey({ ...marksCard })).toBe(key);
    expect(shareImageKey(reordered)).toBe(key);
    expect(shareImageKey({ ...marksCard, title: marksCard.title.normalize('NFD') })).toBe(key);
    expect(shareImageKey({ ...marksCard, title: 'Bê tông hóa đường ra cánh đồng' })).not.toBe(key);
    expect(shareImageKey({ ...marksCard, title: `${marksCard.title}!` })).not.toBe(key);
    expect(shareImageKey({ ...marksCard, place: 'huyện Phú Tân' })).not.toBe(key);
    expect(shareImageKey({ ...marksCard, figure: { label: 'đường làm trên đất dân hiến', value: '44 km' } })).not.toBe(
      key,
    );
    expect(shareImageKey({ ...marksCard, kind: 'Tin tức' })).not.toBe(key);
  });
});

describe('getShareImage', () => {
  test('draws a picture once, then reads it from the cache', async () => {
    const cacheDir = join(await mkdtemp(join(tmpdir(), 'share-image-')), 'og');
    try {
      const first = await getShareImage(marksCard, cacheDir);
      expect(first.cached).toBe(false);
      expect(first.key).toBe(shareImageKey(marksCard));
      expect(await readdir(cacheDir)).toEqual([`${first.key}.png`]);

      const second = await getShareImage(marksCard, cacheDir);
      expect(second.cached).toBe(true);
      expect(second.key).toBe(first.key);
      expect(second.png.equals(first.png)).toBe(true);

      const changed = await getShareImage({ ...marksCard, title: 'Bê tông hóa đường ra cánh đồng' }, cacheDir);
      expect(changed.cached).toBe(false);
      expect(changed.key).not.toBe(first.key);
    } finally {
      await rm(dirname(cacheDir), { recursive: true, force: true });
    }
  });
});

describe('RENDERER_HASH', () => {
  const source = (file: string) => readFileSync(new URL(`../../src/lib/${file}`, import.meta.url), 'utf8');

  test('follows the text of the design and of the renderer as they are on disk', () => {
    const hashFromDisk = (design: string) =>
      getRendererHash([design, source('share-image.ts'), ...getRendererLibraries()]);
    expect(hashFromDisk(source('share-card-design.ts'))).toBe(RENDERER_HASH);
    // A changed colour in the design gives another hash, so every picture is drawn again.
    expect(hashFromDisk(source('share-card-design.ts').replace('#0b5d3b', '#0b5d3c'))).not.toBe(RENDERER_HASH);
  });
});
