/**
 * New entries start as drafts. The value cannot be a field `default` in the config: Sveltia fills
 * defaults into existing entries that lack the field too, so a default `draft: true` would turn a
 * published page saved without a `draft` line back into a draft. Sveltia takes values for a new
 * entry from its address instead (`#/collections/models/new?draft=true`), so every way to a new
 * entry is sent there. The values come from the schemas (`initial` in src/schemas/); a test keeps
 * them equal to src/admin/config.ts's `newEntryValues`.
 */
export const NEW_ENTRY_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  models: { draft: 'true' },
  news: { draft: 'true' },
};

/** The address of a new entry with its starting values, or undefined when `hash` is not a new entry's or has them. */
export function newEntryHash(hash: string): string | undefined {
  const match = /^#\/collections\/([^/?]+)\/new$/.exec(hash);
  const values = match ? NEW_ENTRY_VALUES[match[1]!] : undefined;
  return values ? `${hash}?${new URLSearchParams(values)}` : undefined;
}

/** `url` (as given to `history.pushState`) with a new entry's starting values, if it is a new entry's address. */
function withValues(url: string | URL): string | URL {
  const parsed = new URL(url, window.location.href);
  const next = newEntryHash(parsed.hash);
  return next ? `${parsed.origin}${parsed.pathname}${parsed.search}${next}` : url;
}

/**
 * Sends every way to a new entry to the address with its starting values: the editor's own
 * navigation, which sets the address with `history.pushState` (or `replaceState`) before it reads
 * it, and the page opened at, or a link followed to, a new entry's address, whose `hashchange`
 * event is caught before the editor's own listener and announced again for the new address.
 */
export function startNewEntriesAsDrafts(): void {
  const history = window.history;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (state: unknown, unused: string, url?: string | URL | null) =>
      original(state, unused, url == null ? url : withValues(url));
  }
  const rewrite = () => {
    const next = newEntryHash(window.location.hash);
    if (next) history.replaceState(history.state, '', next);
    return next;
  };
  rewrite();
  window.addEventListener(
    'hashchange',
    (event) => {
      if (!rewrite()) return;
      event.stopImmediatePropagation();
      window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: event.oldURL, newURL: window.location.href }));
    },
    { capture: true },
  );
}
