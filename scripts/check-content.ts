/**
 * Checks every content file without building the site. Exits 1 when there is an error.
 * Usage: npm run check   (or: node scripts/check-content.ts [content-folder])
 */
import path from 'node:path';
import { checkContent, formatReport } from './lib/check-content.ts';

const projectRoot = process.cwd();
const contentRoot = path.resolve(process.argv[2] ?? process.env['DVK_CONTENT_DIR'] ?? 'content');
const result = await checkContent(projectRoot, contentRoot, process.env['DVK_TODAY']);
console.log(formatReport(result));
process.exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
