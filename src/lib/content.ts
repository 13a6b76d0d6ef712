/**
 * The only module that reads Astro's collections. Pages call `getCatalog()` and get checked,
 * resolved, sorted data; nothing else calls `getCollection`.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildCatalog } from './catalog.ts';
import type { Catalog, Model, News } from './catalog-types.ts';
import { showsUnpublished } from './env.ts';
import { getToday } from './today.ts';

let catalog: Promise<Catalog> | undefined;

/** All content, checked and resolved once per build. The dev server also shows unpublished entries. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () =>
    buildCatalog(
      {
        models: await getCollection('models'),
        news: await getCollection('news'),
        places: await getCollection('places'),
        fields: await getCollection('fields'),
        organisations: await getCollection('organisations'),
      },
      { today: getToday(), includeUnpublished: showsUnpublished() },
    ))();
  if (import.meta.env.DEV) {
    // Content changes while the dev server runs; rebuild the catalog on every request there.
    const current = catalog;
    catalog = undefined;
    return current;
  }
  return catalog;
}

/** The rendered Markdown/MDX body of a model or news item. */
export function renderBody(item: Model | News) {
  return render(item.entry as CollectionEntry<'models'> | CollectionEntry<'news'>);
}
