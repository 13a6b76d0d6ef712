/**
 * `npm run dev` only: the first page no longer waits for every cover to become a module of its own.
 *
 * Astro lists the content's pictures in `.astro/content-assets.mjs`, one import per picture (2,400
 * covers at the province's scale), and the first page that reads the content store imports that
 * list. Vite then makes each picture a module: resolved through its plugins, loaded (the file
 * read, its size measured), transformed, fetched by the module runner and evaluated, one by one.
 * At bench scale that was most of the time between "ready" and the first page
 * (docs/PERFORMANCE.md).
 *
 * This plugin transforms the list, in the environments that render pages, into one module that
 * holds each picture's metadata itself: the same object Astro's own loader of a content picture
 * exports (`emitImageMetadata`, wrapped in the proxy of `getProxyCode` in
 * astro/dist/assets/utils/proxy.js), made with the same function from the same file. What it does
 * not recognise keeps Astro's import: a path that is not relative, an SVG (Astro makes a component
 * of it), a file it cannot read. A picture replaced under the same name makes the list be
 * transformed again (`hotUpdate`), as its own module did before.
 *
 * Measured at bench scale on a 2-core machine, later starts, runs alternating: the first model page
 * 13.2–19.9 s after "ready" before, 4.0–5.5 s after. The list is made with one helper and has no
 * source map: written out per picture with Vite's map inlined, it was 9.8 MB of code (1.1 MB now).
 *
 * The build is untouched: there Astro's import emits the picture into the site. The value held is
 * the one of a site with static output, as this one is: were a page rendered on request (an
 * adapter, `prerender = false`), Astro would make another (`getProxyCode(metadata, true)`), and
 * this plugin would have to follow.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { emitImageMetadata } from 'astro/assets/utils/node';
import type { Plugin } from 'vite';
import { toPosix } from '../lib/posix-path.ts';

/** Astro's metadata of a picture, with the path it keeps in a property that JSON leaves out. */
export type PictureMetadata = NonNullable<Awaited<ReturnType<typeof emitImageMetadata>>> & { fsPath: string };

/** One import line of Astro's list: `import __ASTRO_IMAGE_IMPORT_0 from "./a.png?astroContentImageFlag=&importer=…";` */
const IMPORT_LINE = /^import (__ASTRO_IMAGE_IMPORT_\d+) from ("(?:[^"\\]|\\.)*");$/gm;
const CONTENT_IMAGE_FLAG = 'astroContentImageFlag';

/**
 * The file an import of the list names, or undefined when it is not a relative path with Astro's
 * flag (those keep their import). The path is the one the entry wrote; `root` is the project's
 * folder, which Astro names the entry (`importer`) relative to. A path with `#` or `%`, which
 * Vite's resolver reads in its own ways, keeps its import, and so does one that names no file
 * (`inlinePictures`), so Astro's own resolution and message apply to them.
 */
export function listedPicture(specifier: string, root: string): string | undefined {
  const [base = '', query = ''] = specifier.split('?');
  const params = new URLSearchParams(query);
  const importer = params.get('importer');
  if (!params.has(CONTENT_IMAGE_FLAG) || !importer) return undefined;
  if (!/^\.\.?\//.test(base) || /\.svg$/i.test(base) || /[#%]/.test(base)) return undefined;
  try {
    const entry = fileURLToPath(new URL(importer, pathToFileURL(path.join(root, '/'))));
    return path.resolve(path.dirname(entry), base);
  } catch {
    return undefined;
  }
}

/** The file with its links followed, as Vite's resolver names it; undefined when there is none. */
function realFile(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** A picture import of Astro's list that `listedPicture` recognises. */
export interface ListedPicture {
  /** The import's line and the name it gives the picture. */
  line: string;
  symbol: string;
  /** The file as the entry wrote it, and as Vite's resolver names it (links followed; none while it does not exist). */
  file: string;
  real: string | undefined;
}

/** Every picture import of the list `code` that `listedPicture` recognises, there or not yet. */
export function listedPictures(code: string, root: string): ListedPicture[] {
  return [...code.matchAll(IMPORT_LINE)].flatMap(([line, symbol = '', quoted = '""']) => {
    const file = listedPicture(JSON.parse(quoted) as string, root);
    return file === undefined ? [] : [{ line, symbol, file, real: realFile(file) }];
  });
}

/** The files whose change must make the list again: each picture as written and as Vite names it. */
export function watchedFiles(pictures: readonly ListedPicture[]): string[] {
  return pictures.flatMap(({ file, real }) => [toPosix(file), ...(real && real !== file ? [toPosix(real)] : [])]);
}

/**
 * The helper the list makes each picture it holds with: what Astro's loader gives a content picture
 * in a dev server with static output, the picture's metadata in a proxy that answers `fsPath` and
 * `clone`, and notes the picture as used when a field is read (`getProxyCode(metadata, false)` in
 * astro/dist/assets/utils/proxy.js, which writes this code out again for every picture).
 */
export const PICTURE_HELPER = `const __dvkPicture = (metadata, fsPath) =>
  new Proxy(metadata, {
    get(target, name, receiver) {
      if (name === 'clone') return structuredClone(target);
      if (name === 'fsPath') return fsPath;
      if (target[name] !== undefined && globalThis.astroAsset) {
        globalThis.astroAsset.referencedImages?.add(fsPath);
        globalThis.astroAsset.recordReferencedImage?.(fsPath);
      }
      return target[name];
    },
  });`;

/** The value the list holds for one picture, made with `PICTURE_HELPER`. */
export function pictureModuleValue(metadata: PictureMetadata): string {
  return `__dvkPicture(${JSON.stringify(metadata)}, ${JSON.stringify(metadata.fsPath)})`;
}

/**
 * Astro's picture list `code`, with each of its `pictures` (`listedPictures`) that exists held in
 * the module instead of imported (see the top).
 */
export async function inlinePictures(code: string, pictures: readonly ListedPicture[]): Promise<string> {
  // Loaded at the first list, not with the config: `npm run dev` starts without it.
  const { emitImageMetadata: metadataOf } = await import('astro/assets/utils/node');
  const replaced = new Map<string, string>();
  await Promise.all(
    // Astro's picture is the file Vite's resolver found, its links followed.
    pictures.map(async ({ line, symbol, real }) => {
      if (real === undefined) return;
      try {
        const metadata = (await metadataOf(real)) as PictureMetadata | undefined;
        if (metadata) replaced.set(line, `const ${symbol} = ${pictureModuleValue(metadata)};`);
      } catch {
        // Astro's import stays, and with it Astro's own message.
      }
    }),
  );
  if (replaced.size === 0) return code;
  return `${PICTURE_HELPER}\n${code.replace(IMPORT_LINE, (line) => replaced.get(line) ?? line)}`;
}

/** The Vite plugin (dev server, environments that render pages) for Astro's picture list `file`. */
export function inlinePicturesPlugin(file: string): Plugin {
  let root = '';
  /** The pictures the list has named, so that a change to one transforms it again. */
  const held = new Set<string>();
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'dvk-dev-inline-pictures',
    apply: 'serve',
    applyToEnvironment: (environment) => environment.name !== 'client',
    configResolved(config) {
      root = config.root;
    },
    transform: {
      order: 'pre',
      filter: { id: new RegExp(`^${escaped}$`) },
      async handler(code) {
        // Before the pictures are read: one replaced while they are, or one created later, still
        // makes the list be transformed again.
        const pictures = listedPictures(code, root);
        for (const watched of watchedFiles(pictures)) held.add(watched);
        // No source map: the list is generated, and Vite would otherwise map it character by
        // character and inline the map, three times the module's size, for Node to parse.
        return { code: await inlinePictures(code, pictures), map: { mappings: '' } };
      },
    },
    hotUpdate({ file: changed, modules }) {
      if (!held.has(changed)) return undefined;
      return [...modules, ...(this.environment.moduleGraph.getModulesByFile(file) ?? [])];
    },
  };
}
