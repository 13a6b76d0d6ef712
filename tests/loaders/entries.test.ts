import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { claimSlug, ENTRY_PATTERN, entrySlug, listEntryFiles, slugFromName } from '../../src/loaders/entries.ts';

describe('listEntryFiles', () => {
  test('selects exactly the files Astro’s glob loader reads with ENTRY_PATTERN', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dvk-entries-'));
    try {
      const files = [
        'a/index.md',
        'a/index.MD',
        'a/index.md.txt',
        'a/_ghi-chu.md',
        'a/._index.md',
        'a/.nhap.md',
        'b.mdx',
        '_nhap/index.md',
        '.an/index.md',
        'c/d/index.mdx',
      ];
      for (const file of files) {
        await mkdir(path.dirname(path.join(root, 'models', file)), { recursive: true });
        await writeFile(path.join(root, 'models', file), '');
      }
      // tinyglobby, with the options Astro's glob loader passes (node_modules/astro/dist/content/loaders/glob.js).
      const astro = await glob(ENTRY_PATTERN, { cwd: path.join(root, 'models'), expandDirectories: false });
      expect(listEntryFiles(root, 'models')).toEqual(astro.map((f) => `models/${f}`).sort());
      expect(listEntryFiles(root, 'models')).toEqual([
        'models/_nhap/index.md',
        'models/a/index.md',
        'models/b.mdx',
        'models/c/d/index.mdx',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('entrySlug', () => {
  test.each([
    ['duong-ra-dong.md', {}, 'duong-ra-dong'],
    ['duong-ra-dong/index.md', {}, 'duong-ra-dong'],
    ['Đường ra đồng.md', {}, 'duong-ra-dong'],
    ['nam-2024/Hội nghị.mdx', {}, 'hoi-nghi'],
    ['x/index.md', { slug: 'ten-rieng' }, 'ten-rieng'],
    ['duong-ra-dong/Index.md', {}, 'duong-ra-dong'],
  ])('%s %o → %s', (entry, data, slug) => {
    expect(entrySlug(entry, data)).toBe(slug);
  });
});

describe('claimSlug', () => {
  test('gives a slug to the first file that asks and refuses a second one, naming both', () => {
    const owners = new Map<string, string>();
    expect(claimSlug('duong-ra-dong', 'content/models/a/index.md', owners)).toBeUndefined();
    const problem = claimSlug('duong-ra-dong', 'content/models/b/index.md', owners);
    expect(problem).toMatchObject({ file: 'content/models/b/index.md', field: 'slug' });
    expect(problem?.message).toContain('content/models/a/index.md');
  });

  test('lets a file take back a slug whose old owner is gone (a renamed file in npm run dev)', () => {
    const owners = new Map([['duong-ra-dong', 'content/models/cu/index.md']]);
    expect(claimSlug('duong-ra-dong', 'content/models/moi/index.md', owners, () => false)).toBeUndefined();
  });

  test('refuses a slug over 80 characters, saying to rename the folder when the slug comes from it', () => {
    const long = 'duong-ra-canh-dong-'.repeat(5) + 'xa-vinh-xuong';
    expect(claimSlug(long, 'content/models/a/index.md', new Map(), undefined, true)?.message).toBe(
      `địa chỉ “duong-ra-canh-dong-duong-ra-canh-dong-du…” dài ${long.length} ký tự, quá 80 ký tự cho một địa chỉ trang. Hãy dùng địa chỉ ngắn hơn: đổi tên thư mục (hoặc tệp) của bài thành duong-ra-canh-dong-duong-ra-canh-dong-duong-ra-canh-dong, hoặc thêm dòng slug: duong-ra-canh-dong-duong-ra-canh-dong-duong-ra-canh-dong vào đầu bài.`,
    );
    expect(claimSlug('a'.repeat(80), 'content/models/a/index.md', new Map())).toBeUndefined();
  });

  test.each(['trang', 'Duong-Ra-Dong', 'đường'])('refuses “%s” with a message in Vietnamese', (slug) => {
    expect(claimSlug(slug, 'content/models/a/index.md', new Map())?.field).toBe('slug');
  });
});

describe('slugFromName', () => {
  test.each([
    [{}, true],
    [{ slug: '' }, true],
    [{ slug: 'ten-rieng' }, false],
  ])('%o → %s', (data, fromName) => {
    expect(slugFromName(data)).toBe(fromName);
  });
});
