/**
 * Honest sourcing, checked on the built pages against the content files, without a browser: every
 * source a page shows has an address a reader can follow or says why it has none, and no page or
 * card calls a model "Dân vận khéo" unless one of its sources does (`danVanKheo: mo-hinh`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { entrySlug, listEntryFiles } from '../../src/loaders/entries.ts';
import { readFrontmatter } from '../../src/loaders/frontmatter.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(root, 'dist');
const content = path.join(root, 'content');

interface Entry {
  slug: string;
  data: Record<string, unknown>;
  page: HTMLElement;
}

function entries(collection: 'models' | 'news', urlBase: string): Entry[] {
  return listEntryFiles(content, collection).flatMap((file) => {
    const data = readFrontmatter(readFileSync(path.join(content, file), 'utf8'), file);
    const slug = entrySlug(file.slice(collection.length + 1), data);
    const html = path.join(dist, urlBase, slug, 'index.html');
    // Drafts and entries scheduled for later have no page.
    return existsSync(html) ? [{ slug, data, page: parse(readFileSync(html, 'utf8')) }] : [];
  });
}

const models = entries('models', 'mo-hinh');
const news = entries('news', 'tin-tuc');
const sourcesOf = (data: Record<string, unknown>) =>
  (Array.isArray(data['sources']) ? data['sources'] : data['source'] ? [data['source']] : []) as Record<
    string,
    unknown
  >[];
/** What the site must call a model, worked out here from the file alone. */
const expectedRecognition = (data: Record<string, unknown>) => {
  const mentions = sourcesOf(data).map((s) => s['danVanKheo']);
  return mentions.includes('mo-hinh')
    ? 'dan-van-kheo'
    : mentions.includes('phong-trao')
      ? 'phong-trao'
      : 'cach-lam-hay';
};

describe('sources on the built site', () => {
  test('the real content has model and news pages to check', () => {
    expect(models.length).toBeGreaterThan(0);
    expect(news.length).toBeGreaterThan(0);
  });

  test('every source shown has a web address or says why it has none, and says when it was published', () => {
    const problems: string[] = [];
    for (const { slug, page } of [...models, ...news]) {
      const items = page.querySelectorAll('ol.sources > li');
      if (items.length === 0) problems.push(`${slug}: no source list`);
      for (const item of items) {
        const link = item.querySelector('a[href^="https://"], a[href^="http://"]');
        if (!link && !item.text.includes('Không có địa chỉ trên mạng:')) problems.push(`${slug}: ${item.text.trim()}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('each model page shows as many sources as its file has, each link exactly as written', () => {
    for (const { slug, data, page } of models) {
      const items = page.querySelectorAll('ol.sources > li');
      const sources = sourcesOf(data);
      expect(items.length, slug).toBe(sources.length);
      sources.forEach((source, i) => {
        if (source['url']) expect(items[i]!.querySelector('a')?.getAttribute('href'), slug).toBe(source['url']);
      });
    }
  });

  test('a page calls a model "Dân vận khéo" only when one of its sources does', () => {
    const wrong = models.flatMap(({ slug, data, page }) => {
      const shown = page.querySelector('.recognition')?.getAttribute('data-recognition');
      return shown === expectedRecognition(data)
        ? []
        : [`${slug}: shows ${shown}, sources say ${expectedRecognition(data)}`];
    });
    expect(wrong).toEqual([]);
  });

  test('the link behind "Dân vận khéo" points to a source that says so', () => {
    for (const { slug, data, page } of models.filter((m) => expectedRecognition(m.data) === 'dan-van-kheo')) {
      const cited = page
        .querySelectorAll('.recognition a')
        .map((a) => Number(a.getAttribute('href')?.replace('#nguon-', '')));
      expect(cited.length, slug).toBeGreaterThan(0);
      for (const n of cited) expect(sourcesOf(data)[n - 1]?.['danVanKheo'], `${slug} [${n}]`).toBe('mo-hinh');
    }
  });

  test('every card in the model listing carries the recognition its sources give', () => {
    const bySlug = new Map(models.map((m) => [m.slug, expectedRecognition(m.data)]));
    const cards = parse(readFileSync(path.join(dist, 'mo-hinh/index.html'), 'utf8')).querySelectorAll('article.card');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const slug = card.querySelector('.card-title a')?.getAttribute('href')?.split('/')[2] ?? '';
      expect(card.querySelector('.card-recognition')?.getAttribute('data-recognition'), slug).toBe(bySlug.get(slug));
    }
  });
});
