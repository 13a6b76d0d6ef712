/**
 * The corpus of malformed and hostile entries (tests/fixtures/bad-input/): for every case,
 * `npm run check` prints exactly the expected Vietnamese lines (file, line, field, fix).
 */
import { rm } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkCase, listCases } from './bad-input.ts';

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
