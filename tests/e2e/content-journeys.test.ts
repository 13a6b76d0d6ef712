/**
 * Reading the site's content as a citizen or a journalist does, in Debian's Chromium against the
 * production build: from a news item to its model and back, how much a page says it knows, which
 * models a source calls “Dân vận khéo”, and a district's totals kept apart from a model's own.
 * What each journey expects is read from the content files or the built pages, not typed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { getCompleteness, needsCompletionNote } from '../../src/lib/completeness.ts';
import { readFrontmatter } from '../../src/loaders/frontmatter.ts';
import type { ModelData } from '../../src/schemas/model.ts';
import { open, usePhoneJourneys } from './setup/browser.ts';
import { builtArticles } from './setup/built.ts';

/** A bridge the people paid for and built, and the news of its opening. */
const BRIDGE = '/mo-hinh/cau-tu-ben-kien-thanh/';
const BRIDGE_NEWS = '/tin-tuc/khanh-thanh-cau-tu-ben-kien-thanh/';
/** A model its source only names, and one with figures, steps, results and several sources. */
const NAMED_ONLY = '/mo-hinh/hun-von-giup-nhau-chau-thanh/';
const WELL_DOCUMENTED = '/mo-hinh/lop-hoc-tinh-thuong-chu-ba-thoi-my-binh/';
/** A model with figures of its own and figures of its area (`scope: dia-ban`). */
const WITH_AREA_FIGURES = '/mo-hinh/duong-kenh-sa-lon-luong-phi/';
const DAN_VAN_KHEO_LIST = '/ghi-nhan/dan-van-kheo/';

type Figure = ModelData['figures'][number];

/** What the content file of the model at `path` holds, as the site reads it. */
function modelEntry(path: string) {
  const slug = path.split('/').at(-2) ?? '';
  const name = ['index.md', 'index.mdx'].find((n) =>
    existsSync(new URL(`../../content/models/${slug}/${n}`, import.meta.url)),
  );
  const file = `content/models/${slug}/${name}`;
  const data = readFrontmatter(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  const list = <T>(key: string) => (Array.isArray(data[key]) ? (data[key] as T[]) : []);
  return {
    figures: list<Figure>('figures'),
    steps: list<string>('steps'),
    results: list<string>('results'),
    sources: list<ModelData['sources'][number]>('sources'),
  };
}

const journey = usePhoneJourneys();
let page: Page;
beforeEach(() => {
  page = journey.page;
});

describe('news and models', () => {
  test('a news item links to the model it reports, and the model links back to it', async () => {
    await open(page, BRIDGE_NEWS);
    const newsTitle = await page.getByRole('heading', { level: 1 }).textContent();
    const covered = page.getByRole('region', { name: 'Mô hình được nhắc tới' });
    const toModel = covered.locator(`a[href="${BRIDGE}"]`);
    const modelName = await toModel.textContent();
    await toModel.click();
    await page.waitForURL(`**${BRIDGE}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(modelName?.trim());
    const back = page.getByRole('region', { name: 'Tin tức nhắc tới mô hình này' });
    const toNews = back.locator(`a[href="${BRIDGE_NEWS}"]`);
    expect((await toNews.textContent())?.trim()).toBe(newsTitle?.trim());
    await toNews.click();
    await page.waitForURL(`**${BRIDGE_NEWS}`);
  });
});

describe('how much a model page says it knows', () => {
  const note = () => page.getByRole('region', { name: 'Trang này còn ít thông tin' });

  test('a model its source only names says so, and whom to write to', async () => {
    // The content is what makes the page thin: no figures of its own, no steps and results.
    const completeness = getCompleteness(modelEntry(NAMED_ONLY));
    expect(completeness.level).toBe('chi-neu-ten');
    expect(needsCompletionNote(completeness)).toBe(true);
    await open(page, NAMED_ONLY);
    await expect(note().innerText()).resolves.toContain('Nguồn tin hiện có mới chỉ nêu tên mô hình này.');
    await expect(note().getByRole('link').getAttribute('href')).resolves.toMatch(/^mailto:/);
    await expect(page.locator('section.completeness').count()).resolves.toBe(1);
  });

  test('a well-documented model shows no such note', async () => {
    const completeness = getCompleteness(modelEntry(WELL_DOCUMENTED));
    expect(completeness.level).toBe('day-du');
    expect(needsCompletionNote(completeness)).toBe(false);
    await open(page, WELL_DOCUMENTED);
    // The page has loaded what it shows about its figures and steps, and no note among them.
    await expect(page.getByRole('heading', { name: 'Cách làm', exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('section.completeness').count()).resolves.toBe(0);
    await expect(note().count()).resolves.toBe(0);
  });
});

describe('which models a source calls “Dân vận khéo”', () => {
  test('the “Dân vận khéo” listing shows exactly the models whose page says a source calls them so', async () => {
    // From the built model pages: the note a model page shows says what its sources call it.
    const expected = builtArticles()
      .filter((a) => a.recognition === 'dan-van-kheo')
      .map((a) => a.path)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const article of builtArticles().filter((a) => a.recognition === 'dan-van-kheo'))
      expect(article.root.querySelector('.recognition')?.textContent, article.path).toContain(
        'gọi đây là mô hình “Dân vận khéo”.',
      );

    await open(page, DAN_VAN_KHEO_LIST);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mô hình “Dân vận khéo”');
    const listed: string[] = [];
    for (;;) {
      const cards = page.locator('article.card');
      for (const label of await cards.locator('.card-recognition').allInnerTexts())
        expect(label).toBe('Mô hình “Dân vận khéo”');
      listed.push(
        ...(await cards
          .locator('.card-title a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))),
      );
      const next = page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau →' });
      if ((await next.count()) === 0) break;
      const href = await next.getAttribute('href');
      await next.click();
      await page.waitForURL(`**${href}`);
    }
    expect(listed.sort()).toEqual(expected);

    // A reader who doubts it follows the note to the source that says so.
    await open(page, listed[0]!);
    const recognition = page.locator('.recognition');
    await expect(recognition.innerText()).resolves.toContain('gọi đây là mô hình “Dân vận khéo”.');
    const source = recognition.getByRole('link').first();
    const target = (await source.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#nguon-\d+$/);
    await source.click();
    await page.waitForURL(`**${listed[0]}${target}`);
    await expect(page.locator(target).isVisible()).resolves.toBe(true);
  });
});

describe('a model’s figures and its area’s', () => {
  test('figures of the whole area sit under “Số liệu chung của địa bàn”, apart from “Số liệu chính”', async () => {
    const { figures } = modelEntry(WITH_AREA_FIGURES);
    const own = figures.filter((f) => f.scope === undefined).map((f) => f.label);
    const area = figures.filter((f) => f.scope === 'dia-ban').map((f) => f.label);
    expect(own.length).toBeGreaterThan(0);
    expect(area.length).toBeGreaterThan(0);

    await open(page, WITH_AREA_FIGURES);
    const ownRegion = page.getByRole('region', { name: 'Số liệu chính', exact: true });
    const areaRegion = page.getByRole('region', { name: 'Số liệu chung của địa bàn', exact: true });
    await expect(ownRegion.locator('dt').allInnerTexts()).resolves.toEqual(own);
    await expect(areaRegion.locator('dt').allInnerTexts()).resolves.toEqual(area);
    await expect(areaRegion.innerText()).resolves.toContain('không phải kết quả riêng của mô hình này');
    // The model's own figures come first.
    const top = (region: typeof ownRegion) => region.evaluate((el) => el.getBoundingClientRect().top);
    expect(await top(ownRegion)).toBeLessThan(await top(areaRegion));
  });
});
