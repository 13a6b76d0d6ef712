/**
 * The corpus of malformed and hostile entries (tests/fixtures/bad-input/, see its README): each
 * case is put into a copy of a small valid content folder and checked as `npm run check` checks
 * it. `tests/builds/bad-input.test.ts` holds the assertions.
 * Usage while writing a case: node tests/builds/bad-input.ts <case>   (prints what check reports)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatFinding, type CheckResult } from '../../scripts/lib/check-content.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpus = path.join(projectRoot, 'tests/fixtures/bad-input');
const base = path.join(corpus, '_base');
const cases = path.join(corpus, 'cases');
/** The day the corpus is checked on, so "a year in the future" means the same every day. */
export const TODAY = '2026-11-30';

/** What `case.json` may say (see the README). */
export interface CaseSetup {
  symlinks?: Record<string, string>;
  remove?: string[];
  /** For a case check accepts: the built page to inspect, and text that must not be in it. */
  page?: string;
  mustNotContain?: string[];
}

export interface BadInputCase {
  name: string;
  /** The report lines check must print, in order. */
  expected: string[];
  setup: CaseSetup;
  /** Whether check finds an error, so the build must refuse it. */
  refused: boolean;
}

const NOT_CONTENT = new Set(['expected.txt', 'case.json']);

/** The folder of a case (or, with more parts, a path beside or inside it). */
export const caseDir = (...parts: string[]) => path.join(cases, ...parts);

export function listCases(): BadInputCase[] {
  return readdirSync(cases)
    .sort()
    .map((name) => {
      const dir = path.join(cases, name);
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const setupFile = path.join(dir, 'case.json');
      const setup = existsSync(setupFile) ? (JSON.parse(readFileSync(setupFile, 'utf8')) as CaseSetup) : {};
      return { name, expected, setup, refused: expected.some((line) => line.startsWith('✗')) };
    });
}

/** Copies the base content and the case's files into `content`, and makes what case.json asks for. */
export async function assembleCase(name: string, content: string, withBase = true): Promise<void> {
  const dir = path.join(cases, name);
  if (withBase) await cp(base, content, { recursive: true });
  await mkdir(content, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (NOT_CONTENT.has(entry)) continue;
    await cp(path.join(dir, entry), path.join(content, entry), { recursive: true, verbatimSymlinks: true });
  }
  const setupFile = path.join(dir, 'case.json');
  const setup: CaseSetup = existsSync(setupFile) ? JSON.parse(readFileSync(setupFile, 'utf8')) : {};
  for (const file of setup.remove ?? []) await rm(path.join(content, file), { recursive: true, force: true });
  for (const [file, target] of Object.entries(setup.symlinks ?? {})) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await symlink(target, path.join(content, file));
  }
}

/** The case in a throw-away project folder (`<root>/content/`), checked; the caller removes `root`. */
export async function checkCase(name: string): Promise<{ root: string; result: CheckResult; lines: string[] }> {
  const root = await mkdtemp(path.join(tmpdir(), 'dvk-bad-input-'));
  await assembleCase(name, path.join(root, 'content'));
  const result = await checkContent(root, path.join(root, 'content'), TODAY);
  return { root, result, lines: result.findings.map(formatFinding) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const name = process.argv[2];
  if (!name) throw new Error('Usage: node tests/builds/bad-input.ts <case>');
  const { root, lines } = await checkCase(name);
  console.log(lines.join('\n'));
  await rm(root, { recursive: true, force: true });
}
