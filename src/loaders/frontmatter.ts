/**
 * Reads YAML the way editors mean it. js-yaml's default schema turns `2024-02-30` into 1 March
 * without a word; the core schema keeps dates as text so the schema can refuse impossible days.
 */
import yaml from 'js-yaml';
import { ContentError } from '../lib/content-errors.ts';
import { cleanInvisible, type InvisibleFound } from '../lib/invisible.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** js-yaml's reasons for the mistakes editors make, said in Vietnamese. */
const YAML_REASONS: [RegExp, string][] = [
  [
    /bad indentation of a mapping entry/,
    'dòng này thụt đầu dòng sai, hoặc có dấu “:” giữa câu mà câu chưa được đặt trong ngoặc kép',
  ],
  [/duplicated mapping key/, 'một trường được ghi hai lần; giữ một dòng và xoá dòng kia'],
  [/within a double quoted scalar/, 'thiếu dấu ngoặc kép " đóng câu'],
  [/within a single quoted scalar/, "thiếu dấu nháy đơn ' đóng câu"],
  [
    /within a flow collection|missed comma between flow collection entries/,
    'danh sách trong ngoặc [ ] hoặc { } chưa đóng hoặc thiếu dấu phẩy',
  ],
  [
    /a multiline key may not be an implicit key|can not read an implicit mapping pair/,
    'có dòng thiếu dấu “:” sau tên trường',
  ],
  [/tab characters must not be used in indentation/, 'dùng phím Tab để thụt đầu dòng; hãy dùng dấu cách'],
  [
    /end of the stream or a document separator is expected/,
    'có dòng không thuộc trường nào (thường do thụt đầu dòng hoặc gạch đầu dòng “-” đặt sai)',
  ],
  [
    /unidentified alias|name of an alias node/,
    'giá trị bắt đầu bằng dấu “*” bị hiểu là bí danh YAML; nếu “*” là chữ của nội dung, đặt cả giá trị trong ngoặc kép, ví dụ title: "*Mô hình mới*"',
  ],
  [
    /name of an anchor node/,
    'giá trị bắt đầu bằng dấu “&” bị hiểu là neo YAML; nếu “&” là chữ của nội dung, đặt cả giá trị trong ngoặc kép',
  ],
  [/nesting exceeded maxDepth/, 'các danh sách hoặc nhóm trường lồng nhau quá sâu'],
];

/**
 * YAML anchors and aliases (`&a` names a value, `*a` repeats it) are refused: no entry needs them,
 * and nested aliases ("billion laughs") turn a few lines into billions of values as soon as
 * anything walks them (a message quoting the value, a copy of the data). A `&` or `*` inside a
 * value, or a whole value in quotes, is text and is not affected.
 */
const ALIASES_REFUSED =
  'tệp dùng neo/bí danh YAML (dấu & hoặc * đứng đầu giá trị) — không được hỗ trợ; viết giá trị trực tiếp. Nếu “&” hoặc “*” là chữ của nội dung, đặt cả giá trị trong ngoặc kép.';

/** Thrown from js-yaml's listener at the first anchor, with the line (from 0) where it stands. */
class AnchorFound extends Error {
  readonly line: number;
  constructor(line: number) {
    super('anchor');
    this.line = line;
  }
}

/** What went wrong, in Vietnamese when the reason is a known one; js-yaml's own words otherwise. */
function yamlReason(reason: string): string {
  return YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? `chi tiết kỹ thuật: ${reason}`;
}

/** Parses YAML text, turning a syntax error into a Vietnamese message with its line. */
export function parseYaml(source: string, file: string, lineOffset = 0): unknown {
  // An alias needs an anchor before it, so refusing anchors refuses both.
  // js-yaml's listener sees each node when it closes, with the anchor it was given (not in the types).
  const listener: yaml.LoadOptions['listener'] = (event, state) => {
    const { anchor } = state as yaml.State & { anchor?: string | null };
    if (event !== 'close' || anchor === undefined || anchor === null) return;
    const at = state.input.lastIndexOf(`&${anchor}`, state.position);
    throw new AnchorFound(at < 0 ? state.line : state.input.slice(0, at).split('\n').length - 1);
  };
  try {
    return yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file, listener });
  } catch (error) {
    if (error instanceof AnchorFound) {
      throw new ContentError([{ file: `${file}:${error.line + 1 + lineOffset}`, message: ALIASES_REFUSED }]);
    }
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
      throw new ContentError([
        {
          file: line ? `${file}:${line}` : file,
          message: `lỗi cú pháp YAML: ${yamlReason(error.reason)}. Kiểm tra dấu hai chấm, thụt đầu dòng và dấu ngoặc kép quanh câu có dấu “:”.`,
        },
      ]);
    }
    throw error;
  }
}

/** The mark of the scaffolder's fill-in text (`summary: «Viết 2–3 câu tóm tắt»`). */
export const PLACEHOLDER = '«';

/**
 * The line (from 1, as an editor's editor shows it) of the first frontmatter line that still holds
 * fill-in text outside a comment, or undefined. Comment lines are the scaffolder's examples for
 * fields left unused; a marker after a value (`place: an-giang # «…»`) counts, so a value the
 * scaffolder only suggested must be confirmed before publishing.
 */
export function placeholderLine(contents: string): number | undefined {
  const lines = (FRONTMATTER.exec(contents)?.[1] ?? '').split(/\r?\n/);
  const at = lines.findIndex((line) => line.includes(PLACEHOLDER) && !line.trim().startsWith('#'));
  // +1 for counting from 1, +1 for the opening “---”.
  return at >= 0 ? at + 2 : undefined;
}

/**
 * Fill-in text left in `contents`, as the build and `npm run check` both report it: an error for
 * an entry that would be published, a warning for a draft (which may keep it while being written).
 */
export function placeholderProblem(contents: string, draft: boolean): { line: number; message: string } | undefined {
  const line = placeholderLine(contents);
  if (!line) return undefined;
  const fix = draft
    ? 'Thay bằng nội dung thật trước khi bỏ draft: true.'
    : 'Thay bằng nội dung thật (và xoá ghi chú « » sau giá trị đã chọn), hoặc để draft: true nếu bài chưa xong.';
  return { line, message: `còn chữ mẫu trong dấu « ». ${fix}` };
}

/**
 * The body of a Markdown/MDX file: what follows its frontmatter, trimmed. Astro's own Markdown and
 * MDX entry types give the same (`getEntryInfo`: the frontmatter blanked, then the text trimmed),
 * but parse the frontmatter's YAML again to do it; the loader has parsed it already.
 */
export function bodyAfterFrontmatter(contents: string): string {
  const match = FRONTMATTER.exec(contents);
  return (match ? contents.slice(match[0].length) : contents).trim();
}

/** The frontmatter of a Markdown/MDX file as a plain object (empty if there is none). */
export function readFrontmatter(contents: string, file: string): Record<string, unknown> {
  return parseFrontmatter(contents, file).data;
}

/**
 * The frontmatter of a Markdown/MDX file as a plain object, invisible characters removed from its
 * values (see src/lib/invisible.ts), and where they were, for `npm run check` to say.
 */
export function parseFrontmatter(
  contents: string,
  file: string,
): { data: Record<string, unknown>; invisible: InvisibleFound[] } {
  const match = FRONTMATTER.exec(contents);
  if (!match) {
    throw new ContentError([
      {
        file,
        message:
          'thiếu phần thông tin đầu bài (frontmatter). Tệp phải bắt đầu bằng một dòng “---”, các trường, rồi một dòng “---”.',
      },
    ]);
  }
  const data = parseYaml(match[1] ?? '', file, 1);
  if (data === null || data === undefined) return { data: {}, invisible: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, message: 'phần frontmatter phải là danh sách các trường dạng “tên: giá trị”.' }]);
  }
  const { value, found } = cleanInvisible(data as Record<string, unknown>);
  return { data: value, invisible: found };
}
