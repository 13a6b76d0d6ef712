/**
 * Rewrites the frontmatter of every model and news item in the order and style the web editor
 * writes (see scripts/lib/normalise.ts); values and bodies stay as they are.
 * Usage: npm run normalise                 rewrites the files that need it
 *        npm run normalise -- --check      only lists them (exit 1 if any)
 *        node scripts/normalise-content.ts [--check] [content-folder]
 */
import path from 'node:path';
import { CONTENT_DIR } from '../src/lib/paths.ts';
import { formatNormaliseReport, normaliseContent } from './lib/normalise.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const folder = args.find((arg) => !arg.startsWith('--'));

const results = await normaliseContent(process.cwd(), path.resolve(folder ?? CONTENT_DIR), { write: !check });
console.log(formatNormaliseReport(results, check));
const refused = results.some((r) => r.status === 'refused');
const pending = check && results.some((r) => r.status === 'normalised');
process.exitCode = refused || pending ? 1 : 0;
