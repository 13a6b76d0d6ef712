/**
 * Official figures on the "Dân vận khéo" movement, as public sources report them, for `/so-lieu/`.
 * Every set is one source, one area, one period and one kind of count: figures of different sets
 * are never summed, joined or drawn on one axis. Each number was read on the page its `source.url`
 * points to, and is written here in our own words. Kept by developers (not through /admin): a new
 * set needs its page opened and its scope understood before it is added.
 */

/** The page a set of figures comes from. */
export interface FigureSource {
  /** The page's headline, as the page shows it. */
  title: string;
  /** Who published it: "Báo An Giang", "Cổng TTĐT Đảng bộ tỉnh An Giang". */
  publisher: string;
  url: string;
  /** The date the page shows (yyyy-mm-dd, yyyy-mm or yyyy); left out when the page shows none. */
  date?: string;
}

/** One number of a set. */
export interface OfficialFigure {
  /** What this number counts, short enough for a chart's bar: "Văn hóa - xã hội". */
  label: string;
  value: number;
  /** "mô hình", "tỷ đồng", "lượt đăng ký". */
  unit: string;
  /** When the source says "hơn", "gần", "khoảng" or "trên" before the number. */
  qualifier?: 'hơn' | 'gần' | 'khoảng' | 'trên';
}

/** Figures of one source about one area and one period, counted the same way. */
export interface FigureSet {
  /** Anchor on /so-lieu/: "an-giang-2018-linh-vuc". */
  id: string;
  /** Heading: "Năm 2018: mô hình đã thực hiện, theo lĩnh vực". */
  title: string;
  /** Place id from content/places.yaml: "an-giang", "kien-giang" or a former district ("tri-ton"). */
  place: string;
  /** The area in words, with its time: "tỉnh An Giang (trước 1/7/2025)". */
  area: string;
  /** The period in words: "năm 2018", "2021–2023", "5 năm đến 2025". */
  period: string;
  /** One sentence on what is counted, in our own words. */
  counts: string;
  /**
   * 'parts': the figures split one whole (a chart of bars on one axis is honest).
   * 'list': figures that describe the set but are not parts of one whole (a table, no chart).
   */
  kind: 'parts' | 'list';
  /** The whole the parts add up to, as the source states it (when it states one). */
  total?: OfficialFigure;
  figures: OfficialFigure[];
  source: FigureSource;
  /** A footnote: the set disagrees with others, its scope is unclear, its date is inferred… */
  note?: string;
}

export const FIGURE_SETS: readonly FigureSet[] = [];
