/**
 * The content rules of `mdx-components.ts` as a Sätteri mdast plugin, Sätteri being the Markdown
 * and MDX processor of Astro 7 (remark plugins would need another processor and its
 * dependencies). `astro.config.mjs` puts it in the Markdown processor, which `.mdx` files share,
 * so a misused component stops the build; `npm run check` runs the same plugin through Sätteri
 * (`checkBody`), so both report the same Vietnamese message with the file and the line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import {
  markdownToHtml,
  mdxToJs,
  type MdastPluginDefinition,
  type MdastPluginEntry,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
  type PluginFactoryContext,
} from 'satteri';
import { ContentError, type ContentProblem } from './content-errors.ts';
import { invisibleCharactersPlugin } from './invisible.ts';
import {
  checkElement,
  checkEsm,
  checkExpression,
  checkTagInMarkdown,
  countSources,
  describeSyntaxError,
  type JsxChild,
  type JsxElement,
} from './mdx-components.ts';
import { relativePosix } from './posix-path.ts';
import {
  bodySanitizerPlugin,
  decodedUrl,
  isLocalPicture,
  isSafeLink,
  locateRemovals,
  MARKDOWN_FEATURES,
  type SanitizeData,
} from './sanitize.ts';

interface Options {
  /** The project folder: files are named relative to it, as editors see them. */
  root: string;
}

/** A picture a body shows (`![…](src)`), at its line in the text the processor was given. */
export interface BodyPicture {
  src: string;
  line: number;
}

interface BodyData extends SanitizeData {
  bodyPictures?: BodyPicture[];
}

/** A problem at a line of the text the processor was given. */
interface LineProblem {
  line: number;
  message: string;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;
const isElement = (node: { type: string } | undefined): node is Element =>
  node?.type === 'mdxJsxFlowElement' || node?.type === 'mdxJsxTextElement';

/** The element as the rules see it: where it stands, its props, its text and children. */
function describe(node: Readonly<Element>, ctx: MdastVisitorContext): JsxElement {
  let ancestor: ReturnType<MdastVisitorContext['parent']> = ctx.parent(node);
  while (ancestor && !isElement(ancestor)) ancestor = ctx.parent(ancestor);
  // A paragraph that only wraps inline content (`<DongThoiGian><Moc …>…</Moc></DongThoiGian>` on
  // one line) is looked through, so its items count as children.
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const children = only?.type === 'paragraph' ? only.children : node.children;
  return {
    name: node.name,
    attributes: node.attributes,
    inline: node.type === 'mdxJsxTextElement',
    parent: ancestor ? ancestor.name : undefined,
    text: ctx.textContent(node),
    children: children.map((child): JsxChild => ({
      component: isElement(child) ? child.name : undefined,
      text: ctx.textContent(child),
    })),
  };
}

/**
 * How many lines the text the processor was given lacks at its start, compared with its file. An
 * `.mdx` file reaches the plugin whole, its frontmatter blanked (lines unchanged: 0); a `.md`
 * entry's body comes without its frontmatter and trimmed, so its first line is found in the file.
 */
function lineOffset(file: string | undefined, source: string): number {
  const body = source.trim();
  if (!file || body === '') return 0;
  const linesBefore = (text: string, at: number) => text.slice(0, at).split('\n').length - 1;
  try {
    const raw = readFileSync(file, 'utf8');
    const start = raw.indexOf(body);
    return start < 0 ? 0 : linesBefore(raw, start) - linesBefore(source, source.indexOf(body));
  } catch {
    return 0;
  }
}

function report(problems: LineProblem[], file: string | undefined, options: Options, source: string): never {
  const name = file ? relativePosix(options.root, file) : 'bài viết';
  const offset = lineOffset(file, source);
  const sorted = problems.sort((a, b) => a.line - b.line);
  const error = new ContentError(
    sorted.map((p) => ({ file: `${name}:${p.line + offset}`, message: p.message }) satisfies ContentProblem),
  );
  // Astro's MDX step shows the file at this line under the message.
  throw Object.assign(error, { line: sorted[0]!.line + offset, column: 1 });
}

/**
 * The plugin: in an `.mdx` file, every element, `import`/`export` line and `{…}` expression is
 * checked against the rules; in a `.md` file, a component tag (which would show as raw text) is.
 * All problems of a file are thrown together as one ContentError after the file is read.
 */
export function mdxComponentsPlugin(options: Options): MdastPluginEntry {
  return (factory: PluginFactoryContext): MdastPluginDefinition => {
    const problems: LineProblem[] = [];
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : undefined;
    const at = (node: { position?: { start: { line: number } } | undefined }, message: string | undefined) => {
      if (message) problems.push({ line: node.position?.start.line ?? 1, message });
    };
    const after = () => {
      if (problems.length > 0) report(problems, file, options, factory.source);
    };
    // Every picture of the body, with its line, for `npm run check` to open (analyseBody).
    const bodyPictures: BodyPicture[] = [];
    (factory.data as BodyData).bodyPictures = bodyPictures;
    const recordPicture = (node: { url: string; position?: { start: { line: number } } | undefined }) =>
      bodyPictures.push({ src: decodedUrl(node.url), line: node.position?.start.line ?? 1 });
    if (factory.sourceFormat === 'markdown') {
      const fileName = path.basename(file ?? 'index.md');
      // The pictures written the Markdown way: the only ones the sanitiser keeps (src/lib/sanitize.ts).
      const pictures = new Set<string>();
      (factory.data as SanitizeData).markdownPictures = pictures;
      return {
        name: 'dvk-mdx-components',
        options: { position: true },
        html: (node) => at(node, checkTagInMarkdown(node.value, fileName)),
        image: (node) => {
          pictures.add(decodedUrl(node.url));
          recordPicture(node);
        },
        after,
      };
    }
    const frontmatter = (factory.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const sources = countSources(frontmatter ?? {});
    const element = (node: Readonly<Element>, ctx: MdastVisitorContext) => {
      for (const message of checkElement(describe(node, ctx), sources)) at(node, message);
    };
    return {
      name: 'dvk-mdx-components',
      options: { position: true },
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      // MDX is compiled to code, not sanitised: a link or picture it must not hold stops the build.
      link: (node) => at(node, checkLinkUrl(node.url)),
      definition: (node) => at(node, checkLinkUrl(node.url)),
      image: (node) => {
        at(node, checkPictureUrl(node.url));
        recordPicture(node);
      },
      mdxjsEsm: (node) => at(node, checkEsm(node.value)),
      mdxFlowExpression: (node) => at(node, checkExpression(node.value)),
      mdxTextExpression: (node) => at(node, checkExpression(node.value)),
      after,
    };
  };
}

/** A link an MDX body may not hold, said for the staffer; undefined when it may. */
function checkLinkUrl(url: string): string | undefined {
  if (isSafeLink(url)) return undefined;
  return `liên kết “${url.length > 40 ? `${url.slice(0, 39)}…` : url}” không dùng được: liên kết chỉ được dẫn tới trang web (https://…, http://…), thư (mailto:) hoặc số điện thoại (tel:).`;
}

/** A picture an MDX body may not show, said for the staffer; undefined when it may. */
function checkPictureUrl(url: string): string | undefined {
  if (isLocalPicture(url)) return undefined;
  return `ảnh “${url.length > 40 ? `${url.slice(0, 39)}…` : url}” không dùng được: ảnh trong bài phải là tệp đặt cạnh bài (trang không tải gì từ máy chủ khác, và không nhận ảnh viết bằng mã data:). Tải ảnh về, đặt cạnh bài, rồi viết ![mô tả ảnh](./ten-anh.jpg).`;
}

/**
 * The site's Markdown processor: Astro's default (Sätteri) with the component rules, invisible
 * characters removed from the text (src/lib/invisible.ts) and, for Markdown bodies, the sanitiser
 * (src/lib/sanitize.ts). `.mdx` uses it too.
 */
export function contentProcessor(options: Options) {
  return satteri({
    mdastPlugins: [mdxComponentsPlugin(options), invisibleCharactersPlugin()],
    hastPlugins: [bodySanitizerPlugin()],
    features: MARKDOWN_FEATURES,
  });
}

/** The file's text with its frontmatter turned to spaces, so lines and columns stay where they are. */
export function blankFrontmatter(raw: string): string {
  return raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\r\n]/g, ' '));
}

/** What one compile of a body finds (see compileBody). */
export interface BodyReport {
  /** Mistakes that stop the build: misused components, MDX syntax, forbidden links or pictures. */
  problems: ContentProblem[];
  /** What the sanitiser removes from a Markdown body, with its line and Vietnamese reason. */
  removals: ContentProblem[];
  /** Every picture the body shows, with its line, for `npm run check` to open. */
  pictures: BodyPicture[];
}

/**
 * One entry's body compiled by the build's own processor and plugins, for the build's loader and
 * `npm run check`. `file` is absolute; `raw` is the whole file. The removals are warnings for
 * check (the page is safe either way, but part of what was written will not show).
 */
export async function compileBody(
  raw: string,
  file: string,
  frontmatter: Record<string, unknown>,
  options: Options,
): Promise<BodyReport> {
  const mdx = file.endsWith('.mdx');
  const source = blankFrontmatter(raw);
  // Markdown without markup, links or pictures holds nothing to check, remove or open.
  if (!mdx && !/[<\]&]/.test(source)) return { problems: [], removals: [], pictures: [] };
  const name = relativePosix(options.root, file);
  const compile = { mdastPlugins: [mdxComponentsPlugin(options)], fileURL: pathToFileURL(file) };
  try {
    if (mdx) {
      const astro = {
        frontmatter,
        headings: [],
        localImagePaths: new Set<string>(),
        remoteImagePaths: new Set<string>(),
      };
      const result = await mdxToJs(source, { ...compile, data: { astro } });
      return { problems: [], removals: [], pictures: (result.data as BodyData).bodyPictures ?? [] };
    }
    const result = await markdownToHtml(source, {
      ...compile,
      hastPlugins: [bodySanitizerPlugin()],
      features: MARKDOWN_FEATURES,
    });
    const data = result.data as BodyData;
    const removals = locateRemovals(source, data.sanitized ?? []).map(({ line, message }) => ({
      file: line ? `${name}:${line}` : name,
      message,
    }));
    return { problems: [], removals, pictures: data.bodyPictures ?? [] };
  } catch (error) {
    if (error instanceof ContentError) return { problems: [...error.problems], removals: [], pictures: [] };
    const { line, message } = describeSyntaxError((error as Error).message);
    return { problems: [{ file: line ? `${name}:${line}` : name, message }], removals: [], pictures: [] };
  }
}

/** The body mistakes that stop the build (compileBody's problems), for the build's loader. */
export async function checkBody(
  raw: string,
  file: string,
  frontmatter: Record<string, unknown>,
  options: Options,
): Promise<ContentProblem[]> {
  return (await compileBody(raw, file, frontmatter, options)).problems;
}
