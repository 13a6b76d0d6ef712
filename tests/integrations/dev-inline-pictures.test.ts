/**
 * The dev server's picture list holds each picture's metadata itself (src/integrations/
 * dev-inline-pictures.ts): the value it holds must behave as the module Astro's own loader makes of
 * a content picture, and what it does not recognise must keep Astro's import.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitImageMetadata } from 'astro/assets/utils/node';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  inlinePictures,
  inlinePicturesPlugin,
  listedPictures,
  watchedFiles,
  listedPicture,
  PICTURE_HELPER,
  pictureModuleValue,
  type PictureMetadata,
} from '../../src/integrations/dev-inline-pictures.ts';

/** Astro's own proxy code, from its file (the package does not export it). */
const { getProxyCode } = (await import(
  pathToFileURL(path.resolve('node_modules/astro/dist/assets/utils/proxy.js')).href
)) as { getProxyCode: (metadata: object, isSSR: boolean) => string };

let root = '';
/** An entry's folder, with a space and a Vietnamese letter in its name, as a path may have. */
let folder = '';

/** One import of Astro's list, for a picture named from the entry `entry` (relative to root). */
const specifier = (picture: string, entry: string) =>
  `${picture}?astroContentImageFlag=&importer=${encodeURIComponent(entry)}`;

/** Evaluates a module value (Astro's `new Proxy(…)` begins with a line end), with the list's helper. */
const evaluate = (code: string) => new Function(`${PICTURE_HELPER}\nreturn (${code});`)() as Record<string, unknown>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'dvk-inline-pictures-'));
  folder = path.join(root, 'content', 'models', 'mô hình');
  mkdirSync(path.join(folder, 'anh'), { recursive: true });
  const pixels = { width: 40, height: 30, channels: 3, background: '#336699' } as const;
  await sharp({ create: pixels }).png().toFile(path.join(folder, 'anh-bia.png'));
  await sharp({ create: { ...pixels, width: 20 } })
    .jpeg()
    .toFile(path.join(folder, 'anh', 'ảnh 2.jpg'));
  await sharp({ create: pixels })
    .png()
    .toFile(path.join(root, 'content', 'models', 'chung.png'));
  symlinkSync(path.join(folder, 'anh-bia.png'), path.join(folder, 'lien-ket.png'));
  writeFileSync(path.join(folder, 'so-do.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listedPicture', () => {
  const entry = 'content/models/mô hình/index.md';
  test('a relative path is found beside its entry, and above it', () => {
    expect(listedPicture(specifier('./anh-bia.png', entry), root)).toBe(path.join(folder, 'anh-bia.png'));
    expect(listedPicture(specifier('./anh/ảnh 2.jpg', entry), root)).toBe(path.join(folder, 'anh', 'ảnh 2.jpg'));
    expect(listedPicture(specifier('../chung.png', entry), root)).toBe(
      path.join(root, 'content', 'models', 'chung.png'),
    );
  });
  test('an SVG, a path that is not relative, and an import without Astro’s flag keep their import', () => {
    expect(listedPicture(specifier('./so-do.svg', entry), root)).toBeUndefined();
    expect(listedPicture(specifier('/src/anh.png', entry), root)).toBeUndefined();
    expect(listedPicture(specifier('~/anh.png', entry), root)).toBeUndefined();
    expect(listedPicture('./anh-bia.png', root)).toBeUndefined();
  });
  test('a path with # or %, which Vite reads in its own ways, and a broken entry name keep their import', () => {
    expect(listedPicture(specifier('./anh #1.png', entry), root)).toBeUndefined();
    expect(listedPicture(specifier('./anh%201.png', entry), root)).toBeUndefined();
    expect(listedPicture('./anh-bia.png?astroContentImageFlag=&importer=%E0%A4%A', root)).toBeUndefined();
  });
  test('the files watched are every picture there or not yet, and a link as Vite names it too', () => {
    const list = [
      specifier('./anh-bia.png', entry),
      specifier('./chua-co.png', entry),
      specifier('./lien-ket.png', entry),
      specifier('./so-do.svg', entry),
    ]
      .map((id, index) => `import __ASTRO_IMAGE_IMPORT_${index} from ${JSON.stringify(id)};`)
      .join('\n');
    const slashed = (file: string) => file.split(path.sep).join('/');
    expect(watchedFiles(listedPictures(list, root))).toEqual(
      [
        path.join(folder, 'anh-bia.png'),
        path.join(folder, 'chua-co.png'),
        path.join(folder, 'lien-ket.png'),
        realpathSync(path.join(folder, 'anh-bia.png')),
      ].map(slashed),
    );
  });
});

describe('pictureModuleValue', () => {
  test('behaves as the module Astro makes of a content picture', async () => {
    const metadata = (await emitImageMetadata(path.join(folder, 'anh-bia.png'))) as PictureMetadata;
    const ours = evaluate(pictureModuleValue(metadata));
    const astros = evaluate(getProxyCode(metadata, false));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(astros));
    expect(ours.fsPath).toBe(astros.fsPath);
    expect(ours.fsPath).toBe(path.join(folder, 'anh-bia.png'));
    expect(ours.clone).toEqual(astros.clone);
    expect(ours.width).toBe(40);

    // Reading a field notes the picture as used, as Astro's does.
    const used: string[] = [];
    const recorded: string[] = [];
    const saved = (globalThis as { astroAsset?: unknown }).astroAsset;
    (globalThis as { astroAsset?: unknown }).astroAsset = {
      referencedImages: { add: (file: string) => used.push(file) },
      recordReferencedImage: (file: string) => recorded.push(file),
    };
    try {
      void ours.src;
      void astros.src;
    } finally {
      (globalThis as { astroAsset?: unknown }).astroAsset = saved;
    }
    expect(used).toEqual([metadata.fsPath, metadata.fsPath]);
    expect(recorded).toEqual([metadata.fsPath, metadata.fsPath]);
  });
});

describe('inlinePictures', () => {
  test('holds each picture it recognises, and keeps every other import as it was', async () => {
    const entry = 'content/models/mô hình/index.md';
    const ids = [
      specifier('./anh-bia.png', entry),
      specifier('./anh/ảnh 2.jpg', entry),
      specifier('./so-do.svg', entry),
      specifier('./khong-co.png', entry),
      specifier('./anh/%E1%BA%A3nh%202.jpg', entry),
      specifier('/src/anh.png', entry),
    ];
    const list = [
      '',
      ...ids.map((id, index) => `import __ASTRO_IMAGE_IMPORT_${index} from ${JSON.stringify(id)};`),
      `export default new Map([${ids.map((id, index) => `[${JSON.stringify(id)}, __ASTRO_IMAGE_IMPORT_${index}]`).join(', ')}]);`,
      '\t\t',
    ].join('\n');
    const code = await inlinePictures(list, listedPictures(list, root));
    const imports = code.split('\n').filter((line) => line.startsWith('import '));
    expect(imports).toEqual(list.split('\n').filter((line) => /_IMPORT_[2345] /.test(line)));

    // What is held equals what Astro's loader gives for the same file.
    const held = [...code.matchAll(/^const (__ASTRO_IMAGE_IMPORT_\d+) = (__dvkPicture\(.*\));$/gm)];
    expect(code.startsWith(`${PICTURE_HELPER}\n`)).toBe(true);
    expect(held.map((match) => match[1])).toEqual(['__ASTRO_IMAGE_IMPORT_0', '__ASTRO_IMAGE_IMPORT_1']);
    for (const [index, file] of [path.join(folder, 'anh-bia.png'), path.join(folder, 'anh', 'ảnh 2.jpg')].entries()) {
      const value = evaluate(held[index]![2]!);
      const metadata = (await emitImageMetadata(file)) as PictureMetadata;
      expect(JSON.stringify(value)).toBe(JSON.stringify(metadata));
      expect(value.fsPath).toBe(metadata.fsPath);
    }
    expect(code).toContain(list.split('\n').find((line) => line.startsWith('export default')));
  });

  test('a picture reached through a link is the file Vite resolves it to, as Astro has it', async () => {
    const id = specifier('./lien-ket.png', 'content/models/mô hình/index.md');
    const list = `import __ASTRO_IMAGE_IMPORT_0 from ${JSON.stringify(id)};`;
    const code = await inlinePictures(list, listedPictures(list, root));
    const value = /= (__dvkPicture\(.*\));$/m.exec(code)?.[1];
    const metadata = (await emitImageMetadata(realpathSync(path.join(folder, 'anh-bia.png')))) as PictureMetadata;
    expect(evaluate(value!).fsPath).toBe(metadata.fsPath);
    expect(JSON.stringify(evaluate(value!))).toBe(JSON.stringify(metadata));
  });

  test('an empty list, in either of the forms Astro writes, is left as it is', async () => {
    for (const list of ['export default new Map();', '\n\nexport default new Map([]);\n\t\t']) {
      expect(listedPictures(list, root)).toEqual([]);
      expect(await inlinePictures(list, [])).toBe(list);
    }
  });
});

describe('inlinePicturesPlugin', () => {
  test('transforms the list without a source map, and again when a picture it holds changes', async () => {
    const list = path.join(root, '.astro', 'content-assets.mjs').split(path.sep).join('/');
    const plugin = inlinePicturesPlugin(list);
    (plugin.configResolved as (config: { root: string }) => void)({ root });
    const transform = plugin.transform as {
      filter: { id: RegExp };
      handler: (code: string, id: string) => Promise<{ code: string; map: unknown }>;
    };
    expect(transform.filter.id.test(list)).toBe(true);
    expect(transform.filter.id.test(`${list}x`)).toBe(false);
    const id = specifier('./anh-bia.png', 'content/models/mô hình/index.md');
    const code = `import __ASTRO_IMAGE_IMPORT_0 from ${JSON.stringify(id)};\nexport default new Map([[${JSON.stringify(id)}, __ASTRO_IMAGE_IMPORT_0]]);`;
    const result = await transform.handler(code, list);
    expect(result.code).toContain('const __ASTRO_IMAGE_IMPORT_0 = __dvkPicture(');
    // Vite keeps an empty map as it is and then makes none of its own (ssrTransformScript).
    expect(result.map).toEqual({ mappings: '' });

    // A change to a picture the list holds brings the list's module in; any other file, nothing.
    const listModule = { file: list };
    const hotUpdate = (
      plugin.hotUpdate as (this: unknown, options: { file: string; modules: unknown[] }) => unknown
    ).bind({
      environment: {
        moduleGraph: { getModulesByFile: (file: string) => (file === list ? new Set([listModule]) : undefined) },
      },
    });
    const picture = path.join(folder, 'anh-bia.png').split(path.sep).join('/');
    expect(hotUpdate({ file: picture, modules: [] })).toEqual([listModule]);
    // A picture the list names that is not there yet: once it is made, the list is made again.
    const later = specifier('./chua-co.png', 'content/models/mô hình/index.md');
    await transform.handler(`import __ASTRO_IMAGE_IMPORT_0 from ${JSON.stringify(later)};`, list);
    const laterFile = path.join(folder, 'chua-co.png').split(path.sep).join('/');
    expect(hotUpdate({ file: laterFile, modules: [] })).toEqual([listModule]);
    expect(hotUpdate({ file: path.join(folder, 'index.md').split(path.sep).join('/'), modules: [] })).toBeUndefined();
  });
});
