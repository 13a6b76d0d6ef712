/**
 * The 1200×630 share picture (Open Graph) of a model or news page. Zalo and Facebook show it as
 * a small thumbnail, so it is mostly one large title on a dark green ground.
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
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';

export interface ShareCard {
  kind: 'Mô hình' | 'Tin tức';
  title: string;
  place?: string;
  field?: string;
  figure?: { value: string; label: string };
  siteName: string;
}

/**
 * Part of every cache key. Bump it whenever the drawing changes (layout, colours, fonts, sizes),
 * otherwise old pictures stay in the cache under keys that still match.
 */
export const RENDERER_VERSION = 3;

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const GREEN = '#0b5d3b';
const DARK_GREEN = '#084a2f';
const GOLD = '#f6c453';
const WHITE = '#ffffff';
const SOFT_WHITE = '#d9ece1';

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
  const input = stableJson({ card: normalizeCard(card), renderer: RENDERER_VERSION });
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

/**
 * Longer titles get a smaller size so most fit in three lines; past three lines satori cuts the
 * text with an ellipsis. Counted in code points of NFC text, which for Vietnamese are letters.
 */
function titleFontSize(title: string, hasFigure: boolean): number {
  const length = [...title].length;
  // Without a figure the title has the room of that row as well.
  const bonus = hasFigure ? 0 : 8;
  if (length <= 24) return 88 + bonus;
  if (length <= 36) return 76 + bonus;
  if (length <= 60) return 64 + bonus;
  if (length <= 90) return 54 + bonus;
  return 46 + bonus;
}

type Style = Record<string, string | number>;
interface CardNode {
  type: 'div';
  props: { style: Style; children?: string | CardNode | CardNode[] };
}

/** Satori's object form of `<div style={style}>{children}</div>`, so no JSX build step is needed. */
function div(style: Style, children?: string | CardNode | CardNode[]): CardNode {
  // Leaves the key out rather than set it to undefined, which exactOptionalPropertyTypes forbids.
  return children === undefined ? { type: 'div', props: { style } } : { type: 'div', props: { style, children } };
}

function layout(card: ShareCard): CardNode {
  const meta = [card.place, card.field].filter((part): part is string => Boolean(part)).join(' · ');
  const body: CardNode[] = [
    div(
      {
        display: 'flex',
        alignSelf: 'flex-start',
        padding: '6px 20px',
        borderRadius: 999,
        backgroundColor: GOLD,
        color: DARK_GREEN,
        fontSize: 28,
        fontWeight: 700,
        lineHeight: 1.3,
      },
      card.kind,
    ),
    div(
      {
        // `block` is what satori needs for lineClamp to cut the text with an ellipsis.
        display: 'block',
        lineClamp: 3,
        marginTop: 26,
        color: WHITE,
        fontSize: titleFontSize(card.title, card.figure !== undefined),
        fontWeight: 700,
        // Room for stacked marks (Ấ, Ặ, Ễ) between lines without touching the line above.
        lineHeight: 1.22,
      },
      card.title,
    ),
  ];
  if (meta) {
    body.push(
      div({ display: 'block', lineClamp: 1, marginTop: 20, color: SOFT_WHITE, fontSize: 32, lineHeight: 1.3 }, meta),
    );
  }
  if (card.figure) {
    body.push(
      div({ display: 'flex', alignItems: 'center', marginTop: 'auto', paddingTop: 20 }, [
        div(
          { display: 'flex', flexShrink: 0, color: GOLD, fontSize: 76, fontWeight: 700, lineHeight: 1.1 },
          card.figure.value,
        ),
        div(
          {
            display: 'block',
            lineClamp: 2,
            marginLeft: 24,
            color: SOFT_WHITE,
            fontSize: 30,
            lineHeight: 1.25,
          },
          card.figure.label,
        ),
      ]),
    );
  }

  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      backgroundColor: GREEN,
      fontFamily: FONT_FAMILY,
      fontWeight: 400,
    },
    [
      div(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 36px', overflow: 'hidden' },
        body,
      ),
      div(
        {
          display: 'flex',
          alignItems: 'center',
          height: 88,
          padding: '0 72px',
          backgroundColor: DARK_GREEN,
          color: WHITE,
          fontSize: 30,
          fontWeight: 700,
        },
        [
          div({ display: 'flex', width: 14, height: 40, marginRight: 20, backgroundColor: GOLD }),
          div({ display: 'flex' }, card.siteName),
        ],
      ),
    ],
  );
}

/** Draws the share picture of `card` as a 1200×630 PNG. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layout(normalizeCard(card)), {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts: await loadFonts(),
  });
  // Satori has already turned the text into paths; no system font may stand in for anything.
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
  // A few flat colours and antialiased text: a 64-colour palette looks the same and is about 60 %
  // smaller (≈ 18 kB instead of 49 kB) for thousands of pictures and for slow mobile previews.
  // Effort 1 quantises in ~25 ms per picture, as small as the slowest setting here.
  const { default: sharp } = await import('sharp');
  return sharp(resvg.render().asPng())
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 1, dither: 0 })
    .toBuffer();
}

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
