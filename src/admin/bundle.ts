/**
 * The web editor's browser code (src/admin/app/: Sveltia CMS from npm, the Vietnamese switch, the
 * previews), bundled by Vite — the one Astro itself runs on — into static files for /admin/. A
 * bundle depends only on its inputs, so it is kept in the build's cache folder (DVK_CACHE_DIR, or
 * Astro's `node_modules/.astro`) under a hash of them: the versions of Sveltia, of the packages it
 * imports and of Vite, every file of src/admin/app/, this file, and the site files the preview
 * uses. Only the first build on a machine (or after one of those changes) bundles; every later
 * build, and every test build whose cache was seeded from it (tests/builds/build-fixture.ts),
 * links the cached files into the site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { relativePosix } from '../lib/posix-path.ts';

/** The editor's browser sources. */
export const APP_DIR = 'src/admin/app';
/** Site components whose styles the preview reuses, each scoped under the class the preview wraps it in. */
export const PREVIEW_STYLES: Record<string, string> = {
  'dvk-ModelLayout': 'src/layouts/ModelLayout.astro',
  'dvk-NewsLayout': 'src/layouts/NewsLayout.astro',
  'dvk-FigureList': 'src/components/FigureList.astro',
  'dvk-SourceList': 'src/components/SourceList.astro',
  'dvk-CoverPicture': 'src/components/CoverPicture.astro',
};
/** The site's stylesheet, which the preview uses as it is. */
export const GLOBAL_STYLE = 'src/styles/global.css';
/**
 * Site modules the preview imports. A bundle that pulls in a project file not listed among the
 * inputs fails (see `checkInputs`), so a new import cannot leave a stale bundle in the cache.
 */
export const SHARED_MODULES = ['src/config.ts', 'src/lib/format.ts', 'src/lib/sources.ts'];
/** This file: how the bundle is made is an input too. */
const SELF = 'src/admin/bundle.ts';
/** Where the bundle is served from. */
export const ADMIN_BASE = '/admin/';
/** The virtual module that gives the preview its stylesheet's address. */
const PREVIEW_STYLE_MODULE = 'virtual:dvk-preview-style';

/** Every project file the bundle is made from, relative to `root`, sorted. */
export function bundleInputs(root: string): string[] {
  const app = readdirSync(path.join(root, APP_DIR), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relativePosix(root, path.join(entry.parentPath, entry.name)));
  return [...new Set([...app, ...Object.values(PREVIEW_STYLES), GLOBAL_STYLE, ...SHARED_MODULES, SELF])].sort();
}

/**
 * A package as installed for the package.json `from`: its folder and version. Found from its entry
 * point, since packages such as @sveltia/cms do not export their package.json.
 */
function packageOf(name: string, from: string): { version: string; dir: string; entry: string } {
  const entry = createRequire(from).resolve(name);
  let dir = path.dirname(entry);
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return { version: manifest.version, dir, entry };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`không tìm thấy gói ${name}`);
    dir = parent;
  }
}

/**
 * Sveltia CMS, the packages it imports (installed within the ranges it allows, so their versions
 * count too) and the Vite that Astro runs on, as installed for `root`.
 */
export function bundleTools(root: string) {
  const project = path.join(root, 'package.json');
  const sveltia = packageOf('@sveltia/cms', project);
  const manifest = JSON.parse(readFileSync(path.join(sveltia.dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const dependencies = Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => `${name} ${installedVersion(name, sveltia.dir)}`);
  const astro = packageOf('astro', project);
  const vite = packageOf('vite', path.join(astro.dir, 'package.json'));
  return { sveltia, dependencies, vite };
}

/** The version of `name` as `from`'s package would load it (packages without an entry point, such as @shikijs/langs, included). */
function installedVersion(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'missing';
  }
}

/** The cache key: a hash of the tools' versions and of every input's path and bytes. */
export function bundleKey(root: string): string {
  const { sveltia, dependencies, vite } = bundleTools(root);
  const tools = [`@sveltia/cms ${sveltia.version}`, ...dependencies, `vite ${vite.version}`].join('\n');
  const hash = createHash('sha256').update(`${tools}\n`);
  for (const file of bundleInputs(root)) hash.update(`${file}\n`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the cached bundles. */
export const bundlesDir = (cacheDir: string) => path.join(cacheDir, 'admin');

/**
 * The preview's stylesheet: the site's global CSS, then each component's <style> nested under the
 * class the preview wraps that component in, which scopes it as Astro scopes it on the site.
 */
export function previewStylesheet(root: string): string {
  const parts = [readFileSync(path.join(root, GLOBAL_STYLE), 'utf8')];
  for (const [scope, file] of Object.entries(PREVIEW_STYLES)) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      const css = (match[1] ?? '').replace(/:global\(([^)]*)\)/g, '$1');
      parts.push(`/* ${file} */\n.${scope} {${css}}`);
    }
  }
  // The preview pane has no page around it: the container keeps the page's padding; the editor's
  // own rendering of a select's label comes in a paragraph, which the facts box must not space out.
  parts.push('.container { padding-block: 1rem 3rem; }', '.dvk-ModelLayout .facts dd > * { margin: 0; }');
  return `${parts.join('\n')}\n`;
}

interface VitePlugin {
  name: string;
  resolveId?: (id: string) => string | undefined;
  transform?: (code: string, id: string) => string | undefined;
  load?: (
    this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string },
    id: string,
  ) => string | undefined;
}

/** Serves `virtual:dvk-preview-style`: emits the preview stylesheet under a content-hashed name, exports its address. */
function previewStylePlugin(root: string): VitePlugin {
  const resolved = `\0${PREVIEW_STYLE_MODULE}`;
  return {
    name: 'dvk-preview-style',
    resolveId: (id) => (id === PREVIEW_STYLE_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const css = previewStylesheet(root);
      const fileName = `assets/preview-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
      this.emitFile({ type: 'asset', fileName, source: css });
      return `export default ${JSON.stringify(`${ADMIN_BASE}${fileName}`)};`;
    },
  };
}

/**
 * Keeps the editor's fonts on the site. Sveltia's UI stylesheet declares its three fonts (Source
 * Sans 3, Noto Mono, Material Symbols) with `@font-face` rules pointing at cdn.jsdelivr.net, while
 * the npm package also registers the same fonts from its own bundled files (`document.fonts`).
 * The CDN rules would make every visit ask a foreign host, and the admin CSP would block them:
 * they are removed, so the bundled files are the only source. A Sveltia release that changes them
 * fails here rather than sending staff's browsers to the CDN.
 */
function localFontsPlugin(): VitePlugin {
  return {
    name: 'dvk-local-fonts',
    transform(code, id) {
      if (!/@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/.test(id)) return undefined;
      let removed = 0;
      const local = code.replace(/@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g, () => {
        removed += 1;
        return '';
      });
      if (removed !== 3 || local.includes('cdn.jsdelivr.net')) {
        throw new Error(
          `Sveltia CMS khai báo phông chữ từ cdn.jsdelivr.net theo cách khác trước (${removed} quy tắc @font-face): sửa localFontsPlugin trong src/admin/bundle.ts.`,
        );
      }
      return local;
    },
  };
}

interface BuildOutput {
  output: { type: string; fileName: string; isEntry?: boolean; moduleIds?: string[] }[];
}

/** Where src/admin/app/index.html gets the script tag of the bundle's entry. */
export const ENTRY_PLACEHOLDER = '<!-- dvk:entry -->';

/**
 * The editor's page: src/admin/app/index.html with the entry's script tag written in. The page
 * itself names no script: Astro's dev server scans every HTML file under src/ for the modules to
 * pre-bundle, and would otherwise try to pre-bundle the editor for the site.
 */
export function editorPage(template: string, entry: string): string {
  if (!template.includes(ENTRY_PLACEHOLDER)) throw new Error(`src/admin/app/index.html thiếu ${ENTRY_PLACEHOLDER}.`);
  return template.replace(ENTRY_PLACEHOLDER, `<script type="module" src="${ADMIN_BASE}${entry}"></script>`);
}

/** Fails when the bundle includes a project file that is not among the inputs hashed into its key. */
function checkInputs(root: string, outputs: BuildOutput[]): void {
  const inputs = new Set(bundleInputs(root));
  const unlisted = new Set<string>();
  for (const { output } of outputs) {
    for (const chunk of output) {
      for (const id of chunk.moduleIds ?? []) {
        if (!path.isAbsolute(id)) continue;
        const file = relativePosix(root, id.split('?')[0]!);
        if (file.startsWith('..') || file.startsWith('node_modules/')) continue;
        if (!inputs.has(file)) unlisted.add(file);
      }
    }
  }
  if (unlisted.size > 0) {
    throw new Error(
      `Trình biên tập dùng tệp chưa có trong danh sách đầu vào của src/admin/bundle.ts (SHARED_MODULES): ${[...unlisted].join(', ')}.`,
    );
  }
}

/** Bundles the editor into `outDir` with Astro's Vite. */
async function bundle(root: string, outDir: string): Promise<void> {
  const { vite } = bundleTools(root);
  const { build } = (await import(pathToFileURL(vite.entry).href)) as {
    build(config: Record<string, unknown>): Promise<BuildOutput | BuildOutput[]>;
  };
  const result = await build({
    configFile: false,
    envDir: false,
    root: path.join(root, APP_DIR),
    base: ADMIN_BASE,
    mode: 'production',
    publicDir: false,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [previewStylePlugin(root), localFontsPlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      // No report of the plugins' share of the time: the build output is for editors.
      rolldownOptions: { input: path.join(root, APP_DIR, 'main.ts'), checks: { pluginTimings: false } },
      // Gzip sizes of some 400 files would take longer than the bundle itself.
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      // Fonts stay files: the admin CSP allows fonts from the site only, not data: URLs.
      assetsInlineLimit: 0,
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  checkInputs(root, outputs);
  const entry = outputs.flatMap(({ output }) => output).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('Không thấy tệp chính của trình biên tập sau khi đóng gói.');
  const template = readFileSync(path.join(root, APP_DIR, 'index.html'), 'utf8');
  await writeFile(path.join(outDir, 'index.html'), editorPage(template, entry.fileName));
}

/**
 * Puts the files of `from` (a cached bundle) into `target` as hard links where the file system
 * allows (the cache and the site are usually on one disk), copies otherwise: some 400 files and
 * 17 MB then take milliseconds at every build. Nothing writes into a built site's files afterwards
 * (a build replaces the whole folder), so the cache cannot change through them. `except` (a path
 * relative to `from`) is left out, to be written separately.
 */
export function linkFiles(from: string, target: string, except?: string): void {
  // Synchronous: some 400 link calls cost a few milliseconds this way, far more through the
  // thread pool one after another.
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(from, source);
    const destination = path.join(target, relative);
    if (entry.isDirectory()) {
      mkdirSync(destination, { recursive: true });
    } else if (relative !== except) {
      mkdirSync(path.dirname(destination), { recursive: true });
      try {
        linkSync(source, destination);
      } catch {
        copyFileSync(source, destination);
      }
    }
  }
}

export interface AdminBundle {
  /** The folder holding index.html and assets/. */
  dir: string;
  key: string;
  /** Whether this call bundled (and how long it took), or found the bundle in the cache. */
  built: boolean;
  ms: number;
}

/**
 * The cached bundle for the current inputs, bundling it first when the cache has none. Bundles go
 * to a folder of their own and are renamed into place, so builds running side by side never see a
 * half-written bundle; older bundles are removed.
 */
export async function ensureAdminBundle(root: string, cache: string): Promise<AdminBundle> {
  const started = performance.now();
  const cacheDir = path.resolve(root, cache);
  const key = bundleKey(root);
  const dir = path.join(bundlesDir(cacheDir), key);
  if (existsSync(path.join(dir, 'index.html'))) return { dir, key, built: false, ms: performance.now() - started };
  const staging = `${dir}.${process.pid}.tmp`;
  await mkdir(bundlesDir(cacheDir), { recursive: true });
  try {
    await bundle(root, staging);
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another build bundled the same inputs meanwhile: theirs is as good.
      if (!existsSync(path.join(dir, 'index.html'))) throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const other of readdirSync(bundlesDir(cacheDir))) {
    if (/^[0-9a-f]{16}$/.test(other) && other !== key) {
      await rm(path.join(bundlesDir(cacheDir), other), { recursive: true, force: true });
    }
  }
  return { dir, key, built: true, ms: performance.now() - started };
}
