/**
 * The search page in the browser: reads the URL, loads Pagefind on demand, runs the search,
 * renders results and keeps the URL in step so searches can be shared and the back button works.
 * All wording and ranking rules live in `src/lib/search.ts`.
 */
import {
  describeResults,
  PAGEFIND_FIELDS as F,
  rankByKind,
  readSearchParams,
  splitByKind,
  toPagefindFilters,
  writeSearchParams,
  type SearchState,
} from '../lib/search.ts';
import { PAGEFIND_SCRIPT_URL } from '../lib/urls.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
}
interface PagefindResult {
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** Results rendered at a time: each needs its own small download, so the first screenful comes first. */
const PAGE_SIZE = 6;

/** Shown before any search: Pagefind loads only when someone starts to search. */
const IDLE_HINT = 'Gõ từ khóa, hoặc chọn bộ lọc để duyệt mô hình và tin tức.';

const LOAD_ERROR =
  'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi tải lại trang, hoặc duyệt theo lĩnh vực, địa bàn ở trang Mô hình.';

export function startSearchPage(root: HTMLElement | null): void {
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  const sortInputs = [...root.querySelectorAll<HTMLInputElement>('input[name="sap-xep"]')];
  const panel = root.querySelector<HTMLDetailsElement>('details')!;

  // The filter values are in the page already (rendered from the same catalog as the index), so
  // matching URL slugs to them costs no download of Pagefind's filter files.
  const knownValues: Record<string, Record<string, number>> = {};
  for (const box of checkboxes) {
    const key = box.dataset['filter'] ?? '';
    (knownValues[key] ??= {})[box.dataset['label'] ?? ''] = 0;
  }

  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let pending: PagefindResult[] = [];
  let state: SearchState = readSearchParams(new URLSearchParams(location.search));

  const loadPagefind = () =>
    (pagefind ??= (async () => {
      // Written into the site by the build, not bundled by Vite.
      const module = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT_URL)) as Pagefind;
      await module.options({
        // Search on the main thread: the worker script is 12 kB more to download on mobile data,
        // and at this index size a search takes a few milliseconds (see docs/PERFORMANCE.md).
        noWorker: true,
        excerptLength: 26,
        // Folded đ-words and other place names count, but less than the page's own words.
        ranking: { metaWeights: { [F.folded]: 2, [F.otherNames]: 2 } },
      });
      await module.init();
      return module;
    })());

  /** Without a query there is no relevance: browsing shows the newest first. */
  const effectiveSort = () => (state.query ? state.sort : 'moi-nhat');

  function showState() {
    input.value = state.query;
    for (const box of checkboxes) {
      const key = box.dataset['filter'] as keyof SearchState['filters'];
      box.checked = state.filters[key]?.includes(box.value) ?? false;
    }
    for (const radio of sortInputs) radio.checked = radio.value === state.sort;
  }

  function readForm(): SearchState {
    return readSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  }

  function updateUrl(push: boolean) {
    const query = writeSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  async function renderMore(current: number) {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    // `pending` is already in its final order (see search()); a batch only downloads and shows.
    const items = await Promise.all(batch.map((result) => result.data()));
    if (current !== run) return;
    for (const data of items) list.append(renderResult(data));
    more.hidden = pending.length === 0;
  }

  async function search() {
    const current = ++run;
    let module: Pagefind;
    try {
      module = await loadPagefind();
    } catch {
      pagefind = undefined;
      status.textContent = LOAD_ERROR;
      return;
    }
    const filters = toPagefindFilters(state, knownValues);
    // Counts per result need every filter file (tens of kB at full scale); they are fetched only
    // once the reader opens the filters or uses one, not for a plain query.
    if (panel.open || Object.keys(filters).length > 0) await module.filters();
    const hasFilters = Object.keys(filters).length > 0;
    const byDate = effectiveSort() === 'moi-nhat';
    const response = await module.search(state.query || null, {
      filters,
      ...(byDate ? { sort: { [F.date]: 'desc' as const } } : {}),
    });
    // Relevance across both kinds: one more search per kind, so the whole list can be put in
    // order (models first when scores are close) before its first batch is shown.
    const split = byDate ? undefined : splitByKind(filters);
    const perKind = split
      ? await Promise.all(split.map((kindFilters) => module.search(state.query || null, { filters: kindFilters })))
      : undefined;
    if (current !== run || !response) return;
    // Without the filter files loaded, Pagefind reports no counts; the totals from the build stay.
    if (Object.keys(response.filters ?? {}).length > 0) updateCounts(response.filters);
    list.replaceChildren();
    pending = perKind ? rankByKind(perKind[0]?.results ?? [], perKind[1]?.results ?? []) : response.results;
    await renderMore(current);
    // Announced once the results are on screen, so the count and the list agree.
    if (current === run) status.textContent = describeResults(response.results.length, state.query, hasFilters);
  }

  function updateCounts(counts: Record<string, Record<string, number>>) {
    for (const box of checkboxes) {
      const count = counts[box.dataset['filter'] ?? '']?.[box.dataset['label'] ?? ''] ?? 0;
      const label = box.closest('label')?.querySelector('[data-count]');
      if (label) label.textContent = `(${count.toLocaleString('vi-VN')})`;
    }
  }

  // Search on every keystroke: a search takes milliseconds once the index is loaded, and a
  // newer search makes an older one's results be dropped (see `run`).
  input.addEventListener('input', () => {
    state = readForm();
    updateUrl(false);
    void search();
  });
  // Loading starts as soon as the reader shows interest, so the first results come sooner.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = readForm();
    updateUrl(true);
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"], input[type="radio"]')) {
      state = readForm();
      updateUrl(true);
      void search();
    }
  });
  panel.addEventListener('toggle', () => {
    if (panel.open && (state.query || Object.keys(state.filters).length > 0)) void search();
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void renderMore(run).then(() => list.querySelectorAll<HTMLAnchorElement>('h2 a')[first]?.focus());
  });
  window.addEventListener('popstate', () => {
    state = readSearchParams(new URLSearchParams(location.search));
    showState();
    void search();
  });

  // Keyboard: ↓ from the box into the results, ↑/↓ between results, Esc back to the box (and a
  // second Esc in the box clears it). Enter opens the focused result, as any link does.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || index >= 0)) {
      const next = links[index + 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (links[index - 1] ?? input).focus();
    } else if (event.key === 'Escape') {
      if (index >= 0) {
        event.preventDefault();
        input.focus();
      } else if (document.activeElement === input && input.value) {
        event.preventDefault();
        input.value = '';
        input.dispatchEvent(new Event('input'));
      }
    }
  });

  showState();
  if (state.query || Object.keys(state.filters).length > 0) void search();
  else status.textContent = IDLE_HINT;
}

function renderResult(data: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const { meta } = data;
  const item = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'result';
  const image = meta[F.image];
  if (image) {
    const img = document.createElement('img');
    img.src = image;
    img.alt = '';
    img.width = 160;
    img.height = 90;
    img.loading = 'lazy';
    article.append(img);
  }
  const body = document.createElement('div');
  const info = document.createElement('p');
  info.className = 'result-meta';
  info.textContent = [meta[F.kind], meta[F.place], meta[F.field], meta[F.year]].filter(Boolean).join(' · ');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = meta[F.title] ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind escapes the page text and adds only <mark> around matched words.
  excerpt.innerHTML = data.excerpt;
  body.append(info, heading, excerpt);
  article.append(body);
  item.append(article);
  return item;
}
