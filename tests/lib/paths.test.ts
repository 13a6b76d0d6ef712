import { describe, expect, test } from 'vitest';
import { CONTENT_DIR, contentPath } from '../../src/lib/paths.ts';

describe('contentPath', () => {
  test('joins parts under the content folder with forward slashes', () => {
    expect(contentPath('models', 'a', 'index.md')).toBe(`${CONTENT_DIR}/models/a/index.md`);
  });
});
