/**
 * The shapes of the catalog every page reads (see `buildCatalog` in `catalog.ts`): entries with
 * their references resolved to the objects they name.
 */
import type { Completeness } from './completeness.ts';
import type { RecognitionFacts } from './recognition.ts';
import type { FieldData } from '../schemas/field.ts';
import type { ModelData } from '../schemas/model.ts';
import type { NewsData } from '../schemas/news.ts';
import type { OrganisationData } from '../schemas/organisation.ts';
import type { PlaceData } from '../schemas/place.ts';
import type { IsoDate } from './format.ts';

/** The shape of a collection entry the catalog needs (Astro's entries have it). */
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
  /** Whether and how its sources call it "Dân vận khéo" (computed from `sources`). */
  recognition: RecognitionFacts;
  /** How much the entry holds: figures, steps and results, several sources (computed). */
  completeness: Completeness;
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
