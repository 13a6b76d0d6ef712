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

interface Options {
  /** The project folder: files are named relative to it, as editors see them. */
  root: string;
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
  const name = file ? path.relative(options.root, file).split(path.sep).join('/') : 'bài viết';
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
    if (factory.sourceFormat === 'markdown') {
      const fileName = path.basename(file ?? 'index.md');
      return {
        name: 'dvk-mdx-components',
        options: { position: true },
        html: (node) => at(node, checkTagInMarkdown(node.value, fileName)),
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
      mdxjsEsm: (node) => at(node, checkEsm(node.value)),
      mdxFlowExpression: (node) => at(node, checkExpression(node.value)),
      mdxTextExpression: (node) => at(node, checkExpression(node.value)),
      after,
    };
  };
}

/**
 * The site's Markdown processor: Astro's default (Sätteri) with the component rules, and invisible
 * characters removed from the text (src/lib/invisible.ts). `.mdx` uses it too.
 */
export function contentProcessor(options: Options) {
  return satteri({ mdastPlugins: [mdxComponentsPlugin(options), invisibleCharactersPlugin()] });
}

/** The file's text with its frontmatter turned to spaces, so lines and columns stay where they are. */
export function blankFrontmatter(raw: string): string {
  return raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\r\n]/g, ' '));
}

/**
 * The body problems of one entry file, as `npm run check` reports them: the same plugin, run by
 * the same processor as the build. `file` is absolute; `raw` is the whole file.
 */
export async function checkBody(
  raw: string,
  file: string,
  frontmatter: Record<string, unknown>,
  options: Options,
): Promise<ContentProblem[]> {
  // A Markdown file without a capitalised tag cannot hold a component: no need to parse it.
  if (!file.endsWith('.mdx') && !/<[A-Z]/.test(raw)) return [];
  const compile = { mdastPlugins: [mdxComponentsPlugin(options)], fileURL: pathToFileURL(file) };
  try {
    if (file.endsWith('.mdx')) {
      const astro = {
        frontmatter,
        headings: [],
        localImagePaths: new Set<string>(),
        remoteImagePaths: new Set<string>(),
      };
      await mdxToJs(blankFrontmatter(raw), { ...compile, data: { astro } });
    } else {
      await markdownToHtml(blankFrontmatter(raw), compile);
    }
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    const { line, message } = describeSyntaxError((error as Error).message);
    const name = path.relative(options.root, file).split(path.sep).join('/');
    return [{ file: line ? `${name}:${line}` : name, message }];
  }
}
