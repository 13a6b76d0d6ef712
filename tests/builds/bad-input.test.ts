/**
 * The corpus of malformed and hostile entries (tests/fixtures/bad-input/): for every case,
 * `npm run check` prints exactly the expected Vietnamese lines (file, line, field, fix).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCase, listCases, projectRoot } from './bad-input.ts';
import { run, seedPictures, withProjectCopy } from './build-fixture.ts';

const cases = listCases();

describe('the bad-input corpus', () => {
  test.concurrent.each(cases)('$name: check prints exactly its messages', async ({ name, expected }) => {
    const { root, lines } = await checkCase(name);
    try {
      expect(lines).toEqual(expected);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('a loop in the places', () => {
  // Astro itself, not `npm run build` (whose check would refuse the loop before Astro starts): the
  // build must end with the error, never run forever. The test's timeout only guards against a hang.
  test('ends Astro’s build with an error naming the ids, instead of hanging', async () => {
    await withProjectCopy({}, async (root) => {
      const places = path.join(root, 'content', 'places.yaml');
      const text = await readFile(places, 'utf8');
      await writeFile(
        places,
        text.replace(/^(- id: an-giang\n(?: {2}.*\n)*?)( {2}kind: tỉnh\n)/m, '$1$2  parent: tan-chau\n'),
      );
      expect(await readFile(places, 'utf8')).toContain('kind: tỉnh\n  parent: tan-chau\n');
      await seedPictures(root);
      const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
      const { code, output } = await run(process.execPath, [astro, 'build'], root, {
        ASTRO_TELEMETRY_DISABLED: '1',
        DVK_CACHE_DIR: path.join(root, '.cache'),
      });
      expect(code, output).not.toBe(0);
      expect(output).toContain('vòng lặp đơn vị cấp trên: an-giang → tan-chau → an-giang');
    });
  });
});
