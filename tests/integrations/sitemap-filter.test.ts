/** The sitemap lists public pages only. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitemapFilter } from '../../src/integrations/sitemap-filter.ts';

describe('sitemapFilter', () => {
  test('leaves out the 404 page, the staff pages and the redirect pages at former addresses', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dvk-sitemap-'));
    await mkdir(path.join(dir, 'models', 'a'), { recursive: true });
    await writeFile(path.join(dir, 'models', 'a', 'index.md'), '---\ntitle: A\naliases:\n  - ten-cu\n---\n');
    const keep = sitemapFilter(dir);
    expect(keep('https://x.example/mo-hinh/a/')).toBe(true);
    expect(keep('https://x.example/mo-hinh/ten-cu/')).toBe(false);
    expect(keep('https://x.example/404/')).toBe(false);
    expect(keep('https://x.example/bien-tap/can-bo-sung/')).toBe(false);
    expect(keep('https://x.example/admin/')).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});
