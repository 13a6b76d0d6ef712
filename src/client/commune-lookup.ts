/**
 * /tra-cuu-xa-phuong/ in the browser: filters the lists already on the page as the reader types,
 * says how many entries match in the live region and keeps the query in the URL (?q=) so a lookup
 * can be shared. Without it the page is the full A→Z list. Matching rules: src/lib/commune-lookup.ts.
 */
import { describeLookup, foldQuery, LOOKUP_DATA, LOOKUP_PARAM, matchesLookup } from '../lib/commune-lookup.ts';

export function startCommuneLookup(root: HTMLElement | null): void {
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = form.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const entries = [...root.querySelectorAll<HTMLElement>(`[data-${LOOKUP_DATA.key}]`)];
  // Sections and letter groups: hidden when none of their entries is shown, so no empty heading stays.
  const groups = [...root.querySelectorAll<HTMLElement>('.lookup-group')];
  // Letter indexes point at headings a filter may hide; they come back with the whole list.
  const indexes = [...root.querySelectorAll<HTMLElement>('.lookup-az')];

  function show() {
    const folded = foldQuery(input.value);
    let count = 0;
    for (const entry of entries) {
      entry.hidden = !matchesLookup(entry.dataset[LOOKUP_DATA.key] ?? '', folded);
      if (!entry.hidden) count++;
    }
    for (const group of groups) group.hidden = !group.querySelector(`[data-${LOOKUP_DATA.key}]:not([hidden])`);
    for (const index of indexes) index.hidden = folded !== '';
    status.textContent = describeLookup(count, input.value);
  }

  function keepInUrl() {
    const url = new URL(location.href);
    const typed = input.value.trim();
    if (typed) url.searchParams.set(LOOKUP_PARAM, typed);
    else url.searchParams.delete(LOOKUP_PARAM);
    // Replaced, not pushed: one history entry per letter typed would make Back useless.
    history.replaceState(null, '', url);
  }

  input.addEventListener('input', () => {
    show();
    keepInUrl();
  });
  // The form is a plain GET form for readers without JavaScript; here the list is already filtered.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
    keepInUrl();
  });

  const shared = new URLSearchParams(location.search).get(LOOKUP_PARAM);
  if (shared) {
    input.value = shared;
    show();
  }
}
