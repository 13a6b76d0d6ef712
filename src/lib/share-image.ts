/**
 * Draws and caches the share picture of a model or news page; its look is in
 * `share-card-design.ts`.
 *
 * Every letter is drawn from Be Vietnam Pro as shipped in `@fontsource/be-vietnam-pro`, never
 * from fonts installed on the machine: satori turns text into paths, and resvg is told not to
 * load system fonts. The picture is then the same on every machine, and a missing Vietnamese
 * letter shows up in the tests rather than on someone's phone.
 *
 * Pictures are cached by a hash of what they show, so a rebuild only draws the pages that
 * changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type Font } from 'satori';
import { loadWithSettings, RESVG_SETTINGS } from './allocator.ts';
import { getCacheDir } from './env.ts';
import { layoutShareCard, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './share-card-design.ts';
// The renderer's own text, for the cache key (Vite's ?raw: the source as written, before bundling).
import designSource from './share-card-design.ts?raw';
import machinerySource from './share-image.ts?raw';

export type { ShareCard };

/**
 * Part of every cache key: a hash of the renderer itself — the look (`share-card-design.ts`),
 * this file, and the versions of the libraries and font that draw it. Any change to them redraws
 * every picture; nothing has to be bumped by hand.
 */
export const RENDERER_HASH = getRendererHash([designSource, machinerySource, ...getRendererLibraries()]);

/** A short hash of the renderer's parts, in order. */
export function getRendererHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** "satori@0.63.2" and so on: a new version may draw differently. */
export function getRendererLibraries(): string[] {
  const require = createRequire(import.meta.url);
  return ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/be-vietnam-pro'].map((name) => {
    // Not `require('x/package.json')`: sharp's exports do not allow it. The package's own
    // package.json is the nearest one above its entry point that bears its name.
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return `${name}@${pkg.version}`;
      } catch {
        // No package.json here: look one folder up.
      }
    }
    throw new Error(`${name}: package.json not found`);
  });
}

// Fontsource cuts each weight into subsets. Satori keeps only ONE font per family name and
// weight (the first one given), so three subsets under one name would leave every letter outside
// the first subset undrawn: with "latin" first, "Đường" loses Đ, ư and ờ. Each subset therefore
// gets its own family name, and the text asks for all three, so satori picks, letter by letter,
// the first subset that has it.
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;
const familyName = (subset: (typeof SUBSETS)[number]): string => `Be Vietnam Pro ${subset}`;
const FONT_FAMILY = SUBSETS.map(familyName).join(', ');

let fontsPromise: Promise<Font[]> | undefined;

/** Reads the font files once per process; every render after the first reuses the buffers. */
function loadFonts(): Promise<Font[]> {
  fontsPromise ??= readFonts().catch((error: unknown) => {
    // A failed read must not stick: the next render tries again instead of reusing the error.
    fontsPromise = undefined;
    throw error;
  });
  return fontsPromise;
}

async function readFonts(): Promise<Font[]> {
  // Resolved through the package rather than a path relative to this file, which moves when
  // Astro bundles the build. WOFF, not WOFF2: satori cannot decode WOFF2 without a decoder.
  const packageJson = createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json');
  const filesDir = join(dirname(packageJson), 'files');
  const jobs = SUBSETS.flatMap((subset) =>
    WEIGHTS.map(async (weight): Promise<Font> => ({
      name: familyName(subset),
      data: await readFile(join(filesDir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal',
    })),
  );
  return Promise.all(jobs);
}

/**
 * The card as it is drawn: NFC, trimmed, empty optional parts dropped. Both the drawing and the
 * cache key use it, so "hóa" typed as NFD and as NFC gives one picture and one key.
 *
 * NFC matters for the drawing too: a decomposed "ắ" is "a" from the latin subset followed by
 * marks from the vietnamese one, and marks taken from another font are not placed over the letter.
 * Every Vietnamese letter has a precomposed form in the vietnamese subset.
 */
function normalizeCard(card: ShareCard): ShareCard {
  const clean = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const normalized: ShareCard = { kind: card.kind, title: clean(card.title), siteName: clean(card.siteName) };
  const place = clean(card.place ?? '');
  const field = clean(card.field ?? '');
  if (place) normalized.place = place;
  if (field) normalized.field = field;
  if (card.figure) {
    const value = clean(card.figure.value);
    if (value) normalized.figure = { value, label: clean(card.figure.label) };
  }
  return normalized;
}

/** JSON with keys sorted, so the key does not depend on the order the caller built the object. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short hash of what the picture shows and of the renderer that draws it. */
export function shareImageKey(card: ShareCard): string {
  const input = stableJson({ card: normalizeCard(card), renderer: RENDERER_HASH });
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

let resvgModule: Promise<typeof import('@resvg/resvg-js')> | undefined;

/**
 * resvg, loaded on first use rather than at the top, so that its allocator reads its own settings
 * and not the build's, which are still in the environment when this module loads
 * (src/lib/allocator.ts).
 */
function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  resvgModule ??= loadWithSettings(RESVG_SETTINGS, () => import('@resvg/resvg-js'));
  return resvgModule;
}

/** Draws the share picture of `card` as a 1200×630 PNG. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layoutShareCard(normalizeCard(card), FONT_FAMILY), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await loadFonts(),
  });
  // Satori has already turned the text into paths; no system font may stand in for anything.
  // resvg draws on libuv's worker threads (renderAsync), not on the thread that renders the pages,
  // and its raw pixels go straight to sharp, which encodes them there too. Asking resvg
  // for a PNG first cost ~14 ms of main thread per picture and sharp as much again to decode it:
  // 48 s over 3,400 pictures (docs/PERFORMANCE.md).
  const { renderAsync } = await loadResvg();
  const { pixels, width, height } = await renderAsync(svg, {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'original' },
  });
  // The card is opaque: its alpha channel is dropped, and the colours kept as drawn (lossless).
  // A 64-colour palette made files about half the size (19 kB against 35 kB) but quantising took
  // 18.5 ms per picture against 5.9 ms: 43 s of CPU over 3,400 pictures, in every first build
  // (docs/PERFORMANCE.md). People do not download these files: Facebook and Zalo fetch a page's
  // share picture once and show their own copy. zlib level 6 rather than 9: 9 ms less per picture.
  const { default: sharp } = await import('sharp');
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** Where builds keep the pictures: with Astro's own cache, so a clean clone starts empty and a rebuild reuses them. */
export const shareImageCacheDir = (): string => join(getCacheDir() ?? 'node_modules/.astro', 'share-images');

/**
 * The picture from `cacheDir` when one with the same key is there, otherwise drawn and stored.
 * `cached` says which, for build logs.
 */
export async function getShareImage(
  card: ShareCard,
  cacheDir: string,
): Promise<{ png: Buffer; key: string; cached: boolean }> {
  const key = shareImageKey(card);
  const file = join(cacheDir, `${key}.png`);
  try {
    return { png: await readFile(file), key, cached: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await renderShareImage(card);
  await mkdir(cacheDir, { recursive: true });
  // Written under a unique name then renamed: pages built in parallel may ask for the same
  // picture, and a reader must never see a half-written file.
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { png, key, cached: false };
}
