import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { getMitNotice } from '../../src/lib/mapping-source.ts';

const notice = await readFile(new URL('../../src/data/an-giang-2025/NOTICE.md', import.meta.url), 'utf8');

describe('getMitNotice', () => {
  test('takes the whole MIT notice out of NOTICE.md, from the title to the last line of the disclaimer', () => {
    const text = getMitNotice(notice);
    expect(text.startsWith('MIT License\n\nCopyright (c) 2025 dvhcvn\n')).toBe(true);
    expect(text).toContain('The above copyright notice and this permission notice shall be included');
    expect(text.endsWith('SOFTWARE.')).toBe(true);
    expect(text).not.toContain('```');
  });

  test('refuses a NOTICE.md without the notice, so the site cannot publish the data without it', () => {
    expect(() => getMitNotice('# an-giang-2025-xa-mapping.json\n\nNo licence here.\n')).toThrow(/MIT notice/);
  });
});
