import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { afterAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/loaders/frontmatter.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { corpusContentDir, generateCorpus } from '../../scripts/lib/corpus.ts';

const dir = path.join(tmpdir(), `dvk-corpus-${process.pid}`);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('generateCorpus', () => {
  test('writes models and news that the real schemas accept', async () => {
    const { models, news } = await generateCorpus({ dir, models: 30, news: 10 });
    const context = { image: () => z.string() } as unknown as SchemaContext;
    for (const slug of models) {
      const file = path.join(dir, 'content', 'models', slug, 'index.md');
      expect(modelSchema(context).safeParse(readFrontmatter(await readFile(file, 'utf8'), file)).success).toBe(true);
    }
    for (const slug of news) {
      const file = path.join(dir, 'content', 'news', slug, 'index.md');
      expect(newsSchema(context).safeParse(readFrontmatter(await readFile(file, 'utf8'), file)).success).toBe(true);
    }
  });

  test('writes the same corpus for the same seed', async () => {
    await generateCorpus({ dir, models: 3, news: 1, seed: 7 });
    const first = await readFile(path.join(dir, 'content', 'models', 'mau-mo-hinh-2', 'index.md'), 'utf8');
    await generateCorpus({ dir, models: 3, news: 1, seed: 7 });
    expect(await readFile(path.join(dir, 'content', 'models', 'mau-mo-hinh-2', 'index.md'), 'utf8')).toBe(first);
  });

  test("replaces only DIR/content, and never the site's own content", async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'ghi-chu.txt'), 'giữ lại');
    await generateCorpus({ dir, models: 1, news: 1 });
    expect(await readFile(path.join(dir, 'ghi-chu.txt'), 'utf8')).toBe('giữ lại');
    const root = path.resolve(import.meta.dirname, '../..');
    // Checked on the guard itself: a broken guard must not get the chance to delete content/.
    for (const target of [root, path.join(root, 'content', 'corpus')]) {
      expect(() => corpusContentDir(target)).toThrow(/nội dung thật của trang/);
    }
    expect(corpusContentDir(path.join(root, '.bench', 'corpus'))).toBe(path.join(root, '.bench', 'corpus', 'content'));
  });
});
