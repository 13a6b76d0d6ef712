/**
 * Checks every content file without building the site. Exits 1 when there is an error.
 * Usage: npm run check   (or: node scripts/check-content.ts [content-folder])
 *        npm run check -- --can-bo-sung   also lists the models whose pages still say little.
 */
import './lib/compile-cache.ts';
import path from 'node:path';
import { CONTENT_DIR } from '../src/lib/paths.ts';

// Loaded once the compile cache is on (scripts/lib/compile-cache.ts).
const { checkContent, formatReport, formatToComplete } = await import('./lib/check-content.ts');

const args = process.argv.slice(2);
const listToComplete = args.includes('--can-bo-sung');
const folder = args.find((arg) => !arg.startsWith('--'));

const projectRoot = process.cwd();
const contentRoot = path.resolve(folder ?? CONTENT_DIR);
const result = await checkContent(projectRoot, contentRoot);
if (listToComplete) console.log(`${formatToComplete(result)}\n`);
console.log(formatReport(result));
process.exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
