/**
 * Cuts Be Vietnam Pro Bold (from @fontsource/be-vietnam-pro) down to the letters Vietnamese text
 * uses, keeping fontsource's split into a basic-Latin and a Vietnamese file so a page downloads
 * only what its text needs. Output: src/assets/fonts/, committed; run again after a font update.
 * Usage: npm run fonts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const files = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
const out = path.resolve(import.meta.dirname, '..', 'src', 'assets', 'fonts');

/** Printable ASCII, the Latin-1 and Latin Extended letters Vietnamese uses, its block, and typographic punctuation. */
export const VIETNAMESE_TEXT =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư' +
  Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCharCode(0x1ea0 + i)).join('') +
  '“”‘’–—…·•→←×©';

for (const subset of ['latin', 'vietnamese']) {
  const source = readFileSync(path.join(files, `be-vietnam-pro-${subset}-700-normal.woff2`));
  const font = await subsetFont(source, VIETNAMESE_TEXT, { targetFormat: 'woff2' });
  const target = path.join(out, `be-vietnam-pro-700-${subset}.woff2`);
  writeFileSync(target, font);
  console.log(`${path.relative(process.cwd(), target)}: ${source.length} → ${font.length} bytes`);
}
