/**
 * Search logic shared by the build (what goes into the index) and the browser (reading the URL,
 * ranking, wording). Pure functions: the Pagefind calls live in `src/client/search-page.ts`.
 */
import { formatNumber } from './format.ts';
import { stripMarks, toSlug } from './text.ts';

/**
 * The names Pagefind knows a page's fields by, as the build writes them (`SearchMeta.astro`) and
 * the search page reads them (`src/client/search-page.ts`): one constant, never typed twice.
 */
export const PAGEFIND_FIELDS = {
  /** Filter and result line: "Mô hình" or "Tin tức". */
  kind: 'loai',
  field: 'linh_vuc',
  place: 'dia_ban',
  year: 'nam',
  /** Collective or individual. */
  form: 'hinh_thuc',
  movement: 'phong_trao',
  organisations: 'chu_tri',
  /** Other names of the place (successors, aliases), searchable at a lower weight. */
  otherNames: 'ten_khac',
  /**
   * Pagefind folds tone and vowel marks but not đ (it has no Unicode decomposition), so "duong"
   * would never find "đường". Every word of a page that contains đ is also indexed folded to d,
   * in this searchable metadata field, which is not shown in excerpts.
   */
  folded: 'khong_dau',
  /** `YYYY-MM-DD`, sorted on for "newest first". */
  date: 'ngay',
  image: 'image',
  imageAlt: 'image_alt',
  /** Pagefind's own: the page's first heading. */
  title: 'title',
} as const;

/** The page's words that contain đ/Đ, folded to plain letters, once each: "duong dong". */
export function getFoldedDWords(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
      if (/[đĐ]/.test(word)) words.add(stripMarks(word).toLowerCase());
    }
  }
  return [...words].join(' ');
}

/** Filters as Pagefind knows them (keys) and as the URL writes them (values of `param`). */
export const SEARCH_FILTERS = [
  { key: PAGEFIND_FIELDS.kind, param: 'loai', label: 'Loại nội dung' },
  { key: PAGEFIND_FIELDS.field, param: 'linh-vuc', label: 'Lĩnh vực' },
  { key: PAGEFIND_FIELDS.place, param: 'dia-ban', label: 'Địa bàn' },
  { key: PAGEFIND_FIELDS.year, param: 'nam', label: 'Năm' },
  { key: PAGEFIND_FIELDS.form, param: 'hinh-thuc', label: 'Tập thể / cá nhân' },
] as const;
export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** Content kinds as shown in results and in the "loai" filter. */
export const KIND_MODEL = 'Mô hình';
export const KIND_NEWS = 'Tin tức';

export type SortOrder = 'lien-quan' | 'moi-nhat';

/** What the search page shows, as read from and written to its URL. */
export interface SearchState {
  query: string;
  /** Filter key → slugs of the chosen values (`{ linh_vuc: ['kinh-te'] }`). */
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SortOrder;
}

/** Reads `?q=…&linh-vuc=kinh-te&sap-xep=moi-nhat` into a search state. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key, param } of SEARCH_FILTERS) {
    const values = params.getAll(param).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sap-xep') === 'moi-nhat' ? 'moi-nhat' : 'lien-quan',
  };
}

/** Writes a search state as URL parameters, leaving defaults out so shared links stay short. */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key, param } of SEARCH_FILTERS) {
    for (const value of state.filters[key] ?? []) params.append(param, value);
  }
  if (state.sort === 'moi-nhat') params.set('sap-xep', 'moi-nhat');
  return params;
}

/**
 * The Pagefind filter object for a state: URL slugs are matched back to the index's values
 * ("kinh-te" → "Kinh tế"). Slugs that match no value are dropped.
 */
export function toPagefindFilters(
  state: SearchState,
  available: Record<string, Record<string, number>>,
): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const [key, slugs] of Object.entries(state.filters)) {
    const values = Object.keys(available[key] ?? {}).filter((value) => slugs.includes(toSlug(value)));
    if (values.length > 0) result[key] = { any: values };
  }
  return result;
}

/** A result as far as ranking is concerned. */
export interface Ranked {
  score: number;
  kind: string;
  date: string;
}

/**
 * Orders results: by relevance (models before news when their scores are within 10% of each
 * other), or newest first.
 */
export function compareResults(sort: SortOrder) {
  return (a: Ranked, b: Ranked): number => {
    if (sort === 'moi-nhat') return b.date.localeCompare(a.date) || b.score - a.score;
    const close = Math.abs(a.score - b.score) <= 0.1 * Math.max(a.score, b.score);
    if (close && a.kind !== b.kind) return a.kind === KIND_MODEL ? -1 : 1;
    return b.score - a.score;
  };
}

/** The sentence announced to screen readers and shown above the results. */
export function describeResults(count: number, query: string, filtered: boolean): string {
  const where = query ? ` cho “${query}”` : filtered ? ' theo bộ lọc đã chọn' : '';
  if (count === 0) return `Không tìm thấy kết quả nào${where}.`;
  return `Tìm thấy ${formatNumber(count)} kết quả${where}.`;
}
