/**
 * The MDX components editors may use in `.mdx` entries without importing them, and the rules their
 * use must follow. Pure functions over the elements an MDX parser finds: `mdx-plugin.ts` feeds them
 * from the build's parser (Sätteri) and `npm run check` through the same plugin, so the build and
 * the checker say the same thing. Every message is Vietnamese, names the component and the prop,
 * and says how to fix it; the plugin adds the file and the line.
 */
import { FIGURE_QUALIFIERS } from '../schemas/common.ts';
import { isPartialDate } from '../schemas/rules.ts';
import { formatNumber } from './format.ts';
import { editDistance } from './text.ts';

/** What a prop holds, which decides how it must be written and how it is checked. */
type PropKind =
  /** Words in quotes: `nguoi="…"`. */
  | { type: 'text'; max: number }
  /** The number of a source in the entry's list, in braces: `nguon={1}`. */
  | { type: 'source' }
  /** A number in braces: `so={43}`. */
  | { type: 'number' }
  /** A year, month or day in quotes: `ngay="2020-07"`. */
  | { type: 'date' }
  /** One of FIGURE_QUALIFIERS in quotes: `uocLuong="hơn"`. */
  | { type: 'qualifier' };

interface PropRule {
  kind: PropKind;
  required: boolean;
  /** How to write it, shown when it is missing or wrong. */
  example: string;
  /** What it is for, shown when it is missing. */
  meaning: string;
}

interface ComponentRule {
  props: Record<string, PropRule>;
  /** What goes between the tags: words (must not be empty), `<Moc>` items only, or nothing. */
  content: 'words' | 'moc' | 'none';
  /** Must stand as a paragraph of its own (it renders a block: a figure, a list, a callout). */
  block: boolean;
  /** Must sit inside this component (the nearest enclosing one). */
  parent?: string;
  /** A correct use, shown when the tags themselves are wrong. */
  usage: string;
}

const SOURCE: PropRule = {
  kind: { type: 'source' },
  required: true,
  example: 'nguon={1}',
  meaning: 'số thứ tự của nguồn có điều này, đếm từ 1 trong các nguồn ở đầu bài',
};

/** The components, their props and where they may stand. Names are the public API: never rename. */
export const MDX_COMPONENT_RULES = {
  TrichDan: {
    props: {
      nguoi: {
        kind: { type: 'text', max: 200 },
        required: true,
        example: 'nguoi="ông Nguyễn Văn A, Chủ tịch UBND xã"',
        meaning: 'ai nói câu này, kèm chức vụ như nguồn ghi',
      },
      nguon: SOURCE,
    },
    content: 'words',
    block: true,
    usage: '<TrichDan nguoi="…" nguon={1}>lời nói nguyên văn</TrichDan>',
  },
  DongThoiGian: {
    props: {},
    content: 'moc',
    block: true,
    usage: '<DongThoiGian> rồi các dòng <Moc ngay="2020-07-30" nguon={1}>…</Moc>, rồi </DongThoiGian>',
  },
  Moc: {
    props: {
      ngay: {
        kind: { type: 'date' },
        required: true,
        example: 'ngay="2020-07-30"',
        meaning: 'ngày diễn ra, hoặc chỉ tháng (2020-07) hay năm (2020) nếu nguồn chỉ ghi vậy',
      },
      nguon: SOURCE,
    },
    content: 'words',
    block: false,
    parent: 'DongThoiGian',
    usage: '<Moc ngay="2020-07-30" nguon={1}>điều đã diễn ra</Moc>',
  },
  SoLieu: {
    props: {
      so: {
        kind: { type: 'number' },
        required: true,
        example: 'so={43}',
        meaning: 'con số, không kèm đơn vị',
      },
      donVi: {
        kind: { type: 'text', max: 30 },
        required: true,
        example: 'donVi="km"',
        meaning: 'đơn vị của con số',
      },
      nhan: {
        kind: { type: 'text', max: 80 },
        required: true,
        example: 'nhan="đường mở nhờ dân hiến đất"',
        meaning: 'con số này đếm gì',
      },
      nguon: SOURCE,
      uocLuong: {
        kind: { type: 'qualifier' },
        required: false,
        example: 'uocLuong="hơn"',
        meaning: 'từ nguồn dùng trước con số',
      },
    },
    content: 'none',
    block: true,
    usage: '<SoLieu so={43} donVi="km" nhan="…" nguon={1} />',
  },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_RULES;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_RULES) as MdxComponentName[];

const isComponentName = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENT_RULES, name);
const TAG_LIST = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** The sources a quotation, figure or timeline item may point to, read from the entry's frontmatter. */
export interface SourceCount {
  count: number;
  /** `sources` for a model (a list), `source` for a news item (at most one). */
  field: 'sources' | 'source';
}

/** Counts the sources in an entry's frontmatter: a model's `sources` list, or a news item's single `source`. */
export function countSources(frontmatter: Record<string, unknown>): SourceCount {
  const { sources, source } = frontmatter;
  if (Array.isArray(sources)) return { count: sources.length, field: 'sources' };
  return { count: source !== undefined && source !== null ? 1 : 0, field: 'source' };
}

/** A JSX attribute as the MDX parser gives it (mdast-util-mdx-jsx shapes). */
export type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null | undefined }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** One child of an element, as far as the rules need to know it. */
export interface JsxChild {
  /** A component's name, or undefined for text, paragraphs and other Markdown. */
  component?: string | null | undefined;
  /** Its text, to quote when it is out of place. */
  text: string;
}

/** An MDX element as the rules see it. */
export interface JsxElement {
  /** The tag name; null for a fragment `<>…</>`. */
  name: string | null;
  attributes: readonly JsxAttribute[];
  /** True when it stands inside a sentence rather than as a paragraph of its own. */
  inline: boolean;
  /** The name of the nearest enclosing element, or undefined at the top of the body. */
  parent: string | null | undefined;
  /** Its text content, all descendants together. */
  text: string;
  /** Its children, with a paragraph that only wraps them unwrapped. */
  children: readonly JsxChild[];
}

/** One mistake in a use of a component; the caller adds the file and line. */
export type ElementProblem = string;

/** The closest of `candidates` to `word` if it is a likely typo (case ignored, at most 2 letters off). */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Text quoted in a message: on one line, shortened. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** The problems of one element; an empty list when it is used as documented. */
export function checkElement(element: JsxElement, sources: SourceCount): ElementProblem[] {
  const { name } = element;
  if (name === null) return ['thẻ rỗng <>…</> không dùng được trong bài. Xoá “<>” và “</>”.'];
  if (!isComponentName(name)) {
    if (/^[a-z]/.test(name)) {
      return [
        `thẻ HTML <${name}> không dùng được trong bài. Viết bằng Markdown (## tiêu đề, **chữ đậm**, - danh sách), hoặc dùng một trong các thẻ ${TAG_LIST}.`,
      ];
    }
    const guess = closestName(name, MDX_COMPONENT_NAMES);
    return [
      `không có thẻ <${name}>. Các thẻ dùng được: ${TAG_LIST}.${guess ? ` Có phải ý bạn là <${guess}>?` : ''} Sửa tên ở cả thẻ mở và thẻ đóng, đúng chữ hoa, chữ thường.`,
    ];
  }
  const rule: ComponentRule = MDX_COMPONENT_RULES[name];
  const tag = `thẻ <${name}>`;
  const problems: ElementProblem[] = [];

  if (rule.block && element.inline) {
    problems.push(
      `${tag} phải đứng thành một đoạn riêng, không nằm giữa câu: để một dòng trống trước và sau thẻ. Cách viết: ${rule.usage}`,
    );
  }
  if (rule.parent && element.parent !== rule.parent) {
    const usage = isComponentName(rule.parent) ? `: ${MDX_COMPONENT_RULES[rule.parent].usage}` : '';
    problems.push(`${tag} chỉ dùng bên trong <${rule.parent}>${usage}.`);
  }

  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`${tag}: “{${quote(attribute.value)}}” không dùng được. Ghi từng thuộc tính, ví dụ ${rule.usage}`);
      continue;
    }
    const prop = rule.props[attribute.name];
    if (!prop) {
      const known = Object.keys(rule.props);
      const guess = closestName(attribute.name, known);
      problems.push(
        `${tag}, thuộc tính “${attribute.name}”: không có thuộc tính này. ${known.length > 0 ? `<${name}> chỉ nhận: ${known.join(', ')}.` : `<${name}> không nhận thuộc tính nào.`}${guess ? ` Có phải ý bạn là “${guess}”?` : ''}`,
      );
      continue;
    }
    if (seen.has(attribute.name)) {
      problems.push(`${tag}, thuộc tính “${attribute.name}”: được ghi hai lần. Giữ một lần.`);
      continue;
    }
    seen.add(attribute.name);
    const problem = checkProp(prop, attribute.value, sources);
    if (problem) problems.push(`${tag}, thuộc tính “${attribute.name}”: ${problem}`);
  }
  for (const [propName, prop] of Object.entries(rule.props)) {
    if (prop.required && !seen.has(propName)) {
      problems.push(`${tag}, thuộc tính “${propName}”: còn thiếu. Thêm ${prop.example} (${prop.meaning}).`);
    }
  }

  problems.push(...checkContent(name, rule, element));
  return problems;
}

function checkContent(name: MdxComponentName, rule: ComponentRule, element: JsxElement): ElementProblem[] {
  const tag = `thẻ <${name}>`;
  switch (rule.content) {
    case 'none':
      return element.children.length > 0 || element.text.trim() !== ''
        ? [`${tag} không nhận nội dung bên trong. Viết thành một thẻ tự đóng, kết thúc bằng “/>”: ${rule.usage}`]
        : [];
    case 'words':
      if (element.text.trim() !== '') return [];
      return name === 'TrichDan'
        ? [`${tag}: chưa có lời trích. Viết nguyên văn câu nói, đúng như nguồn ghi, giữa <TrichDan …> và </TrichDan>.`]
        : [`${tag}: chưa có nội dung. Viết điều đã diễn ra giữa <${name} …> và </${name}>.`];
    case 'moc': {
      const items = element.children.filter((child) => child.component === 'Moc');
      const stray = element.children.find((child) => child.component !== 'Moc' && child.text.trim() !== '');
      const problems: ElementProblem[] = [];
      if (stray) {
        problems.push(
          `${tag}: bên trong chỉ đặt các mốc <Moc ngay="…" nguon={…}>…</Moc>. Đưa “${quote(stray.text)}” vào một <Moc> hoặc ra ngoài <${name}>.`,
        );
      }
      if (items.length === 0) {
        problems.push(`${tag}: chưa có mốc nào. Đặt bên trong các dòng ${MDX_COMPONENT_RULES.Moc.usage}.`);
      }
      return problems;
    }
  }
}

type AttributeValue = Extract<JsxAttribute, { type: 'mdxJsxAttribute' }>['value'];

/** What is wrong with one prop's value, or undefined. */
function checkProp(prop: PropRule, value: AttributeValue, sources: SourceCount): string | undefined {
  const expression = typeof value === 'object' && value !== null ? value.value.trim() : undefined;
  const text = typeof value === 'string' ? value : undefined;
  if (expression === undefined && text === undefined) {
    return `chưa có giá trị. Viết ${prop.example}.`;
  }
  const { kind } = prop;
  switch (kind.type) {
    case 'source':
    case 'number': {
      if (expression === undefined) {
        return `phải là con số trong ngoặc nhọn, không trong ngoặc kép: viết ${prop.example}.`;
      }
      if (kind.type === 'number') {
        if (/^\d{1,3}(\.\d{3})+$/.test(expression)) {
          return `{${expression}} được đọc là số thập phân ${formatNumber(Number(expression))}. Nếu là số hàng nghìn, viết liền không dấu chấm: {${expression.replaceAll('.', '')}}.`;
        }
        if (!/^\d+(\.\d+)?$/.test(expression)) {
          return `“${quote(expression)}” không phải con số. Viết con số không kèm đơn vị, dùng dấu chấm cho phần thập phân: so={43} hoặc so={12.5}.`;
        }
        return undefined;
      }
      return checkSourceNumber(expression, sources);
    }
    case 'text':
    case 'date':
    case 'qualifier': {
      if (text === undefined) return `phải viết trong ngoặc kép, không trong ngoặc nhọn: ví dụ ${prop.example}.`;
      if (kind.type === 'date') {
        return isPartialDate(text.trim())
          ? undefined
          : `“${text}” không phải ngày hợp lệ. Viết năm, tháng hoặc ngày: ngay="2020", ngay="2020-07" hoặc ngay="2020-07-30".`;
      }
      if (kind.type === 'qualifier') {
        return (FIGURE_QUALIFIERS as readonly string[]).includes(text)
          ? undefined
          : `“${text}” không dùng được. Chọn một trong: ${FIGURE_QUALIFIERS.join(', ')} — đúng như nguồn viết; nếu nguồn ghi số chính xác thì bỏ thuộc tính này.`;
      }
      if (text.trim() === '') return `đang để trống. Viết ${prop.example} (${prop.meaning}).`;
      if (text.trim().length > kind.max) return `quá dài (tối đa ${kind.max} ký tự). Hãy viết gọn lại.`;
      return undefined;
    }
  }
}

function checkSourceNumber(expression: string, sources: SourceCount): string | undefined {
  const n = /^\d+$/.test(expression) ? Number(expression) : undefined;
  if (n !== undefined && n >= 1 && n <= sources.count) return undefined;
  if (sources.count === 0) {
    return sources.field === 'source'
      ? 'bài chưa có nguồn nào (trường source ở đầu bài). Thêm nguồn tin vào trường source rồi ghi nguon={1}.'
      : 'bài chưa có nguồn nào (danh sách sources ở đầu bài). Thêm nguồn vào sources rồi ghi nguon={1}.';
  }
  const shown = n === undefined ? `“${quote(expression)}”` : `số ${n}`;
  if (sources.field === 'source') {
    return `nguồn ${shown} không có: tin tức chỉ có một nguồn (trường source). Ghi nguon={1}.`;
  }
  const range = sources.count === 1 ? 'Ghi nguon={1}' : `Ghi một số từ 1 đến ${sources.count}`;
  return `nguồn ${shown} không có: danh sách sources của bài có ${sources.count} nguồn. ${range}, hoặc thêm nguồn vào sources.`;
}

/** The problem of an `import`/`export` line in a body: components come without import, and code has no place. */
export function checkEsm(code: string): ElementProblem {
  const first = quote(code.split('\n')[0] ?? code);
  return `dòng “${first}” không dùng được trong bài: các thẻ ${TAG_LIST} có sẵn, không cần import. Xoá dòng này.`;
}

/**
 * The problem of a `{…}` expression in a body, or undefined for a comment `{/* … *\/}`. Braces in
 * MDX run code; an editor who meant the character writes `\{`.
 */
export function checkExpression(code: string): ElementProblem | undefined {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return undefined;
  return `“{${quote(code)}}”: dấu ngoặc nhọn trong bài được hiểu là mã, không phải chữ. Nếu muốn viết dấu ngoặc nhọn, gõ \\{ và \\}.`;
}

/** The problem of a component written in a Markdown (`.md`) file, where it would show as raw text. */
export function checkTagInMarkdown(html: string, fileName: string): ElementProblem | undefined {
  const match = /<([A-Z][A-Za-z]*)\b/.exec(html);
  if (!match || !isComponentName(match[1]!)) return undefined;
  const renamed = fileName.replace(/\.md$/, '.mdx');
  return `thẻ <${match[1]}> chỉ dùng được trong tệp .mdx. Đổi tên tệp ${fileName} thành ${renamed}, hoặc bỏ thẻ và viết bằng Markdown.`;
}

/** The MDX parser's reasons for the mistakes editors make, said in Vietnamese. */
const SYNTAX_REASONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /Expected a closing tag for `<([^>`]+)>`/,
    ([, tag]) =>
      `thẻ <${tag}> chưa được đóng: thêm </${tag}> sau nội dung, hoặc viết <${tag} … /> nếu thẻ không có nội dung`,
  ],
  [
    /Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/,
    ([, tag]) => `có thẻ đóng </${tag}> mà trước nó không có thẻ mở <${tag} …>`,
  ],
  [
    /Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>`/,
    ([, closing, opening]) => `thẻ đóng </${closing}> không khớp với thẻ mở <${opening}>`,
  ],
  [/closing brace for `\{`/, () => 'dấu ngoặc nhọn { chưa được đóng bằng }'],
  [
    /Unexpected character after `<`/,
    () =>
      'một thẻ viết sai: thiếu dấu ngoặc kép hay ngoặc nhọn đóng quanh giá trị, hoặc thiếu “>” cuối thẻ (muốn viết dấu nhỏ hơn thì gõ \\<)',
  ],
];

/**
 * A syntax error of the MDX parser ("5:1: Expected a closing tag for `<Moc>` (5:1) (mdx-jsx:…)")
 * as its line and a Vietnamese message; the parser's own words when the mistake is not a known one.
 */
export function describeSyntaxError(parserMessage: string): { line?: number; message: string } {
  const located = /^(\d+):\d+:\s*([\s\S]*)$/.exec(parserMessage);
  const reason = located?.[2] ?? parserMessage;
  const known = SYNTAX_REASONS.map(([pattern, say]) => {
    const match = pattern.exec(reason);
    return match ? say(match) : undefined;
  }).find(Boolean);
  return {
    ...(located ? { line: Number(located[1]) } : {}),
    message: `lỗi cú pháp MDX: ${known ?? `chi tiết kỹ thuật: ${reason}`}. Kiểm tra thẻ đã đóng chưa (<TrichDan …>…</TrichDan>, <SoLieu … />), dấu ngoặc kép và ngoặc nhọn { } quanh giá trị.`,
  };
}
