/** The fingerprints of the code that reads content (src/loaders/fingerprint.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { getSourceClosure, installedPackagesHash, schemaFingerprint } from '../../src/loaders/fingerprint.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const trees: string[] = [];
afterAll(() => {
  for (const root of trees) rmSync(root, { recursive: true, force: true });
});

/** A throw-away tree of TypeScript files: path → text (removed after the tests). */
function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dvk-closure-'));
  trees.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('getSourceClosure', () => {
  test('follows relative imports out of the folders, transitively, and ignores packages', () => {
    const root = makeTree({
      'src/schemas/a.ts': "import { z } from 'astro/zod';\nimport { b } from '../lib/b.ts';\n",
      'src/lib/b.ts': "export { c } from './c.ts';\n",
      'src/lib/c.ts': 'export const c = 1;\n',
      'src/lib/unrelated.ts': 'export const u = 1;\n',
    });
    expect(getSourceClosure(root, ['src/schemas'])).toEqual(['src/lib/b.ts', 'src/lib/c.ts', 'src/schemas/a.ts']);
  });

  test('reads imports written over several lines', () => {
    const root = makeTree({
      'src/schemas/a.ts': "import {\n  one,\n  two,\n} from '../lib/b.ts';\n",
      'src/lib/b.ts': 'export const one = 1, two = 2;\n',
    });
    expect(getSourceClosure(root, ['src/schemas'])).toContain('src/lib/b.ts');
  });

  test('covers the rules the real schemas call and the messages the loaders give', () => {
    const files = getSourceClosure(projectRoot, ['src/schemas', 'src/loaders']);
    expect(files).toEqual(
      expect.arrayContaining(['src/schemas/rules.ts', 'src/lib/content-errors.ts', 'src/lib/text.ts']),
    );
    expect(files.filter((file) => file.startsWith('src/pages/'))).toEqual([]);
  });
});

describe('schemaFingerprint', () => {
  test('changes when a module the schemas import changes', () => {
    const root = makeTree({
      'src/schemas/a.ts': "import { rule } from './rules.ts';\n",
      'src/schemas/rules.ts': 'export const rule = 1;\n',
      'src/loaders/l.ts': "import { x } from '../lib/x.ts';\n",
      'src/lib/x.ts': 'export const x = 1;\n',
    });
    const before = schemaFingerprint(root);
    writeFileSync(path.join(root, 'src/lib/x.ts'), 'export const x = 2;\n');
    expect(schemaFingerprint(root)).not.toBe(before);
  });
});

describe('installedPackagesHash', () => {
  test('follows npm’s record of what is installed, else the lock file, else nothing', () => {
    const root = makeTree({});
    expect(installedPackagesHash(root)).toBe('');
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    const fromLock = installedPackagesHash(root);
    expect(fromLock).toMatch(/^[0-9a-f]{16}$/);
    mkdirSync(path.join(root, 'node_modules'));
    writeFileSync(
      path.join(root, 'node_modules/.package-lock.json'),
      '{"packages":{"node_modules/yaml":{"version":"2.8.0"}}}',
    );
    const installed = installedPackagesHash(root);
    expect(installed).not.toBe(fromLock);
    writeFileSync(
      path.join(root, 'node_modules/.package-lock.json'),
      '{"packages":{"node_modules/yaml":{"version":"2.8.1"}}}',
    );
    expect(installedPackagesHash(root)).not.toBe(installed);
  });
});
