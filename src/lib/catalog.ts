/**
 * Turns the raw collections into the catalog every page reads: references resolved and checked,
 * drafts and scheduled items left out, lists sorted the Vietnamese way. Pure: it takes the entries
 * and "today" as arguments, so tests can feed it fixtures parsed by the real schemas.
 *
 * The shapes are in `catalog-types.ts`, the reference checks and their messages in
 * `catalog-references.ts`; this file is the order of the steps.
 */
import { getCompleteness } from './completeness.ts';
import { getRecognition } from './recognition.ts';
import type {
  Catalog,
  CatalogInput,
  CatalogOptions,
  Field,
  Model,
  News,
  Organisation,
  Place,
  PublicationStatus,
} from './catalog-types.ts';
import { createReferenceChecks, fileOf, type ReferenceChecks } from './catalog-references.ts';
import { checkDateBounds } from './date-bounds.ts';
import type { IsoDate } from './format.ts';
import { compareVi, sortByVi, toComparable, toSlug } from './text.ts';
import { fieldUrl, modelUrl, newsUrl, organisationUrl, placeUrl } from './urls.ts';

/** The status of an entry with this draft flag and date, on `today`. */
export function getStatus(draft: boolean, date: IsoDate, today: IsoDate): PublicationStatus {
  if (draft) return 'draft';
  return date > today ? 'scheduled' : 'published';
}

/** The place itself, then every unit that encloses it (a commune, its district, the province). */
export function getEnclosingPlaces(place: Place): Place[] {
  const places: Place[] = [];
  for (let p: Place | undefined = place; p; p = p.parentPlace) places.push(p);
  return places;
}

/**
 * Kinds whose area was shared out among several units in 2025 (the district level, abolished):
 * none of their successors holds the whole of it, so their models are not filed under any one.
 */
const SHARED_OUT_KINDS: ReadonlySet<string> = new Set(['thành phố', 'thị xã', 'huyện']);

/**
 * The units in force that took over a place, in Vietnamese order: its successors, and theirs in
 * turn when a successor was itself reorganised. Empty for a place that records no successors.
 */
export function getCurrentSuccessors(place: Place): Place[] {
  const current = new Set<Place>();
  const seen = new Set<Place>();
  const visit = (p: Place) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const s of p.successorPlaces) {
      if (s.successorPlaces.length > 0) visit(s);
      else current.add(s);
    }
  };
  visit(place);
  return sortByVi([...current], (p) => p.name);
}

/** Where a place lies today: the unit it was reorganised with, and the units in force that took it over. */
export interface PlaceToday {
  /** The place itself, or the nearest unit enclosing it, that records successors. */
  from: Place;
  /** The units in force that took `from` over (several when its area was shared out or split). */
  units: Place[];
  /** True when `from` was a district-level unit: each unit holds only part of its area. */
  sharedOut: boolean;
}

/**
 * What a place is today, for "Nay thuộc …": undefined when neither it nor any unit enclosing it
 * was reorganised (a unit in force: the province, a 2025 commune).
 */
export function getPlaceToday(place: Place): PlaceToday | undefined {
  const from = getEnclosingPlaces(place).find((p) => p.successorPlaces.length > 0);
  if (!from) return undefined;
  return { from, units: getCurrentSuccessors(from), sharedOut: SHARED_OUT_KINDS.has(from.kind) };
}

/**
 * Every place a model at `place` counts for, on place pages and in search filters: the place and
 * the units enclosing it (as they were), then today's units of each former commune (or finer unit)
 * and former province among them, with the units enclosing those. A model of xã Khánh An (huyện An
 * Phú, until 30/6/2025) is found under xã Khánh An, huyện An Phú, tỉnh An Giang and xã Khánh Bình;
 * a former district's model is not filed under each of the communes its area went to.
 */
export function getPlacesCovering(place: Place): Place[] {
  const enclosing = getEnclosingPlaces(place);
  const covering = new Set(enclosing);
  for (const p of enclosing) {
    if (SHARED_OUT_KINDS.has(p.kind)) continue;
    for (const unit of getCurrentSuccessors(p)) for (const q of getEnclosingPlaces(unit)) covering.add(q);
  }
  return [...covering];
}

/**
 * The former units a place was formed from, district-level units left out (their area was
 * shared out, so each only gave part of it): the former communes of a 2025 commune.
 */
export function getFormerUnits(place: Place): Place[] {
  return place.predecessorPlaces.filter((p) => !SHARED_OUT_KINDS.has(p.kind));
}

const childrenByCatalog = new WeakMap<Catalog, Map<Place, Place[]>>();

/** The places whose parent is `place` (a district's communes), in Vietnamese order. */
export function getChildPlaces(catalog: Catalog, place: Place): Place[] {
  let children = childrenByCatalog.get(catalog);
  if (!children) {
    children = new Map();
    for (const p of catalog.places) {
      if (p.parentPlace) children.set(p.parentPlace, [...(children.get(p.parentPlace) ?? []), p]);
    }
    childrenByCatalog.set(catalog, children);
  }
  return children.get(place) ?? [];
}

/** The places a news item is about (those of its models), each once, in the order of its models. */
export function newsPlaceLabels(item: News): string[] {
  return [...new Set(item.models.map((m) => m.place.label))];
}

/**
 * The day a news item is placed by: the day of the event it reports; when that day is not known,
 * the day its source reported it (a 2019 report stays in 2019, even as a day, month or year:
 * "2019-10" sorts among that month's days); else the day it was published here. "Tin mới", the
 * feed and "newest first" in search all order news by it, so an old event added today does not
 * jump ahead of this week's.
 */
export function newsEventDate(item: News): IsoDate {
  return item.data.eventDate ?? (item.data.source?.date as IsoDate | undefined) ?? item.data.date;
}

/** The year a news item belongs to: that of the event it reports, else of its date. */
export function newsYear(item: News): string {
  return newsEventDate(item).slice(0, 4);
}

/** Newest first by `date`, then by title in Vietnamese order. */
function byDateThenTitle<T>(date: (item: T) => string, title: (item: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || compareVi(title(a), title(b));
}

export function buildCatalog(input: CatalogInput, options: CatalogOptions): Catalog {
  const checks = createReferenceChecks(input);
  const lists = resolveLists(input, checks);
  const keep = (status: PublicationStatus) => options.includeUnpublished || status === 'published';
  const allModelIds = new Set(input.models.map((e) => e.id));
  const models = collectModels(input, lists, checks, { today: options.today, keep, allModelIds });
  const news = collectNews(input, lists, checks, { today: options.today, keep, allModelIds });
  checks.checkAliases(input.models, 'models');
  checks.checkAliases(input.news, 'news');
  checks.throwIfAny();
  return linkEntries(lists, models, news);
}

/** What deciding on an entry needs besides the lists: the day, the publication rule, every model id. */
interface Scope {
  today: IsoDate;
  keep: (status: PublicationStatus) => boolean;
  /** Ids of all models, published or not: a reference to a draft is valid, only hidden. */
  allModelIds: Set<string>;
}

interface Lists {
  placeById: Map<string, Place>;
  fieldById: Map<string, Field>;
  organisationById: Map<string, Organisation>;
}

/** Step 1: places, fields and organisations with their URLs, places linked to parents and successors. */
function resolveLists(input: CatalogInput, checks: ReferenceChecks): Lists {
  const placeById = new Map<string, Place>(
    input.places.map((entry) => [
      entry.id,
      {
        ...entry.data,
        url: placeUrl(entry.id),
        label: `${entry.data.kind} ${entry.data.name}`,
        distinctLabel: '',
        filterLabel: '',
        successorPlaces: [],
        predecessorPlaces: [],
      },
    ]),
  );
  const fieldById = new Map<string, Field>(input.fields.map((e) => [e.id, { ...e.data, url: fieldUrl(e.id) }]));
  const organisationById = new Map<string, Organisation>(
    input.organisations.map((e) => [e.id, { ...e.data, url: organisationUrl(e.id) }]),
  );
  for (const place of placeById.values()) checks.resolvePlaceLinks(place, placeById);
  checks.checkCycles(placeById, organisationById);
  linkPlaces([...placeById.values()]);
  for (const organisation of organisationById.values()) {
    checks.checkOrganisationLinks(organisation, organisationById, placeById);
  }
  return { placeById, fieldById, organisationById };
}

/** How many items of `items` share each key. */
function tally<T>(items: readonly T[], key: (item: T) => string): (item: T) => number {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return (item) => counts.get(key(item)) ?? 0;
}

/** Predecessors (the reverse of successors) and distinct labels, once parents and successors are linked. */
function linkPlaces(places: Place[]) {
  for (const place of places) for (const s of place.successorPlaces) s.predecessorPlaces.push(place);
  for (const place of places) place.predecessorPlaces = sortByVi(place.predecessorPlaces, (p) => p.name);
  // Labels compared as they read: "xã Mỹ Hoà Hưng" and "xã Mỹ Hòa Hưng" are one name.
  const sameLabel = tally(places, (p) => toComparable(p.label));
  const distinct = (p: Place): string =>
    sameLabel(p) > 1 && p.parentPlace ? `${p.label}, ${distinct(p.parentPlace)}` : p.label;
  for (const place of places) place.distinctLabel = distinct(place);
  // Two units of one name in one unit (never so far): their ids tell them apart.
  const sameDistinct = tally(places, (p) => toComparable(p.distinctLabel));
  for (const place of places) if (sameDistinct(place) > 1) place.distinctLabel += ` (${place.id})`;
  // Search filters go into URLs as slugs, which drop every mark: "Phú Thạnh" and "Phú Thành" of one
  // district would share one. Only there does the filter name carry the id.
  const sameSlug = tally(places, (p) => toSlug(p.distinctLabel));
  for (const place of places) {
    place.filterLabel = sameSlug(place) > 1 ? `${place.distinctLabel} (${place.id})` : place.distinctLabel;
  }
}

/** Step 2: every model with its place, field and organisations; those not kept are checked and left out. */
function collectModels(
  input: CatalogInput,
  lists: Lists,
  checks: ReferenceChecks,
  { today, keep, allModelIds }: Scope,
): Model[] {
  const models: Model[] = [];
  for (const entry of input.models) {
    const file = fileOf(entry, 'models');
    const { data } = entry;
    const place = checks.resolvePlace(lists.placeById, data.place, file);
    const field = checks.resolveField(lists.fieldById, data.field, file);
    const organisations = checks.resolveOrganisations(lists.organisationById, data.organisations, file);
    checks.checkRelated(data.related, entry.id, allModelIds, file);
    checks.problems.push(...checkDateBounds(data, file, today));
    const status = getStatus(data.draft, data.published, today);
    if (place && field && keep(status)) {
      models.push({
        slug: entry.id,
        url: modelUrl(entry.id),
        file,
        data,
        place,
        field,
        organisations: sortByVi(organisations, (o) => o.name),
        related: [],
        news: [],
        recognition: getRecognition(data),
        completeness: getCompleteness(data),
        status,
        entry,
      });
    }
  }
  return models;
}

/** Step 3: every news item with its organisations; the models it names are checked here, linked later. */
function collectNews(
  input: CatalogInput,
  lists: Lists,
  checks: ReferenceChecks,
  { today, keep, allModelIds }: Scope,
): News[] {
  const news: News[] = [];
  for (const entry of input.news) {
    const file = fileOf(entry, 'news');
    const { data } = entry;
    checks.checkNewsModels(data.models, allModelIds, file);
    const organisations = checks.resolveOrganisations(lists.organisationById, data.organisations, file);
    checks.problems.push(...checkDateBounds(data, file, today));
    const status = getStatus(data.draft, data.date, today);
    if (keep(status)) {
      news.push({ slug: entry.id, url: newsUrl(entry.id), file, data, models: [], organisations, status, entry });
    }
  }
  return news;
}

/** Step 4: sorted lists, related models and news linked both ways (only among entries kept). */
function linkEntries(lists: Lists, models: Model[], news: News[]): Catalog {
  models.sort(
    byDateThenTitle(
      (m) => m.data.published,
      (m) => m.data.title,
    ),
  );
  news.sort(
    byDateThenTitle(
      (n) => newsEventDate(n),
      (n) => n.data.title,
    ),
  );
  const modelBySlug = new Map(models.map((m) => [m.slug, m]));
  for (const model of models) {
    model.related = model.data.related.flatMap((ref) => modelBySlug.get(ref.id) ?? []);
  }
  for (const item of news) {
    item.models = item.data.models.flatMap((ref) => modelBySlug.get(ref.id) ?? []);
    for (const model of item.models) model.news.push(item);
  }
  return {
    models,
    news,
    places: sortByVi([...lists.placeById.values()], (p) => p.name),
    fields: [...lists.fieldById.values()],
    organisations: sortByVi([...lists.organisationById.values()], (o) => o.name),
    ...lists,
    modelBySlug,
  };
}
