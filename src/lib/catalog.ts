/**
 * Turns the raw collections into the catalog every page reads: references resolved and checked,
 * drafts and scheduled items left out, lists sorted the Vietnamese way. Pure: it takes the entries
 * and "today" as arguments, so tests can feed it fixtures parsed by the real schemas.
 */
import type { FieldData } from '../schemas/field.ts';
import type { ModelData } from '../schemas/model.ts';
import type { NewsData } from '../schemas/news.ts';
import type { OrganisationData } from '../schemas/organisation.ts';
import type { PlaceData } from '../schemas/place.ts';
import { ContentError, type ContentProblem } from './content-errors.ts';
import type { IsoDate } from './format.ts';
import { compareVi, sortByVi } from './text.ts';
import { fieldUrl, modelUrl, newsUrl, organisationUrl, placeUrl } from './urls.ts';

/** The shape of a collection entry this module needs (Astro's entries have it). */
export interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

export interface Place extends PlaceData {
  url: string;
  /** Kind and name, as written in running text: "thị xã Tân Châu". */
  label: string;
  parentPlace?: Place;
  successorPlaces: Place[];
}
export interface Field extends FieldData {
  url: string;
}
export interface Organisation extends OrganisationData {
  url: string;
}

/** `draft`: `draft: true`; `scheduled`: dated after today (it goes live on that day's build). */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** The status of an entry with this draft flag and date, on `today`. */
export function getStatus(draft: boolean, date: IsoDate, today: IsoDate): PublicationStatus {
  if (draft) return 'draft';
  return date > today ? 'scheduled' : 'published';
}

export interface Model {
  slug: string;
  url: string;
  file: string;
  data: ModelData;
  place: Place;
  field: Field;
  organisations: Organisation[];
  /** Published related models (links to drafts are dropped from the public site). */
  related: Model[];
  /** Published news items that are about this model, newest first. */
  news: News[];
  /** Draft or scheduled entries are only present when unpublished entries are included (dev server). */
  status: PublicationStatus;
  entry: Entry<ModelData>;
}

export interface News {
  slug: string;
  url: string;
  file: string;
  data: NewsData;
  models: Model[];
  organisations: Organisation[];
  status: PublicationStatus;
  entry: Entry<NewsData>;
}

/** The places a news item is about (those of its models), each once, in the order of its models. */
export function newsPlaceLabels(item: News): string[] {
  return [...new Set(item.models.map((m) => m.place.label))];
}

/** The year a news item belongs to: that of the event it reports, else of its date. */
export function newsYear(item: News): string {
  return (item.data.eventDate ?? item.data.date).slice(0, 4);
}

export interface Catalog {
  /** Newest published first; ties in Vietnamese title order. */
  models: Model[];
  news: News[];
  /** Sorted by name, Vietnamese order. */
  places: Place[];
  fields: Field[];
  organisations: Organisation[];
  placeById: Map<string, Place>;
  fieldById: Map<string, Field>;
  organisationById: Map<string, Organisation>;
  modelBySlug: Map<string, Model>;
}

export interface CatalogInput {
  models: readonly Entry<ModelData>[];
  news: readonly Entry<NewsData>[];
  places: readonly Entry<PlaceData>[];
  fields: readonly Entry<FieldData>[];
  organisations: readonly Entry<OrganisationData>[];
}

export interface CatalogOptions {
  /** Today's date in Vietnam; entries dated later are scheduled, not published. */
  today: IsoDate;
  /** Keep drafts and scheduled entries (the dev server shows them, the build never does). */
  includeUnpublished?: boolean;
}

const fileOf = (entry: Entry<unknown>, collection: string) => entry.filePath ?? `content/${collection}/${entry.id}`;

function available(ids: Iterable<string>): string {
  const list = [...ids].sort(compareVi);
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, …` : list.join(', ');
}

/** Newest first by `date`, then by title in Vietnamese order. */
function byDateThenTitle<T>(date: (item: T) => string, title: (item: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || compareVi(title(a), title(b));
}

export function buildCatalog(input: CatalogInput, options: CatalogOptions): Catalog {
  const problems: ContentProblem[] = [];

  /** Looks up a reference and records a problem naming the file, field and the bad value. */
  function resolve<T>(
    map: Map<string, T>,
    ref: { id: string },
    where: { file: string; field: string; what: string; fix: string },
  ): T | undefined {
    const id = ref.id;
    const found = map.get(id);
    if (!found) {
      problems.push({
        file: where.file,
        field: where.field,
        message: `không có ${where.what} “${id}”. Các giá trị có sẵn: ${available(map.keys())}. ${where.fix}`,
      });
    }
    return found;
  }

  const placeById = new Map<string, Place>(
    input.places.map((entry) => [
      entry.id,
      {
        ...entry.data,
        url: placeUrl(entry.id),
        label: `${entry.data.kind} ${entry.data.name}`,
        successorPlaces: [],
      },
    ]),
  );
  const fieldById = new Map<string, Field>(input.fields.map((e) => [e.id, { ...e.data, url: fieldUrl(e.id) }]));
  const organisationById = new Map<string, Organisation>(
    input.organisations.map((e) => [e.id, { ...e.data, url: organisationUrl(e.id) }]),
  );

  // Where each list lives, for the fixes in messages (a test or a corpus may keep them elsewhere).
  const placesFile = input.places[0]?.filePath ?? 'content/places.yaml';
  const fieldsFile = input.fields[0]?.filePath ?? 'content/fields.yaml';
  const organisationsFile = input.organisations[0]?.filePath ?? 'content/organisations.yaml';

  /** The organisations an entry names, each checked; unknown ones become problems. */
  const resolveOrganisations = (refs: readonly { id: string }[], file: string) =>
    refs.flatMap((ref, i) => {
      const found = resolve(organisationById, ref, {
        file,
        field: `organisations.${i}`,
        what: 'tổ chức',
        fix: `Dùng id trong ${organisationsFile}, hoặc thêm tổ chức mới vào tệp đó.`,
      });
      return found ? [found] : [];
    });

  for (const place of placeById.values()) {
    const fix = `Thêm đơn vị này vào ${placesFile} hoặc sửa lại id.`;
    const where = { file: `${placesFile} (${place.id})`, what: 'địa bàn', fix };
    if (place.parent) {
      const parent = resolve(placeById, place.parent, { ...where, field: 'parent' });
      if (parent) place.parentPlace = parent;
    }
    place.successors.forEach((ref, i) => {
      const successor = resolve(placeById, ref, { ...where, field: `successors.${i}` });
      if (successor) place.successorPlaces.push(successor);
    });
  }
  for (const organisation of organisationById.values()) {
    const where = { file: `${organisationsFile} (${organisation.id})` };
    if (organisation.parent) {
      resolve(organisationById, organisation.parent, {
        ...where,
        field: 'parent',
        what: 'tổ chức',
        fix: `Thêm tổ chức này vào ${organisationsFile} hoặc sửa lại id.`,
      });
    }
    if (organisation.place) {
      resolve(placeById, organisation.place, {
        ...where,
        field: 'place',
        what: 'địa bàn',
        fix: `Thêm đơn vị này vào ${placesFile} hoặc sửa lại id.`,
      });
    }
  }

  const keep = (status: PublicationStatus) => options.includeUnpublished || status === 'published';
  const allModelIds = new Set(input.models.map((e) => e.id));

  const models: Model[] = [];
  for (const entry of input.models) {
    const file = fileOf(entry, 'models');
    const { data } = entry;
    const place = resolve(placeById, data.place, {
      file,
      field: 'place',
      what: 'địa bàn',
      fix: `Dùng id trong ${placesFile}, hoặc thêm địa bàn mới vào tệp đó.`,
    });
    const field = resolve(fieldById, data.field, {
      file,
      field: 'field',
      what: 'lĩnh vực',
      fix: `Chọn một id trong ${fieldsFile}.`,
    });
    const organisations = resolveOrganisations(data.organisations, file);
    data.related.forEach((ref, i) => {
      const id = ref.id;
      if (!allModelIds.has(id)) {
        problems.push({
          file,
          field: `related.${i}`,
          message: `không có mô hình nào có địa chỉ “${id}”. Dùng đúng slug của mô hình liên quan (phần cuối địa chỉ trang /mo-hinh/…/).`,
        });
      } else if (id === entry.id) {
        problems.push({
          file,
          field: `related.${i}`,
          message: 'mô hình không thể liên quan tới chính nó. Xoá dòng này.',
        });
      }
    });
    const status = getStatus(data.draft, data.published, options.today);
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
        status,
        entry,
      });
    }
  }

  const news: News[] = [];
  for (const entry of input.news) {
    const file = fileOf(entry, 'news');
    const { data } = entry;
    data.models.forEach((ref, i) => {
      const id = ref.id;
      if (!allModelIds.has(id)) {
        problems.push({
          file,
          field: `models.${i}`,
          message: `không có mô hình nào có địa chỉ “${id}”. Dùng đúng slug của mô hình (phần cuối địa chỉ trang /mo-hinh/…/).`,
        });
      }
    });
    const organisations = resolveOrganisations(data.organisations, file);
    const status = getStatus(data.draft, data.date, options.today);
    if (keep(status)) {
      news.push({ slug: entry.id, url: newsUrl(entry.id), file, data, models: [], organisations, status, entry });
    }
  }

  problems.push(...checkAliases(input.models, 'models'), ...checkAliases(input.news, 'news'));
  if (problems.length > 0) throw new ContentError(problems);

  models.sort(
    byDateThenTitle(
      (m) => m.data.published,
      (m) => m.data.title,
    ),
  );
  news.sort(
    byDateThenTitle(
      (n) => n.data.date,
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
    places: sortByVi([...placeById.values()], (p) => p.name),
    fields: [...fieldById.values()],
    organisations: sortByVi([...organisationById.values()], (o) => o.name),
    placeById,
    fieldById,
    organisationById,
    modelBySlug,
  };
}

/**
 * Former slugs (`aliases`) keep shared links alive, so each must point to exactly one entry and
 * never shadow a live slug of the same collection.
 */
function checkAliases(entries: readonly Entry<{ aliases: string[] }>[], collection: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const live = new Map(entries.map((e) => [e.id, fileOf(e, collection)]));
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    const file = fileOf(entry, collection);
    entry.data.aliases.forEach((alias, i) => {
      const field = `aliases.${i}`;
      const owner = live.get(alias);
      if (owner) {
        problems.push({
          file,
          field,
          message:
            owner === file
              ? `địa chỉ cũ “${alias}” trùng với địa chỉ hiện tại của chính bài này. Xoá dòng này.`
              : `địa chỉ cũ “${alias}” đang là địa chỉ của ${owner}. Một địa chỉ chỉ dẫn tới một bài: xoá dòng này hoặc đổi tên bài kia.`,
        });
        return;
      }
      const other = claimed.get(alias);
      if (other && other !== file) {
        problems.push({
          file,
          field,
          message: `địa chỉ cũ “${alias}” đã được ${other} dùng. Mỗi địa chỉ cũ chỉ dẫn tới một bài.`,
        });
        return;
      }
      claimed.set(alias, file);
    });
  }
  return problems;
}
