/**
 * The reference checks of the catalog, with their messages: every id an entry names (a place, a
 * field, an organisation, a related model, a former address) must exist, and the message for one
 * that does not says, in Vietnamese, the file, the field, the bad value, what exists and the fix.
 * Problems are collected, not thrown one by one, so an editor sees every mistake at once.
 */
import { ContentError, type ContentProblem } from './content-errors.ts';
import type { CatalogInput, Entry, Organisation, Place } from './catalog-types.ts';
import { compareVi, editDistance } from './text.ts';

/** The file an entry came from, as messages name it. */
export const fileOf = (entry: Entry<unknown>, collection: string) =>
  entry.filePath ?? `content/${collection}/${entry.id}`;

/** Up to twelve of the ids that exist, in Vietnamese order, for "the values you can use". */
/**
 * The values an editor can choose from: all of them when the list is short, else the few closest
 * to what was typed (a list of 400 places would bury the fix).
 */
function available(ids: Iterable<string>, typed: string): string {
  const list = [...ids].sort(compareVi);
  if (list.length <= 12) return `Các giá trị có sẵn: ${list.join(', ')}`;
  const closest = list
    .map((id) => ({ id, d: editDistance(typed, id) - (id.includes(typed) || typed.includes(id) ? typed.length : 0) }))
    .sort((a, b) => a.d - b.d || compareVi(a.id, b.id))
    .slice(0, 6)
    .map((c) => c.id);
  return `Gần giống nhất: ${closest.join(', ')} (trong ${list.length} giá trị có sẵn)`;
}

/** Where one reference was written and how to mend it. */
interface Where {
  file: string;
  field: string;
  /** What kind of thing the id should name, in Vietnamese ("địa bàn"). */
  what: string;
  fix: string;
}

/**
 * The checks for one catalog build. Each `resolve…` returns what an id names, or records a
 * problem and returns undefined; `throwIfAny` ends the build with every problem found.
 */
export function createReferenceChecks(input: CatalogInput) {
  const problems: ContentProblem[] = [];
  // Where each list lives, for the fixes in messages (a test or a corpus may keep them elsewhere).
  const placesFile = input.places[0]?.filePath ?? 'content/places.yaml';
  const fieldsFile = input.fields[0]?.filePath ?? 'content/fields.yaml';
  const organisationsFile = input.organisations[0]?.filePath ?? 'content/organisations.yaml';

  function resolve<T>(map: Map<string, T>, ref: { id: string }, where: Where): T | undefined {
    const found = map.get(ref.id);
    if (!found) {
      problems.push({
        file: where.file,
        field: where.field,
        message: `không có ${where.what} “${ref.id}”. ${available(map.keys(), ref.id)}. ${where.fix}`,
      });
    }
    return found;
  }

  const placeWhere = (file: string, field: string): Where => ({
    file,
    field,
    what: 'địa bàn',
    fix: `Dùng id trong ${placesFile}, hoặc thêm địa bàn mới vào tệp đó.`,
  });

  return {
    problems,

    /** A place's parent and successors, which must be places of the same list. */
    resolvePlaceLinks(place: Place, placeById: Map<string, Place>) {
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
    },

    /** An organisation's parent organisation and its place. */
    checkOrganisationLinks(
      organisation: Organisation,
      organisationById: Map<string, Organisation>,
      placeById: Map<string, Place>,
    ) {
      const file = `${organisationsFile} (${organisation.id})`;
      if (organisation.parent) {
        resolve(organisationById, organisation.parent, {
          file,
          field: 'parent',
          what: 'tổ chức',
          fix: `Thêm tổ chức này vào ${organisationsFile} hoặc sửa lại id.`,
        });
      }
      if (organisation.place) {
        resolve(placeById, organisation.place, {
          file,
          field: 'place',
          what: 'địa bàn',
          fix: `Thêm đơn vị này vào ${placesFile} hoặc sửa lại id.`,
        });
      }
    },

    /** The place a model names. */
    resolvePlace: (placeById: Map<string, Place>, ref: { id: string }, file: string) =>
      resolve(placeById, ref, placeWhere(file, 'place')),

    /** The field a model names. */
    resolveField: <T>(fieldById: Map<string, T>, ref: { id: string }, file: string) =>
      resolve(fieldById, ref, { file, field: 'field', what: 'lĩnh vực', fix: `Chọn một id trong ${fieldsFile}.` }),

    /** The organisations an entry names, each checked; unknown ones become problems. */
    resolveOrganisations: (
      organisationById: Map<string, Organisation>,
      refs: readonly { id: string }[],
      file: string,
    ): Organisation[] =>
      refs.flatMap((ref, i) => {
        const found = resolve(organisationById, ref, {
          file,
          field: `organisations.${i}`,
          what: 'tổ chức',
          fix: `Dùng id trong ${organisationsFile}, hoặc thêm tổ chức mới vào tệp đó.`,
        });
        return found ? [found] : [];
      }),

    /** A model's related models: each must exist, and none may be the model itself. */
    checkRelated(refs: readonly { id: string }[], self: string, allModelIds: Set<string>, file: string) {
      refs.forEach((ref, i) => {
        if (!allModelIds.has(ref.id)) {
          problems.push({
            file,
            field: `related.${i}`,
            message: `không có mô hình nào có địa chỉ “${ref.id}”. Dùng đúng slug của mô hình liên quan (phần cuối địa chỉ trang /mo-hinh/…/).`,
          });
        } else if (ref.id === self) {
          problems.push({
            file,
            field: `related.${i}`,
            message: 'mô hình không thể liên quan tới chính nó. Xoá dòng này.',
          });
        }
      });
    },

    /** The models a news item is about: each must exist. */
    checkNewsModels(refs: readonly { id: string }[], allModelIds: Set<string>, file: string) {
      refs.forEach((ref, i) => {
        if (!allModelIds.has(ref.id)) {
          problems.push({
            file,
            field: `models.${i}`,
            message: `không có mô hình nào có địa chỉ “${ref.id}”. Dùng đúng slug của mô hình (phần cuối địa chỉ trang /mo-hinh/…/).`,
          });
        }
      });
    },

    /**
     * Former slugs (`aliases`) keep shared links alive, so each must point to exactly one entry and
     * never shadow a live slug of the same collection.
     */
    checkAliases(entries: readonly Entry<{ aliases: string[] }>[], collection: string) {
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
    },

    /**
     * Cycles in the lists' own links (a place inside itself, through its parents; a place that is
     * its own successor; an organisation above itself): each is a problem naming every id of the
     * loop, and the loop is cut so that nothing after this walks it forever.
     */
    checkCycles(placeById: Map<string, Place>, organisationById: Map<string, Organisation>) {
      const report = (file: string, ids: string[], field: string, what: string, fix: string) =>
        problems.push({
          file: `${file} (${ids[0]})`,
          field,
          message: `vòng lặp ${what}: ${[...ids, ids[0]].join(' → ')}. ${fix}`,
        });
      for (const cycle of findCycles(placeById.keys(), (id) => placeById.get(id)?.parentPlace?.id)) {
        report(
          placesFile,
          cycle,
          'parent',
          'đơn vị cấp trên',
          'Một đơn vị không thể nằm trong chính nó: sửa parent của một trong các đơn vị này (đơn vị cấp tỉnh không có parent).',
        );
        for (const id of cycle) delete placeById.get(id)!.parentPlace;
      }
      for (const cycle of findCycles(placeById.keys(), (id) => placeById.get(id)?.successorPlaces.map((p) => p.id))) {
        report(
          placesFile,
          cycle,
          'successors',
          'đơn vị kế thừa',
          'Một đơn vị không thể kế thừa chính nó: successors chỉ ghi các đơn vị mới lập ra sau khi sắp xếp.',
        );
        for (const id of cycle) placeById.get(id)!.successorPlaces = [];
      }
      const organisationParent = (id: string) => {
        const parent = organisationById.get(id)?.parent?.id;
        return parent && organisationById.has(parent) ? parent : undefined;
      };
      for (const cycle of findCycles(organisationById.keys(), organisationParent)) {
        report(
          organisationsFile,
          cycle,
          'parent',
          'tổ chức cấp trên',
          'Một tổ chức không thể trực thuộc chính nó: sửa parent của một trong các tổ chức này.',
        );
        for (const id of cycle) delete organisationById.get(id)!.parent;
      }
    },

    /** Ends the build with every problem found, if there is any. */
    throwIfAny() {
      if (problems.length > 0) throw new ContentError(problems);
    },
  };
}

export type ReferenceChecks = ReturnType<typeof createReferenceChecks>;

/**
 * Every cycle of the links `next` gives (one id, or several), each once, as the ids along it
 * starting from the smallest in Vietnamese order; ids are visited in order, so the result is stable.
 */
export function findCycles(
  ids: Iterable<string>,
  next: (id: string) => string | readonly string[] | undefined,
): string[][] {
  const cycles = new Map<string, string[]>();
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string) => {
    const at = onPath.indexOf(id);
    if (at >= 0) {
      const loop = onPath.slice(at);
      const start = loop.indexOf([...loop].sort(compareVi)[0]!);
      const ordered = [...loop.slice(start), ...loop.slice(0, start)];
      cycles.set(ordered.join(' '), ordered);
      return;
    }
    if (done.has(id)) return;
    onPath.push(id);
    const targets = next(id);
    for (const target of typeof targets === 'string' ? [targets] : (targets ?? [])) visit(target);
    onPath.pop();
    done.add(id);
  };
  for (const id of [...ids].sort(compareVi)) visit(id);
  return [...cycles.values()];
}
