/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from that build instead of rendered.
 * A key must therefore change whenever anything the page shows changes; a missed input would
 * publish a stale page. tests/builds/incremental-edits.ts edits content in every way a page can
 * depend on it and checks that the incremental build equals a full one, byte for byte.
 *
 * The unit is the *fingerprint* of a catalog entity (model, news item, place, field,
 * organisation): a hash of everything it holds — its frontmatter and body as loaded (pictures
 * carry their content hash in `src`), its URL and status — with the places, field and
 * organisations it names folded in by their own fingerprints. It leaves out the lists that
 * point sideways (a model's `related` and `news`, a news item's `models`, a place's
 * `predecessorPlaces`): those are what pages list, so page keys add them explicitly, and a
 * model's fingerprint does not change when an unrelated model does.
 */
import { createHash } from 'node:crypto';
import type { Catalog, Model, News } from './catalog-types.ts';
import type { FacetGroup } from './facets.ts';
import type { Page } from './paginate.ts';

/** Lists that link an entity to its neighbours rather than describe it, by kind of entity. */
const SIDEWAYS = {
  model: new Set(['related', 'news']),
  news: new Set(['models']),
  // A place's successors are part of it (what it became); its predecessors point back.
  place: new Set(['predecessorPlaces']),
  other: new Set<string>(),
};
type Kind = keyof typeof SIDEWAYS;

interface Keys {
  /** Every entity of the catalog, with its kind. */
  kinds: WeakMap<object, Kind>;
  fingerprints: WeakMap<object, string>;
}

const byCatalog = new WeakMap<Catalog, Keys>();

function keysOf(catalog: Catalog): Keys {
  let keys = byCatalog.get(catalog);
  if (!keys) {
    const kinds = new WeakMap<object, Kind>();
    for (const model of catalog.models) kinds.set(model, 'model');
    for (const item of catalog.news) kinds.set(item, 'news');
    for (const place of catalog.places) kinds.set(place, 'place');
    for (const other of [...catalog.fields, ...catalog.organisations]) kinds.set(other, 'other');
    keys = { kinds, fingerprints: new WeakMap() };
    byCatalog.set(catalog, keys);
  }
  return keys;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** JSON of `value` in which every entity below `root` is replaced by its fingerprint. */
function serialise(keys: Keys, value: unknown, root?: object): string {
  const sideways = SIDEWAYS[(root && keys.kinds.get(root)) || 'other'];
  return JSON.stringify(value, function (this: unknown, key, nested: unknown) {
    if (this === root && sideways.has(key)) return undefined;
    if (nested !== root && typeof nested === 'object' && nested !== null && keys.kinds.has(nested)) {
      return `#${fingerprintIn(keys, nested)}`;
    }
    // JSON would write a Map or Set as {}, and a key blind to its contents would go stale.
    if (nested instanceof Map || nested instanceof Set) return [...nested];
    return nested;
  });
}

/** Marks an entity whose fingerprint is being computed. */
const IN_PROGRESS = 'in-progress';

function fingerprintIn(keys: Keys, entity: object): string {
  const known = keys.fingerprints.get(entity);
  // Places that name each other as successors (a data mistake) stop here instead of looping.
  if (known === IN_PROGRESS) return IN_PROGRESS;
  if (known) return known;
  keys.fingerprints.set(entity, IN_PROGRESS);
  const fingerprint = hash(serialise(keys, entity, entity));
  keys.fingerprints.set(entity, fingerprint);
  return fingerprint;
}

/** The fingerprint of one entity of `catalog` (see the top of this file). */
export function fingerprint(catalog: Catalog, entity: object): string {
  const keys = keysOf(catalog);
  if (!keys.kinds.has(entity))
    throw new Error('fingerprint() expects a model, news item, place, field or organisation of this catalog.');
  return fingerprintIn(keys, entity);
}

/**
 * `path` (a static path of a route) with a `cacheKey` worked out when Astro first reads it. Only
 * `astro build` reads it, to decide which pages to reuse; the dev server never does, and lists a
 * route's paths again after every save: at 2,400 models the model pages' keys took 0.17 s of each
 * save and of the first page served.
 */
export function keyedPath<P extends object>(path: P, key: () => string): P & { readonly cacheKey: string } {
  let value: string | undefined;
  return Object.defineProperty(path, 'cacheKey', { enumerable: true, get: () => (value ??= key()) }) as P & {
    readonly cacheKey: string;
  };
}

/** A cache key over `parts`: plain values as they are, entities by their fingerprint. */
export function cacheKey(catalog: Catalog, ...parts: unknown[]): string {
  return hash(serialise(keysOf(catalog), parts));
}

/**
 * What a model's page shows: the model, the news about it, its related models, and the former
 * units its place came from (their names are in its search record).
 */
export function modelPageKey(catalog: Catalog, model: Model): string {
  return cacheKey(catalog, 'model', model, model.related, model.news, model.place.predecessorPlaces);
}

/** What a news page shows: the item and the models it is about. */
export function newsPageKey(catalog: Catalog, item: News): string {
  return cacheKey(catalog, 'news', item, item.models);
}

/** A page of a listing: its position and its items, without the rest of the listing. */
export function pageOf<T>(page: Page<T>) {
  const { items, ...position } = page;
  return { position, items };
}

/** A facet group as the sidebar and a group's heading show it: name, address and count. */
export function groupOf(group: FacetGroup) {
  return { key: group.key, label: group.label, url: group.url, count: group.models.length };
}
