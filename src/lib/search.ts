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
  /** Whether a source calls the model "Dân vận khéo" (src/lib/recognition.ts). */
  recognition: 'ghi_nhan',
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
  { key: PAGEFIND_FIELDS.recognition, param: 'ghi-nhan', label: 'Ghi nhận “Dân vận khéo”' },
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

/**
 * How much a model's relevance counts over a news item's: a model goes first unless the news item
 * scores more than 10 % higher (a model is the page a reader most often wants).
 */
export const MODEL_PREFERENCE = 1 / 0.9;

/**
 * The relevance order of all results, from one list per kind (Pagefind tells a result's kind only
 * once its data is downloaded, so the search page asks for each kind apart): each list keeps
 * Pagefind's order, and a model goes before a news item unless the news item scores more than
 * 10 % higher. The whole list is ordered before any batch is shown, so the rule holds across
 * batches ("Xem thêm").
 */
export function rankByKind<T extends { score: number }>(models: readonly T[], news: readonly T[]): T[] {
  const keyed = [
    ...models.map((result) => ({ result, key: result.score * MODEL_PREFERENCE, model: true })),
    ...news.map((result) => ({ result, key: result.score, model: false })),
  ];
  keyed.sort((a, b) => b.key - a.key || Number(b.model) - Number(a.model));
  return keyed.map(({ result }) => result);
}

/**
 * The Pagefind filters that split a search by kind, or none when the reader has chosen one kind
 * (then a single search is already in one kind).
 */
export function splitByKind(
  filters: Record<string, { any: string[] }>,
): [Record<string, { any: string[] }>, Record<string, { any: string[] }>] | undefined {
  const chosen = filters[PAGEFIND_FIELDS.kind]?.any ?? [KIND_MODEL, KIND_NEWS];
  if (!(chosen.includes(KIND_MODEL) && chosen.includes(KIND_NEWS))) return undefined;
  return [
    { ...filters, [PAGEFIND_FIELDS.kind]: { any: [KIND_MODEL] } },
    { ...filters, [PAGEFIND_FIELDS.kind]: { any: [KIND_NEWS] } },
  ];
}

/** The sentence announced to screen readers and shown above the results. */
export function describeResults(count: number, query: string, filtered: boolean): string {
  const where = query ? ` cho “${query}”` : filtered ? ' theo bộ lọc đã chọn' : '';
  if (count === 0) return `Không tìm thấy kết quả nào${where}.`;
  return `Tìm thấy ${formatNumber(count)} kết quả${where}.`;
}
