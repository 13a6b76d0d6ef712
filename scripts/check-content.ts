/**
 * Checks every content file without building the site. Exits 1 when there is an error.
 * Usage: npm run check   (or: node scripts/check-content.ts [content-folder])
 */
import path from 'node:path';
import { CONTENT_DIR } from '../src/lib/paths.ts';
import { checkContent, formatReport } from './lib/check-content.ts';

const projectRoot = process.cwd();
const contentRoot = path.resolve(process.argv[2] ?? CONTENT_DIR);
const result = await checkContent(projectRoot, contentRoot);
console.log(formatReport(result));
process.exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
