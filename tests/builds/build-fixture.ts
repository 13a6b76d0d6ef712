/**
 * Builds the site in a throw-away project folder whose `content/` is a copy of the real one with
 * some files added or replaced, and returns what the build printed. The source and config are
 * copies of the real ones and `node_modules` a link (Astro's compiler does not follow a linked
 * `src/`), so this is exactly the build editors run.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundlesDir, linkFiles } from '../../src/admin/bundle.ts';
import { ENV, getCacheDir } from '../../src/lib/env.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Copies the files and folders `from` into the folder `to` (created if missing; what it holds is
 * kept unless overwritten), keeping timestamps, and symbolic links as links. The system's `cp`
 * does it in a quarter of the time Node's `fs.cp` takes (a built sample site with its cache,
 * 2,900 files: 1.3 against 5.8 s), and a build test makes a copy or two per build; Node's where
 * there is no `cp` (Windows).
 */
export async function copyInto(from: string[], to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  if (process.platform === 'win32') {
    for (const source of from) {
      await cp(source, path.join(to, path.basename(source)), {
        recursive: true,
        preserveTimestamps: true,
        verbatimSymlinks: true,
      });
    }
  } else if (from.length > 0) {
    await promisify(execFile)('cp', ['-a', ...from, to]);
  }
}

/**
 * Gives a copy a `node_modules/` folder of its own that links to each installed package (and to
 * `.bin` and npm's record). A link to the whole folder would make every copy share the caches
 * that tools keep in it, `.vite/` (Vite's optimised dependencies) and `.astro/` (Astro's cache
 * when no DVK_CACHE_DIR is given, as in a dev server started the way an editor does): dev servers
 * in copies running side by side would rewrite each other's, and the project's own.
 */
export async function linkPackages(root: string): Promise<void> {
  const installed = path.join(projectRoot, 'node_modules');
  await mkdir(path.join(root, 'node_modules'));
  const names = (await readdir(installed)).filter(
    (name) => !name.startsWith('.') || name === '.bin' || name === '.package-lock.json',
  );
  await Promise.all(names.map((name) => symlink(path.join(installed, name), path.join(root, 'node_modules', name))));
}

/**
 * A throw-away copy of the project whose `content/` has `files` (paths inside `content/`) added or
 * replaced. The caller removes it; `withProjectCopy` and `buildAndKeep` do that for it.
 */
export async function createProjectCopy(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dvk-build-'));
  await copyInto(
    COPIED.map((name) => path.join(projectRoot, name)),
    root,
  );
  await linkPackages(root);
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, 'content', file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return root;
}

/**
 * A throw-away copy of the project whose `content/` has `files` (paths inside `content/`) added or
 * replaced; `use` runs with its root, and the copy is removed afterwards.
 */
export async function withProjectCopy<T>(files: Record<string, string>, use: (root: string) => Promise<T>): Promise<T> {
  const root = await createProjectCopy(files);
  try {
    return await use(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Where the project's own builds keep their processed pictures (DVK_CACHE_DIR as `npm run build` had it). */
const projectCache = path.resolve(projectRoot, getCacheDir() ?? 'node_modules/.astro');
const projectPictures = path.join(projectCache, 'assets');
/** The project's drawn share pictures (src/pages/anh-chia-se/), by content hash. */
const projectSharePictures = path.join(projectCache, 'share-images');
/** The project's bundle of the web editor (src/admin/bundle.ts), by a hash of its inputs. */
const projectAdminBundles = bundlesDir(projectCache);

/**
 * The project's processed pictures, grouped by the picture they were made from: Astro names each
 * `<name>.<hash of the source>_<hash of the variant>.<format>`. Empty without a project build.
 */
export function projectPictureSources(): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  if (!existsSync(projectPictures)) return sources;
  // Dot files are not pictures (the encoder stamp, src/integrations/image-cache.ts).
  for (const file of readdirSync(projectPictures)
    .sort()
    .filter((name) => !name.startsWith('.'))) {
    const source = file.replace(/_[^_]*$/, '');
    sources.set(source, [...(sources.get(source) ?? []), file]);
  }
  return sources;
}

/**
 * Seeds a copy's cache with the project's bundle of the web editor (hard links), so no build of a
 * copy bundles it again (3-6 s each; `npm run build` bundled it before the builds project runs).
 * The copy's sources are the project's, so the bundle's key is the same.
 */
export async function seedAdminBundle(root: string): Promise<void> {
  if (existsSync(projectAdminBundles)) linkFiles(projectAdminBundles, bundlesDir(path.join(root, '.cache')));
}

/**
 * Seeds a copy's cache with the project's processed pictures and share pictures, so they are not encoded again for
 * every build (`npm run build` made them before the builds project runs; without them the copy's
 * build encodes its own), and with the editor's bundle (`seedAdminBundle`). `except` leaves some
 * pictures out, for the build to encode. Each copy has its own cache: parallel builds must not
 * share Astro's content store.
 */
export async function seedPictures(root: string, except: ReadonlySet<string> = new Set()): Promise<void> {
  await seedAdminBundle(root);
  if (existsSync(projectPictures) && except.size > 0) {
    await cp(projectPictures, path.join(root, '.cache', 'assets'), {
      recursive: true,
      filter: (source) => !except.has(path.basename(source)),
    });
  }
  // The processed pictures (unless some are left out, above), and the share pictures: those are
  // cached by a hash of what they show, so an entry a test adds or edits is still drawn; the
  // others need not be drawn again for every copy.
  await copyInto(
    [...(except.size === 0 ? [projectPictures] : []), projectSharePictures].filter((dir) => existsSync(dir)),
    path.join(root, '.cache'),
  );
}

/**
 * Runs `npm run build`'s command (`scripts/astro.ts build`: the content check, then `astro build`
 * with `flags` into `dist.new/`, swapped in for `dist/` on success) in a project copy, with the
 * copy's own cache in `.cache/`.
 */
export function buildCopy(root: string, flags: string[] = []): Promise<BuildResult> {
  return run(process.execPath, [path.join(projectRoot, 'scripts', 'astro.ts'), 'build', ...flags], root, {
    DVK_CACHE_DIR: path.join(root, '.cache'),
  });
}

/**
 * What a build printed, headed by the line that says how it ended: the `✗ …` line of
 * scripts/lib/build-summary.ts's `formatFailure` (or, failing that, the last line printed). The
 * message of an `expect` on a build's exit code: CI's summary shows only a failure's first line,
 * and a build's first line is the content check's report, which names no cause.
 */
export function buildMessage(result: BuildResult | undefined): string {
  const lines = (result?.output ?? '').split('\n').map((line) => line.trim());
  const verdict =
    lines.findLast((line) => line.startsWith('✗ ')) ?? lines.findLast((line) => line !== '') ?? 'nothing printed';
  return `exit code ${String(result?.code)}: ${verdict}\n${result?.output ?? ''}`;
}

/** A built project copy kept for several tests to inspect, until `dispose()`. */
export interface BuiltCopy extends BuildResult {
  root: string;
  dist: string;
  dispose: () => Promise<void>;
}

/** Builds a project copy with `files` in its content (pictures seeded), and keeps it. */
export async function buildAndKeep(files: Record<string, string>): Promise<BuiltCopy> {
  const root = await createProjectCopy(files);
  const dispose = () => rm(root, { recursive: true, force: true });
  try {
    await seedPictures(root);
    return { ...(await buildCopy(root)), root, dist: path.join(root, 'dist'), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Builds a project copy (see `withProjectCopy`). `inspect`, if given, runs while the built site
 * still exists, with the path of its `dist/`; `prepare` runs before the build. `coldCache` leaves
 * out the project's processed pictures (not the editor's bundle), so the build encodes every picture itself; `except`
 * leaves out only those files (see `seedPictures`).
 */
export function buildWithContent(
  files: Record<string, string>,
  inspect?: (dist: string) => Promise<void>,
  prepare?: (root: string) => Promise<void>,
  options: { coldCache?: boolean; except?: ReadonlySet<string> } = {},
): Promise<BuildResult> {
  return withProjectCopy(files, async (root) => {
    if (!options.coldCache) await seedPictures(root, options.except);
    else await seedAdminBundle(root);
    await prepare?.(root);
    const result = await buildCopy(root);
    if (inspect && result.code === 0) await inspect(path.join(root, 'dist'));
    return result;
  });
}

/** Every file under `dir` (paths with `/`, sorted) with the SHA-256 of its bytes, to compare builds. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .map(
        (file) =>
          [
            path.relative(dir, file).split(path.sep).join('/'),
            createHash('sha256').update(readFileSync(file)).digest('hex'),
          ] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The project's own folders, which a copy must never inherit (CI sets DVK_CACHE_DIR for the project's build). */
const PROJECT_FOLDERS = new Set<string>([ENV.cacheDir, ENV.outDir, ENV.contentDir]);

/**
 * The environment an editor's terminal has: the test runner's own variables (VITEST*, NODE_ENV=test)
 * removed, since Astro and Vite change behaviour when they see them, and so are the project's own
 * folders: a copy keeps its cache, site and content inside itself unless `extra` says otherwise.
 */
export function editorEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && !PROJECT_FOLDERS.has(key),
    ),
  );
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs a command as an editor would in a terminal, and returns its exit code and output. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: editorEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Serves a built site and searches it in Debian's Chromium as a reader would, returning the result
 * links in order. `also` runs while the site is still served, with its base URL.
 */
export async function searchBuiltSite(
  dist: string,
  query: string,
  also?: (url: string) => Promise<void>,
): Promise<string[] & { titles: string[]; resultsHtml: string }> {
  const { launchTestChromium } = await import('../chromium.ts');
  const { startStaticServer } = await import('../../scripts/lib/static-server.ts');
  const { server, url } = await startStaticServer(dist);
  const browser = await launchTestChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const links = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const titles = await page.locator('[data-search-results] h2 a').allTextContents();
    const resultsHtml = await page.locator('[data-search-results]').innerHTML();
    await also?.(url);
    return Object.assign(links, { titles, resultsHtml });
  } finally {
    await browser.close();
    server.close();
  }
}
