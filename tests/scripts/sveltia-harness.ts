/**
 * Sveltia CMS's own code for reading and writing an entry file (tests/fixtures/sveltia-cms-0.221.1/),
 * runnable here: its imports of the rest of the CMS are replaced by stand-ins that give what a folder
 * collection of Markdown files with YAML frontmatter and the default `output` options gets, and
 * `yaml` is the browser build Sveltia bundles. Each replaced import must be found as written, so a
 * new copy with other imports fails loudly instead of running half-stubbed.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SVELTIA_DIR = fileURLToPath(new URL('../fixtures/sveltia-cms-0.221.1/', import.meta.url));
const YAML_BROWSER = pathToFileURL(
  fileURLToPath(new URL('../../node_modules/yaml/browser/index.js', import.meta.url)),
).href;

const STUBS = `
const customFileFormatRegistry = new Map();
const cmsConfig = { current: undefined };
const FRONTMATTER_FORMATS = ['yaml-frontmatter', 'toml-frontmatter', 'json-frontmatter'];
const toRaw = (value) => value;
const escapeRegExp = (text) => text.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
const getCollection = (name) => ({ name });
const getCollectionFile = () => undefined;
const isCollectionIndexFilePath = () => false;
const resolveFileConfig = () => ({ format: 'yaml-frontmatter', fmDelimiters: ['---', '---'] });
const getFrontMatterDelimiters = () => ['---', '---'];
const getOrCreate = (cache, key, create) => {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key);
};
const unsupported = () => {
  throw new Error('not part of this harness');
};
`;

/** Import lines of the two files, and what each becomes. */
const IMPORTS: Record<string, string> = {
  "import { stringify as stringifyTOML } from 'smol-toml';": 'const stringifyTOML = unsupported;',
  "import { stringify as stringifyYAML } from 'yaml';": `import { stringify as stringifyYAML } from '${YAML_BROWSER}';`,
  "import { customFileFormatRegistry } from '$lib/services/api/registries';": '',
  "import { cmsConfig } from '$lib/services/config';": '',
  "import { FRONTMATTER_FORMATS } from '$lib/services/contents/file';": '',
  "import { toRaw } from '@sveltia/utils/object';": '',
  "import { escapeRegExp } from '@sveltia/utils/string';": '',
  "import { parse as libParseTOML } from 'smol-toml';": 'const libParseTOML = unsupported;',
  "import { parse as libParseYAML } from 'yaml';": `import { parse as libParseYAML } from '${YAML_BROWSER}';`,
  "import { getCollection } from '$lib/services/contents/collection';": '',
  "import { isCollectionIndexFilePath } from '$lib/services/contents/collection/entries/index-file';": '',
  "import { getCollectionFile } from '$lib/services/contents/collection/files';": '',
  "import { getFrontMatterDelimiters, resolveFileConfig } from '$lib/services/contents/file/config';": '',
  "import { getOrCreate } from '$lib/services/utils/cache';": '',
};

/** A copy of `file` whose imports are the stand-ins, as a module in a temporary folder. */
async function runnable(file: string, folder: string): Promise<string> {
  let source = await readFile(path.join(SVELTIA_DIR, file), 'utf8');
  const lines = source.split('\n').filter((line) => line.startsWith('import '));
  for (const line of lines) {
    if (!(line in IMPORTS)) throw new Error(`${file}: import not stood in for: ${line}`);
    source = source.replace(line, IMPORTS[line]!);
  }
  const at = path.join(folder, file.replace(/\.js$/, '.mjs'));
  await writeFile(at, `${STUBS}\n${source}`);
  return pathToFileURL(at).href;
}

interface SveltiaFile {
  formatEntryFile(entry: { content: Record<string, unknown>; _file: Record<string, unknown> }): Promise<string>;
  parseEntryFile(entry: {
    text: string;
    path: string;
    folder: { collectionName: string };
  }): Promise<Record<string, unknown>>;
}

/** Sveltia's `formatEntryFile` and `parseEntryFile`, for a Markdown entry with YAML frontmatter. */
export async function loadSveltia(): Promise<{
  /** The file Sveltia writes for `content` (the body under `body`). */
  format(content: Record<string, unknown>): Promise<string>;
  /** What Sveltia reads from an entry file (the body under `body`). */
  parse(text: string): Promise<Record<string, unknown>>;
}> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dvk-sveltia-'));
  const { formatEntryFile } = (await import(/* @vite-ignore */ await runnable('format.js', folder))) as SveltiaFile;
  const { parseEntryFile } = (await import(/* @vite-ignore */ await runnable('parse.js', folder))) as SveltiaFile;
  await rm(folder, { recursive: true, force: true });
  const _file = { format: 'yaml-frontmatter', fmDelimiters: ['---', '---'] };
  return {
    format: (content) => formatEntryFile({ content: structuredClone(content), _file }),
    parse: (text) => parseEntryFile({ text, path: 'content/models/x/index.md', folder: { collectionName: 'models' } }),
  };
}
