/**
 * `npm run check`: validates all content without a build and reports EVERY problem at once, in
 * Vietnamese, with file, line where it can be found, field, what was found and what is expected.
 * It uses the same schemas, slug rules and reference checks as the build, plus editorial
 * warnings the build does not enforce.
 */
import { COMPLETENESS_LABELS, getCompleteness, type Completeness } from '../../src/lib/completeness.ts';
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalog, getStatus } from '../../src/lib/catalog.ts';
import type { CatalogInput, Entry } from '../../src/lib/catalog-types.ts';
import { ContentError, describeIssue, toProblems, type ContentProblem } from '../../src/lib/content-errors.ts';
import { compileBody, type BodyPicture } from '../../src/lib/mdx-plugin.ts';
import { relativePosix } from '../../src/lib/posix-path.ts';
import { isLocalPicture } from '../../src/lib/sanitize.ts';
import { picturePathProblem } from '../../src/loaders/pictures.ts';
import { DVK_START_YEAR, futureDateWarnings } from '../../src/lib/date-bounds.ts';
import { findInvisible, invisibleMessage } from '../../src/lib/invisible.ts';
import { getToday } from '../../src/lib/today.ts';
import { toComparable } from '../../src/lib/text.ts';
import {
  classifyContentFiles,
  listContentFiles,
  PICTURE_FILE,
  pictureReferences,
} from '../../src/loaders/content-files.ts';
import {
  claimSlug,
  entryChecker,
  entrySlug,
  listEntryFiles,
  slugFromName,
  type SchemaFactory,
} from '../../src/loaders/entries.ts';
import { parseFrontmatter, placeholderProblem } from '../../src/loaders/frontmatter.ts';
import { readContentFile } from '../../src/loaders/text-file.ts';
import { readYamlList } from '../../src/loaders/yaml.ts';
import { fieldSchema } from '../../src/schemas/field.ts';
import { modelSchema, type ModelData } from '../../src/schemas/model.ts';
import { newsSchema, type NewsData } from '../../src/schemas/news.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { figureQualifierProblems } from './figure-qualifiers.ts';
import { formatPublication, getPublication, type Publication } from './publication.ts';

/** How many entry files `checkContent` reads ahead of the one it checks. */
const READ_AHEAD = 32;

/** An error stops publishing; a warning asks to look; a note says what is so by design. */
export type Severity = 'error' | 'warning' | 'note';
export interface Finding extends ContentProblem {
  severity: Severity;
  line?: number;
}

/** Editorial limits: past these a page still builds, but an editor should look. */
export const LIMITS = {
  /** A card shows about three lines of summary on a phone. */
  cardSummaryChars: 220,
  /** Bigger source pictures slow every build and are rarely needed at 1440 px wide. */
  imageBytes: 3_000_000,
  imagePixels: 4000,
};

export interface CheckResult {
  findings: Finding[];
  /** Entry files found (valid or not) and data items read. */
  counts: { models: number; news: number; places: number; fields: number; organisations: number };
  /** Valid models whose pages say little yet, thinnest first (`npm run check -- --can-bo-sung`). */
  toComplete: ToComplete[];
  /** What the next build publishes, and the drafts and scheduled entries it leaves out. */
  publication: Publication;
}

export interface ToComplete {
  file: string;
  title: string;
  completeness: Completeness;
}

interface ParsedEntry {
  entry: Entry<ModelData> | Entry<NewsData>;
  raw: string;
  /** As shown to the editor: relative to the project. */
  file: string;
  absolute: string;
}

/** Where a YAML line's key starts: its indent, plus two for a list item's "- ". */
function keyColumn(line: string): number {
  const match = /^(\s*)(- )?/.exec(line);
  return (match?.[1]?.length ?? 0) + (match?.[2] ? 2 : 0);
}

/**
 * The line (1-based, in the file) of a frontmatter field such as `cover.alt` or `figures.1.unit`.
 * For a missing field, the line of the nearest enclosing field that exists (`cover` for a missing
 * `cover.alt`); undefined for a missing top-level field.
 * Walks the YAML by indentation: enough for the frontmatter editors write.
 */
export function findFieldLine(raw: string, field: string | undefined): number | undefined {
  if (!field) return undefined;
  const lines = raw.split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  let from = 1;
  let to = close === -1 ? lines.length : close;
  let found: number | undefined;
  const isContent = (i: number) => (lines[i] ?? '').trim() !== '' && !(lines[i] ?? '').trim().startsWith('#');
  for (const segment of field.split('.')) {
    const rows = [...Array(to - from).keys()].map((k) => k + from).filter(isContent);
    if (rows.length === 0) return undefined;
    let hit: number | undefined;
    if (/^\d+$/.test(segment)) {
      const dashes = rows.filter((i) => /^\s*- /.test(lines[i] ?? ''));
      const indent = Math.min(...dashes.map((i) => /^\s*/.exec(lines[i] ?? '')?.[0].length ?? 0));
      hit = dashes.filter((i) => (/^\s*/.exec(lines[i] ?? '')?.[0].length ?? 0) === indent)[Number(segment)];
      if (hit === undefined) return found === undefined ? undefined : found + 1;
      const column = indent;
      const next = rows.find((i) => i > hit! && (/^\s*/.exec(lines[i] ?? '')?.[0].length ?? 0) <= column);
      from = hit;
      to = next ?? to;
    } else {
      const column = Math.min(...rows.map((i) => keyColumn(lines[i] ?? '')));
      hit = rows.find(
        (i) => keyColumn(lines[i] ?? '') === column && (lines[i] ?? '').slice(column).startsWith(`${segment}:`),
      );
      if (hit === undefined) return found === undefined ? undefined : found + 1;
      const next = rows.find((i) => i > hit! && keyColumn(lines[i] ?? '') <= column);
      from = hit + 1;
      to = next ?? to;
    }
    found = hit;
  }
  return found === undefined ? undefined : found + 1;
}

/**
 * The line (1-based) of an item of a YAML list file, found by its id or its position (`mục thứ 3`),
 * and of its `field` when the item has that line; undefined when the item is not found.
 */
export function findYamlItemLine(raw: string, item: string, field?: string): number | undefined {
  const lines = raw.split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (/^- /.test(line) ? [i] : []));
  const position = /^mục thứ (\d+)$/.exec(item);
  const blockOf = (start: number) => {
    const end = starts.find((i) => i > start) ?? lines.length;
    return { start, end };
  };
  const idPattern = new RegExp(`^(- |\\s+)id:\\s*['"]?${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`);
  const start = position
    ? starts[Number(position[1]) - 1]
    : starts.find((i) => {
        const { end } = blockOf(i);
        return lines.slice(i, end).some((line) => idPattern.test(line));
      });
  if (start === undefined) return undefined;
  const { end } = blockOf(start);
  const key = field?.split('.')[0];
  const at = key ? lines.slice(start, end).findIndex((line) => new RegExp(`^(- |\\s+)${key}:`).test(line)) : -1;
  return (at >= 0 ? start + at : start) + 1;
}

/** Checks the content folder at `contentRoot` (relative paths in messages start at `projectRoot`). */
export async function checkContent(
  projectRoot: string,
  contentRoot: string,
  today: string = getToday(),
): Promise<CheckResult> {
  const findings: Finding[] = [];
  const rel = (file: string) => relativePosix(projectRoot, file);
  /** The text of each data list (places.yaml…), by its name in messages, to find an item's line. */
  const listTexts = new Map<string, string>();
  const add = (severity: Severity, problems: readonly ContentProblem[], raw?: string) => {
    for (const problem of problems) {
      const item = /^(.+\.yaml) \((.+)\)$/.exec(problem.file);
      const listText = item ? listTexts.get(item[1]!) : undefined;
      const line =
        item && listText
          ? findYamlItemLine(listText, item[2]!, problem.field)
          : raw
            ? findFieldLine(raw, problem.field)
            : undefined;
      findings.push({ ...problem, severity, ...(line ? { line } : {}) });
    }
  };

  /** Problems whose file is written `file:line` (YAML syntax, fill-in text, the body) as findings with a line. */
  const addAtLine = (problems: readonly ContentProblem[], file: string, severity: Severity = 'error') => {
    for (const problem of problems) {
      const [name, line] = problem.file.split(/:(?=\d+$)/);
      findings.push({ ...problem, file: name ?? file, severity, ...(line ? { line: Number(line) } : {}) });
    }
  };

  async function readData<T>(name: string, schema: Parameters<typeof readYamlList>[2]) {
    const file = path.join(contentRoot, name);
    try {
      const text = await readContentFile(file, rel(file));
      listTexts.set(rel(file), text);
      const { items, problems, removed } = readYamlList(text, rel(file), schema);
      add('error', problems);
      add('warning', removed);
      return items.map((item) => ({ id: item.id, filePath: rel(file), data: item.parsed as T }));
    } catch (error) {
      if (error instanceof ContentError) addAtLine(error.problems, rel(file));
      else add('error', [{ file: rel(file), message: `không đọc được tệp (${(error as Error).message}).` }]);
      return [];
    }
  }

  // Links (symlinks) under content/ must stay inside the project: a link to a file elsewhere would
  // publish whatever that file holds, and the site could not be built on another machine.
  const refusedLinks = new Set<string>();
  for (const link of findLinks(contentRoot)) {
    let real: string | undefined;
    try {
      real = realpathSync(link);
    } catch {
      real = undefined;
    }
    const outside = real !== undefined && path.relative(realpathSync(projectRoot), real).startsWith('..');
    if (real === undefined || outside) {
      refusedLinks.add(link);
      findings.push({
        file: rel(link),
        severity: 'error',
        message:
          real === undefined
            ? `là một liên kết (symlink) hỏng, không trỏ tới tệp nào (${readlinkSync(link)}). Xoá liên kết, chép tệp thật vào đây.`
            : `là một liên kết (symlink) trỏ ra ngoài dự án, tới ${real}. Trang không đọc tệp ngoài dự án: xoá liên kết, chép tệp thật vào đây.`,
      });
    }
  }

  const places = await readData<CatalogInput['places'][number]['data']>('places.yaml', placeSchema);
  const fields = await readData<CatalogInput['fields'][number]['data']>('fields.yaml', fieldSchema);
  const organisations = await readData<CatalogInput['organisations'][number]['data']>(
    'organisations.yaml',
    organisationSchema,
  );

  /** A picture the body shows must be a real picture beside the entry, like a cover. */
  async function checkBodyPictures(pictures: readonly BodyPicture[], entryPath: string, file: string) {
    for (const { src, line } of pictures) {
      // A picture from another host is the sanitiser's (a warning) or the MDX rules' (an error).
      if (!isLocalPicture(src)) continue;
      const problem =
        picturePathProblem(path.dirname(entryPath), src) ??
        (await pictureFileProblem(path.resolve(path.dirname(entryPath), src), src));
      if (problem) findings.push({ file, line, severity: 'error', message: `ảnh trong bài: ${problem}` });
    }
  }

  const found = { models: 0, news: 0 };
  /** The pictures entries name (relative to the content folder), and the folders of entries that could not be read. */
  const usedPictures = new Set<string>();
  const unreadFolders = new Set<string>();
  async function readEntries(collection: 'models' | 'news', schema: SchemaFactory): Promise<ParsedEntry[]> {
    const owners = new Map<string, string>();
    const check = entryChecker(schema);
    const parsed: ParsedEntry[] = [];
    const paths = listEntryFiles(contentRoot, collection);
    found[collection] = paths.length;
    // Files are read ahead of the checks, READ_AHEAD at a time: reading them one after another
    // left the process waiting, and reading all at once runs out of open files on a laptop
    // (macOS allows 256 by default).
    const texts: (Promise<string> | undefined)[] = [];
    const read = (index: number) => {
      if (index >= paths.length) return;
      const absolute = path.join(contentRoot, paths[index]!);
      // A link out of the project is reported above; what it leads to is not read.
      const reading = refusedLinks.has(absolute) ? undefined : readContentFile(absolute, rel(absolute));
      // Awaited in the loop below; until then a failure must not count as unhandled.
      reading?.catch(() => {});
      texts[index] = reading;
    };
    for (let index = 0; index < READ_AHEAD; index++) read(index);
    for (const [index, entryPath] of paths.entries()) {
      // The window moves on by one: the file READ_AHEAD places on starts now.
      read(index + READ_AHEAD);
      const absolute = path.join(contentRoot, entryPath);
      const text = texts[index];
      if (!text) continue;
      const file = rel(absolute);
      let raw: string;
      let data: Record<string, unknown>;
      try {
        raw = await text;
        for (const picture of pictureReferences(raw, entryPath)) usedPictures.add(picture);
        const frontmatter = parseFrontmatter(raw, file);
        data = frontmatter.data;
        const invisible = frontmatter.invisible.map(({ field, chars }) => ({
          file,
          ...(field ? { field } : {}),
          message: invisibleMessage(chars),
        }));
        add('warning', invisible, raw);
      } catch (error) {
        if (error instanceof ContentError) {
          // Its pictures are unknown, so none of its folder's is called unused.
          unreadFolders.add(path.posix.dirname(entryPath));
          addAtLine(error.problems, file);
          continue;
        }
        throw error;
      }
      const bodyInvisible = invisibleInBody(raw);
      if (bodyInvisible) findings.push({ file, severity: 'warning', ...bodyInvisible });
      // Checks on the text itself come first, so they are reported even when the schema refuses the entry.
      const placeholder = placeholderProblem(raw, data['draft'] === true);
      if (placeholder) findings.push({ file, severity: data['draft'] === true ? 'warning' : 'error', ...placeholder });
      if (raw !== raw.normalize('NFC')) {
        add('warning', [
          {
            file,
            message:
              'văn bản có chữ ở dạng Unicode tổ hợp (NFD): dấu được gõ tách khỏi chữ. Hãy lưu lại tệp ở dạng Unicode dựng sẵn (NFC) để tìm kiếm và sắp xếp đúng.',
          },
        ]);
      }
      // The body: MDX components used as documented, none in a Markdown file (the build's own
      // rules); markup the sanitiser takes out of a Markdown body (the page stays safe, the
      // staffer is told); the pictures the body shows, each opened like covers.
      const body = await compileBody(raw, absolute, data, { root: projectRoot });
      addAtLine(body.problems, file);
      addAtLine(body.removals, file, 'warning');
      await checkBodyPictures(body.pictures, absolute, file);
      const slug = entrySlug(entryPath.slice(collection.length + 1), data);
      const checked = check(data, absolute, { error: describeIssue });
      // A malformed `slug:` is already a schema problem; report it once.
      const slugRejected = !checked.success && checked.error.issues.some((i) => i.path[0] === 'slug');
      const slugProblem = slugRejected ? undefined : claimSlug(slug, file, owners, undefined, slugFromName(data));
      if (slugProblem) add('error', [slugProblem], raw);
      if (!checked.success) {
        add('error', toProblems(file, checked.error.issues), raw);
        continue;
      }
      parsed.push({
        entry: { id: slug, filePath: file, data: checked.data as ModelData & NewsData },
        raw,
        file,
        absolute,
      });
    }
    return parsed;
  }

  const models = await readEntries('models', modelSchema);
  const news = await readEntries('news', newsSchema);

  // Every other file: what the site will not read, and why (src/loaders/content-files.ts).
  const files = listContentFiles(contentRoot);
  const used = new Set([
    ...usedPictures,
    ...files.filter((f) => PICTURE_FILE.test(f) && unreadFolders.has(path.posix.dirname(f))),
  ]);
  findings.push(...classifyContentFiles(files, (f) => rel(path.join(contentRoot, f)), used));

  try {
    buildCatalog(
      {
        models: models.map((m) => m.entry as Entry<ModelData>),
        news: news.map((n) => n.entry as Entry<NewsData>),
        places,
        fields,
        organisations,
      },
      { today, includeUnpublished: true },
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) {
      const source = [...models, ...news].find((p) => p.file === problem.file);
      add('error', [problem], source?.raw);
    }
  }

  await editorialChecks(models, news, today, add, findings);

  return {
    findings,
    counts: { ...found, places: places.length, fields: fields.length, organisations: organisations.length },
    toComplete: listToComplete(models),
    publication: getPublication(
      models.map(({ file, entry }) => ({ file, draft: entry.data.draft, date: (entry.data as ModelData).published })),
      news.map(({ file, entry }) => ({ file, draft: entry.data.draft, date: (entry.data as NewsData).date })),
      today,
    ),
  };
}

/**
 * Invisible characters in an entry's body (removed from the page by the Markdown processor, see
 * src/lib/invisible.ts): a warning at the first line that has some, naming the others.
 */
function invisibleInBody(raw: string): { line: number; message: string } | undefined {
  const lines = raw.split('\n');
  const bodyStart = frontmatterLines(raw).length + 1;
  const hits = lines.flatMap((text, i) => (i >= bodyStart ? [{ line: i + 1, chars: findInvisible(text) }] : []));
  const found = hits.filter((h) => h.chars.length > 0);
  if (found.length === 0) return undefined;
  const others = found.slice(1).map((h) => h.line);
  const also =
    others.length > 0
      ? ` Cũng có ở dòng ${others.slice(0, 5).join(', ')}${others.length > 5 ? ` và ${others.length - 5} dòng khác` : ''}.`
      : '';
  return {
    line: found[0]!.line,
    message: `${invisibleMessage(
      found.flatMap((h) => h.chars),
      'nội dung bài ',
    )}${also}`,
  };
}

const LEVEL_ORDER: Record<Completeness['level'], number> = { 'chi-neu-ten': 0, 'mot-phan': 1, 'day-du': 2 };

/** Models that lack figures, steps and results or a second source, thinnest first, then by file. */
function listToComplete(models: readonly ParsedEntry[]): ToComplete[] {
  return models
    .map((m) => ({
      file: m.file,
      title: String(m.entry.data.title),
      completeness: getCompleteness(m.entry.data as ModelData),
    }))
    .filter((m) => m.completeness.missing.length > 0)
    .sort(
      (a, b) => LEVEL_ORDER[a.completeness.level] - LEVEL_ORDER[b.completeness.level] || a.file.localeCompare(b.file),
    );
}

/** The list of models to complete, for staff: what each lacks, in Vietnamese. */
export function formatToComplete(result: CheckResult): string {
  if (result.toComplete.length === 0) return 'Mọi mô hình đã có số liệu, cách làm, kết quả và từ hai nguồn trở lên.';
  return [
    `Mô hình cần bổ sung (${result.toComplete.length}) — ít thông tin nhất ở trên:`,
    ...result.toComplete.map(
      (m) =>
        `  · ${m.file} — ${COMPLETENESS_LABELS[m.completeness.level]}; còn thiếu: ${m.completeness.missing.join(', ')}.`,
    ),
  ].join('\n');
}

/** Every symbolic link under `dir` (links to folders are not followed). */
function findLinks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [full];
    return entry.isDirectory() ? findLinks(full) : [];
  });
}

/** The formats the build turns into web pictures; SVG is left out (it can hold scripts). */
const PICTURE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'heif']);

/**
 * Whether the file at `absolute` is a picture the build can use: sharp opens it and knows its
 * format and size. A text file named .jpg, a broken download, an SVG or a PDF: the problem, in
 * Vietnamese; undefined for a good picture.
 */
export async function pictureFileProblem(absolute: string, src: string): Promise<string | undefined> {
  return (await probePicture(absolute, src)).problem;
}

/** What the check needs to know of a picture file: what is wrong with it, or its size. */
interface PictureProbe {
  problem?: string;
  bytes?: number;
  width?: number;
}

/** Opens a picture once (its header, on sharp's threads) and says what is wrong with it, or its size. */
async function probePicture(absolute: string, src: string): Promise<PictureProbe> {
  const { default: sharp } = await import('sharp');
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(absolute).metadata();
  } catch {
    return {
      problem: `tệp ${src} không mở được như một ảnh: có thể là tệp khác được đổi đuôi thành ảnh, hoặc ảnh tải về bị hỏng. Mở tệp bằng trình xem ảnh, lưu lại dưới dạng JPG hoặc PNG, rồi chép đè vào.`,
    };
  }
  if (meta.format === 'svg') {
    return {
      problem: `ảnh ${src} là hình SVG, có thể chứa mã chạy trên máy người đọc. Lưu hình dưới dạng PNG hoặc JPG rồi dùng tệp đó.`,
    };
  }
  if (!meta.format || !PICTURE_FORMATS.has(meta.format) || !meta.width || !meta.height) {
    return {
      problem: `tệp ${src} không phải ảnh dùng được (định dạng ${meta.format ?? 'không rõ'}). Lưu ảnh dưới dạng JPG, PNG hoặc WebP.`,
    };
  }
  return { bytes: (await stat(absolute)).size, width: meta.width };
}

/** The frontmatter's lines, numbered from the file's first line (index 0 is the opening ---). */
function frontmatterLines(raw: string): string[] {
  return (raw.split(/\r?\n---/)[0] ?? raw).split(/\r?\n/);
}

async function editorialChecks(
  models: ParsedEntry[],
  news: ParsedEntry[],
  today: string,
  add: (severity: Severity, problems: readonly ContentProblem[], raw?: string) => void,
  findings: Finding[],
) {
  // Every cover and gallery picture is opened at once, on sharp's threads, instead of one after
  // the other; the findings below are still added in file order.
  const probes = new Map<string, Promise<PictureProbe>>();
  const picturesOf = (entry: ParsedEntry) => {
    const data = entry.entry.data as ModelData | NewsData;
    return [
      ...(data.cover ? [{ field: 'cover', picture: data.cover }] : []),
      ...('gallery' in data ? data.gallery.map((picture, i) => ({ field: `gallery.${i}`, picture })) : []),
    ].map(({ field, picture }) => {
      const src = String(picture.src);
      const absolute = path.resolve(path.dirname(entry.absolute), src);
      const key = `${absolute}\0${src}`;
      if (!probes.has(key)) probes.set(key, probePicture(absolute, src));
      return { field, src, probe: probes.get(key)! };
    });
  };
  const pictures = new Map([...models, ...news].map((entry) => [entry, picturesOf(entry)]));
  const statusOf = new Map(
    models.map((m) => {
      const data = m.entry.data as ModelData;
      return [m.entry.id, getStatus(data.draft, data.published, today)];
    }),
  );
  for (const collection of [models, news]) {
    const titles = new Map<string, string>();
    for (const parsed of collection) {
      const { entry, raw, file } = parsed;
      const data = entry.data as ModelData | NewsData;
      const draft = data.draft;
      const key = toComparable(data.title);
      const other = titles.get(key);
      if (other)
        add(
          'warning',
          [
            {
              file,
              field: 'title',
              message: `tiêu đề “${data.title}” trùng với ${other}. Người đọc sẽ khó phân biệt hai bài; hãy đặt tiêu đề khác.`,
            },
          ],
          raw,
        );
      else titles.set(key, file);

      // YAML reads "1.870" as 1.87: in Vietnamese that dot separates thousands.
      frontmatterLines(raw).forEach((text, index) => {
        if (/^\s*(- )?value:\s*\d{1,3}(\.\d{3})+\s*$/.test(text)) {
          findings.push({
            file,
            line: index + 1,
            severity: 'warning',
            message: `“${text.trim()}” được đọc là số thập phân ${Number(text.split(':')[1])}. Nếu là số hàng nghìn, viết liền không dấu chấm (ví dụ 1870).`,
          });
        }
      });
      // "hơn 430 triệu đồng" in the text, while the figure of 430 triệu đồng has no qualifier.
      add('warning', figureQualifierProblems(file, raw, data), raw);
      add('warning', futureDateWarnings(data, file, today), raw);
      if ('year' in data && data.year !== undefined && data.year < DVK_START_YEAR) {
        add(
          'warning',
          [
            {
              file,
              field: 'year',
              message: `năm ${data.year} trước khi phong trào thi đua “Dân vận khéo” được phát động (${DVK_START_YEAR}). Nếu nguồn ghi đúng như vậy thì giữ nguyên; nếu không, kiểm tra lại năm.`,
            },
          ],
          raw,
        );
      }
      if (data.summary.length > LIMITS.cardSummaryChars) {
        add(
          'warning',
          [
            {
              file,
              field: 'summary',
              message: `dài ${data.summary.length} ký tự, thẻ trên điện thoại chỉ hiện khoảng ${LIMITS.cardSummaryChars} ký tự. Hãy viết gọn lại.`,
            },
          ],
          raw,
        );
      }
      if ('related' in data) {
        data.related.forEach((ref, i) => {
          const status = statusOf.get(ref.id);
          if (status && status !== 'published' && !draft) {
            add(
              'warning',
              [
                {
                  file,
                  field: `related.${i}`,
                  message: `mô hình liên quan “${ref.id}” chưa được xuất bản (${status === 'draft' ? 'bản nháp' : 'hẹn giờ'}), nên liên kết sẽ không hiện.`,
                },
              ],
              raw,
            );
          }
        });
      }
      for (const { field, src, probe } of pictures.get(parsed)!) {
        const { problem, bytes = 0, width = 0 } = await probe;
        if (problem) {
          add('error', [{ file, field: `${field}.src`, message: problem }], raw);
          continue;
        }
        if (bytes > LIMITS.imageBytes || width > LIMITS.imagePixels) {
          add(
            'warning',
            [
              {
                file,
                field: `${field}.src`,
                message: `ảnh ${src} nặng ${(bytes / 1e6).toFixed(1)} MB, rộng ${width} px. Hãy thu nhỏ (rộng tối đa ${LIMITS.imagePixels} px, dưới ${LIMITS.imageBytes / 1e6} MB).`,
              },
            ],
            raw,
          );
        }
      }
    }
  }
}

/** One finding as the report prints it: `✗ file:line — trường “field”: message` (`!` for a warning). */
export function formatFinding(f: Finding): string {
  // An item of a list file is named after the line: `content/places.yaml:12 (tan-chau)`.
  const [file, item] = f.file.split(/(?<=\.yaml)(?= \()/);
  const where = `${file}${f.line ? `:${f.line}` : ''}${item ?? ''}`;
  const mark = { error: '✗', warning: '!', note: '·' }[f.severity];
  return `${mark} ${where}${f.field ? ` — trường “${f.field}”` : ''}: ${f.message}`;
}

/** How many findings `findings` has of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The report an editor reads in the terminal. */
export function formatReport(result: CheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const notes = result.findings.filter((f) => f.severity === 'note');
  const line = (f: Finding) => `  ${formatFinding(f)}`;
  const { counts } = result;
  const parts = [
    `Kiểm tra nội dung: ${counts.models} tệp mô hình, ${counts.news} tệp tin tức, ${counts.places} địa bàn, ${counts.fields} lĩnh vực, ${counts.organisations} tổ chức.`,
  ];
  if (errors.length > 0) parts.push('', `LỖI (${errors.length}) — phải sửa trước khi xuất bản:`, ...errors.map(line));
  if (warnings.length > 0) parts.push('', `CẢNH BÁO (${warnings.length}) — nên xem lại:`, ...warnings.map(line));
  if (notes.length > 0) parts.push('', `GHI CHÚ (${notes.length}) — không cần sửa:`, ...notes.map(line));
  parts.push(
    '',
    errors.length > 0
      ? `Kết quả: ${errors.length} lỗi, ${warnings.length} cảnh báo. Sửa các lỗi rồi chạy lại “npm run check”.`
      : warnings.length > 0
        ? `Kết quả: không có lỗi, ${warnings.length} cảnh báo. Xem lại các cảnh báo trước khi xuất bản.`
        : 'Kết quả: không có lỗi, không có cảnh báo.',
  );
  // Without errors, what the next build does with each entry: a draft is not live.
  if (errors.length === 0) parts.push(...formatPublication(result.publication));
  return parts.join('\n');
}
