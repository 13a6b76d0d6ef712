/** Former addresses of entries (their `aliases`), each pointing at the entry's current URL. */
import type { Model, News } from './catalog.ts';

export interface Redirect {
  from: string;
  to: string;
  title: string;
}

/** One redirect per alias of each entry. The catalog has already refused clashing aliases. */
export function getRedirects(entries: readonly (Model | News)[]): Redirect[] {
  return entries.flatMap((entry) => entry.data.aliases.map((from) => ({ from, to: entry.url, title: entry.data.title })));
}
