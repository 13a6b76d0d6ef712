/**
 * The look of the share picture (Open Graph, 1200×630) of a model or news page: its layout,
 * colours and type sizes. Zalo and Facebook show it as a small thumbnail, so it is mostly one
 * large title on a dark green ground. A designer changes this file only; fonts, drawing, caching
 * and hashing live in `share-image.ts` (and the picture cache follows this file's text, so a
 * change here redraws every picture).
 */

/** What a share picture shows. */
export interface ShareCard {
  /** The badge: what the page is, or the province on the site's own picture. */
  kind: 'Mô hình' | 'Tin tức' | 'An Giang';
  title: string;
  place?: string;
  field?: string;
  figure?: { value: string; label: string };
  siteName: string;
}

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const GREEN = '#0b5d3b';
const DARK_GREEN = '#084a2f';
const GOLD = '#f6c453';
const WHITE = '#ffffff';
const SOFT_WHITE = '#d9ece1';

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
/** Satori's element tree. */
export interface CardNode {
  type: 'div';
  props: { style: Style; children?: string | CardNode | CardNode[] };
}

/** Satori's object form of `<div style={style}>{children}</div>`, so no JSX build step is needed. */
function div(style: Style, children?: string | CardNode | CardNode[]): CardNode {
  // Leaves the key out rather than set it to undefined, which exactOptionalPropertyTypes forbids.
  return children === undefined ? { type: 'div', props: { style } } : { type: 'div', props: { style, children } };
}

/** The picture of `card` (already normalised) as satori's element tree, in the font family given. */
export function layoutShareCard(card: ShareCard, fontFamily: string): CardNode {
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
      fontFamily,
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
