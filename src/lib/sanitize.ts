/**
 * Markdown bodies are written by staff, in files or through the web editor, and come out safe by
 * construction: after Sätteri turns the Markdown into HTML (raw HTML parsed into elements, not
 * passed through), `hast-util-sanitize` (the library under rehype-sanitize) keeps only what an
 * article needs. Everything else is removed before it reaches a reader: scripts, frames, styles,
 * forms, refreshes, event handlers, `javascript:`/`data:` links however they are spelt, pictures
 * from other hosts. `npm run check` lists what was removed, and why, in Vietnamese
 * (`describeRemovals`), so the staffer can write it the Markdown way.
 *
 * MDX bodies are not sanitised here: they are compiled to code, so src/lib/mdx-components.ts
 * refuses any HTML tag, expression or link they should not hold, and the build stops.
 */
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/**
 * What a body may hold: the elements Markdown (with GitHub's tables, strikethrough and footnotes)
 * produces, and a few inline ones a staffer may type for a unit (m<sup>2</sup>). Links go to the
 * web, to mail or to a phone; pictures only to files beside the entry (no other host is ever
 * asked for anything by a reader's browser).
 */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'em',
    'strong',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
    'section',
  ],
  attributes: {
    // Footnotes: Sätteri prefixes their ids with `user-content-` (all but the heading's,
    // `footnote-label`), so they cannot clash with the page's own ids; only such ids are kept.
    a: [
      'href',
      'title',
      ['id', /^user-content-/],
      ['ariaDescribedBy', /^user-content-/, 'footnote-label'],
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    li: [['id', /^user-content-/]],
    h2: [
      ['id', /^user-content-/, 'footnote-label'],
      ['className', 'sr-only'],
    ],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
    code: [['className', /^language-[\w-]+$/]],
    section: ['dataFootnotes', ['className', 'footnotes']],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Removed with what they hold (their text is code, a style or another page, not the article's).
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'noscript',
    'template',
    'textarea',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'svg',
    'math',
    'select',
    'head',
  ],
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** A picture `src` a body may use: a file beside the entry (`./anh.png`, `anh/1.png`). */
export function isLocalPicture(src: string): boolean {
  const value = src.trim();
  return value !== '' && !/^[a-z][a-z\d+.-]*:/i.test(value) && !/^[/\\]/.test(value);
}

/** A URL as written and as encoded by the HTML step compare equal through this (`./ảnh.png`). */
export function decodedUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Whether a link may lead there: the web, mail, a phone, or a place on the site or page. */
export function isSafeLink(url: string): boolean {
  const protocol = protocolOf(url.trim());
  return protocol === undefined || (BODY_SCHEMA.protocols?.['href'] ?? []).includes(protocol);
}

/** One thing the sanitiser removed, said for the staffer: what, and what to write instead. */
export interface Removal {
  /** What to look for in the source to find its line (`<script`, `onerror`, the address). */
  needle: RegExp;
  message: string;
}

/** Why an element is removed, by tag; other elements lose their tag and keep their text. */
const ELEMENT_REASONS: Record<string, string> = {
  script: 'thẻ <script> chạy mã trên máy người đọc',
  style: 'thẻ <style> thay đổi giao diện cả trang',
  iframe: 'thẻ <iframe> nhúng trang của nơi khác vào bài',
  frame: 'thẻ <frame> nhúng trang của nơi khác vào bài',
  object: 'thẻ <object> nhúng nội dung chạy được vào bài',
  embed: 'thẻ <embed> nhúng nội dung chạy được vào bài',
  meta: 'thẻ <meta> có thể tự chuyển người đọc sang trang khác',
  link: 'thẻ <link> tải tệp từ nơi khác vào trang',
  base: 'thẻ <base> đổi đích của mọi liên kết trên trang',
  form: 'thẻ <form> gửi điều người đọc gõ tới nơi khác',
  input: 'ô nhập liệu không thuộc về bài viết',
  button: 'nút bấm không thuộc về bài viết',
  svg: 'hình <svg> viết thẳng trong bài có thể chứa mã',
};

const attributeName = (property: string) =>
  /^(data|aria)[A-Z]/.test(property)
    ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    : ({ className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv' }[property] ?? property.toLowerCase());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

/** Whether `schema` keeps `property` (with this value) on `tag`. */
function keepsProperty(schema: Schema, tag: string, property: string, value: unknown): boolean {
  const definitions = [...(schema.attributes?.[tag] ?? []), ...(schema.attributes?.['*'] ?? [])];
  const definition = definitions.find((d) => (typeof d === 'string' ? d : d[0]) === property);
  if (!definition) return false;
  if (typeof definition === 'string' || definition.length === 1) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) =>
    definition.slice(1).some((allowed) => (allowed instanceof RegExp ? allowed.test(String(v)) : allowed === v)),
  );
}

/** The protocol of a URL (`javascript`), or undefined for a relative one, as the sanitiser reads it. */
function protocolOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return undefined;
  }
  return url.slice(0, colon).toLowerCase();
}

/**
 * A copy of `tree` with table cells aligned by `align` instead of the inline style Sätteri writes
 * (`style="text-align: right"`): the page's Content-Security-Policy refuses inline styles, and the
 * sanitiser keeps no style, but a right-aligned column of figures is worth keeping.
 */
export function alignCells<T>(tree: T): T {
  // A plain copy: Sätteri's nodes are read through its own objects, which cannot be cloned.
  const copy = (node: HastLike): HastLike => {
    const plain: HastLike & { value?: unknown } = { type: node.type };
    if ('value' in node) plain.value = (node as { value?: unknown }).value;
    if (node.tagName !== undefined) plain.tagName = node.tagName;
    if (node.properties) {
      plain.properties = { ...node.properties };
      const align = /^text-align:\s*(left|center|right);?$/.exec(String(plain.properties['style'] ?? '').trim())?.[1];
      if (align && (node.tagName === 'th' || node.tagName === 'td')) {
        plain.properties['align'] = align;
        delete plain.properties['style'];
      }
    }
    if (node.children) plain.children = node.children.map(copy);
    return plain;
  };
  return copy(tree as unknown as HastLike) as unknown as T;
}

/**
 * What sanitising `tree` with BODY_SCHEMA removes, in document order, each with its Vietnamese
 * reason and fix. The sanitiser itself decides what is removed; this only explains it.
 */
export function describeRemovals(tree: HastLike, pictures: ReadonlySet<string>): Removal[] {
  const removals: Removal[] = [];
  const schema = BODY_SCHEMA;
  const visit = (node: HastLike) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName;
      if (!schema.tagNames?.includes(tag)) {
        const stripped = schema.strip?.includes(tag);
        const reason = ELEMENT_REASONS[tag];
        removals.push({
          needle: new RegExp(`<${escapeRegExp(tag)}\\b`, 'gi'),
          message: reason
            ? `đã bỏ ${reason}${stripped ? ', cùng mọi thứ bên trong' : ''}. Bài viết bằng Markdown không được chèn thẻ HTML này; xoá thẻ khỏi bài.`
            : `đã bỏ thẻ HTML <${tag}> (chữ bên trong vẫn giữ). Trình bày bằng Markdown: ## tiêu đề, **chữ đậm**, *chữ nghiêng*, - danh sách, [chữ](https://…) cho liên kết.`,
        });
        if (stripped) return;
      } else {
        for (const [property, value] of Object.entries(node.properties ?? {})) {
          if (value === null || value === undefined || value === false) continue;
          const name = attributeName(property);
          if (property === 'href' || property === 'src') {
            const url = String(value);
            const protocol = protocolOf(url);
            const needle = new RegExp(escapeRegExp(name === 'src' ? url : url.slice(0, 20)), 'gi');
            if (property === 'src' && !isLocalPicture(url)) {
              removals.push({
                needle,
                message: `đã bỏ ảnh “${short(url)}”: ảnh trong bài phải là tệp đặt cạnh bài (trang không tải gì từ máy chủ khác, và không nhận ảnh viết bằng mã data:). Tải ảnh về, đặt cạnh index.md, rồi viết ![mô tả ảnh](./ten-anh.jpg).`,
              });
            } else if (property === 'src' && !pictures.has(decodedUrl(url))) {
              removals.push({
                needle: /<img\b/gi,
                message: `đã bỏ ảnh viết bằng thẻ <img>: ảnh trong bài viết bằng Markdown để trang thu nhỏ và nén ảnh cho điện thoại. Viết ![mô tả ảnh](${short(url)}).`,
              });
            } else if (property === 'href' && protocol && !schema.protocols?.['href']?.includes(protocol)) {
              removals.push({
                // As written (`[x](javascript:…)`, `<vbscript:…>`), or an `href=` spelt with entities.
                needle: new RegExp(`${escapeRegExp(url.slice(0, 12))}|${escapeRegExp(name)}\\s*=`, 'gi'),
                message: `đã bỏ địa chỉ liên kết “${short(url)}”: liên kết chỉ được dẫn tới trang web (https://…, http://…), thư (mailto:) hoặc số điện thoại (tel:). Chữ của liên kết vẫn giữ.`,
              });
            }
            continue;
          }
          if (!keepsProperty(schema, tag, property, value)) {
            removals.push({
              needle: new RegExp(`\\b${escapeRegExp(name)}\\s*=?`, 'gi'),
              message: /^on/i.test(name)
                ? `đã bỏ thuộc tính ${name} của thẻ <${tag}>: thuộc tính này chạy mã trên máy người đọc. Xoá nó khỏi bài.`
                : `đã bỏ thuộc tính ${name} của thẻ <${tag}>: bài viết không định dạng riêng bằng HTML (trang dùng một kiểu trình bày chung). Xoá thuộc tính này.`,
            });
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return removals;
}

/** The sanitised tree: BODY_SCHEMA applied, and pictures from elsewhere left out whole. */
export function sanitizeBody<T>(tree: T, pictures: ReadonlySet<string>): T {
  const clean = sanitize(tree as never, BODY_SCHEMA) as unknown as HastLike;
  const kept = (node: HastLike) => {
    if (node.type !== 'element' || node.tagName !== 'img') return true;
    const src = String(node.properties?.['src'] ?? '');
    return isLocalPicture(src) && pictures.has(decodedUrl(src));
  };
  // A paragraph left with nothing but spaces (it held only a removed picture) goes too.
  const empty = (node: HastLike) =>
    node.type === 'element' &&
    node.tagName === 'p' &&
    (node.children ?? []).every(
      (c) => c.type === 'text' && String((c as { value?: string }).value ?? '').trim() === '',
    );
  const dropPictures = (node: HastLike) => {
    if (!node.children) return;
    node.children = node.children.filter(kept);
    node.children.forEach(dropPictures);
    node.children = node.children.filter((child) => !empty(child));
  };
  dropPictures(clean);
  return clean as T;
}

/**
 * What a compile's data holds for the sanitiser: the pictures written the Markdown way
 * (`![…](src)`, recorded by the mdast plugin of src/lib/mdx-plugin.ts; only those are kept), and
 * what was removed, for `npm run check`.
 */
export interface SanitizeData {
  markdownPictures?: Set<string>;
  sanitized?: Removal[];
}

/**
 * The Sätteri hast plugin: sanitises every Markdown body (the HTML it gives is then only what
 * BODY_SCHEMA allows) and records what it removed in the compile's data. MDX is left out (see above).
 */
export function bodySanitizerPlugin() {
  return (factory: PluginFactoryContext): HastPluginDefinition | null => {
    if (factory.sourceFormat !== 'markdown') return null;
    return {
      name: 'dvk-sanitize-body',
      after(root, ctx) {
        const data = ctx.data as SanitizeData;
        const pictures = data.markdownPictures ?? new Set<string>();
        const tree = alignCells(root);
        data.sanitized = describeRemovals(tree as unknown as HastLike, pictures);
        ctx.replaceNode(root, sanitizeBody(tree, pictures));
      },
    };
  };
}

/** Sätteri features for Markdown bodies: raw HTML parsed into elements (so the sanitiser sees it), footnotes in Vietnamese. */
export const MARKDOWN_FEATURES = {
  rawHtml: true,
  gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chỗ chú thích {reference}' } },
} as const;

/**
 * The line of each removal in `source` (the file, or its body with the lines the frontmatter
 * takes), in order: the n-th removal of a kind is found at the n-th place it is written.
 */
export function locateRemovals(source: string, removals: readonly Removal[]): { line?: number; message: string }[] {
  const used = new Map<string, number>();
  return removals.map(({ needle, message }) => {
    const key = needle.source;
    const re = new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`);
    re.lastIndex = used.get(key) ?? 0;
    const found = re.exec(source);
    if (!found) return { message };
    used.set(key, found.index + Math.max(found[0].length, 1));
    return { line: source.slice(0, found.index).split('\n').length, message };
  });
}
