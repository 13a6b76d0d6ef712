/**
 * Regenerates the generated section at the end of content/places.yaml from the vendored mapping
 * of the 2025 reorganisation (src/data/an-giang-2025/). Usage: npm run places
 * Running it twice changes nothing; `npm run places -- --check` only says whether the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_DIR } from '../src/lib/paths.ts';
import { generatePlaces, renderSection, replaceSection, type XaMapping } from './lib/import-places.ts';

const MAPPING = 'src/data/an-giang-2025/an-giang-2025-xa-mapping.json';
const file = path.resolve(CONTENT_DIR, 'places.yaml');
const checkOnly = process.argv.includes('--check');

try {
  const mapping = JSON.parse(await readFile(MAPPING, 'utf8')) as XaMapping;
  const places = generatePlaces(mapping);
  const before = await readFile(file, 'utf8');
  const after = replaceSection(
    before,
    renderSection(places),
    places.map((p) => p.id),
  );
  const where = path.relative(process.cwd(), file);
  if (checkOnly) {
    console.log(before === after ? `${where} đã khớp với dữ liệu.` : `${where} chưa cập nhật: chạy “npm run places”.`);
    process.exit(before === after ? 0 : 1);
  }
  if (before !== after) await writeFile(file, after);
  console.log(
    `${before === after ? 'Không có gì thay đổi' : 'Đã ghi'} ${where}: ${places.length} địa bàn tự sinh từ ${MAPPING}.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
