/**
 * The MDX components in real builds: a model and a news item written in `.mdx`
 * (tests/fixtures/mdx/) render every component, valid, accessible and searchable; a misused
 * component, or one written in a `.md` file, stops both `npm run check` and the build with the
 * same Vietnamese message naming the file, the line, the component and the prop.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchTestChromium } from '../chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { wcagViolations } from '../e2e/setup/axe.ts';
import {
  buildMessage,
  buildAndKeep,
  buildCopy,
  run,
  searchBuiltSite,
  seedPictures,
  withProjectCopy,
  type BuiltCopy,
} from './build-fixture.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (file: string) => readFileSync(path.join(projectRoot, 'tests/fixtures', file), 'utf8');
const MODEL_PAGE = 'mo-hinh/mo-hinh-thu-mdx/index.html';
const NEWS_PAGE = 'tin-tuc/tin-thu-mdx/index.html';

describe('an .mdx entry with every component', () => {
  let build: BuiltCopy | undefined;
  let model: HTMLElement;
  let news: HTMLElement;
  beforeAll(async () => {
    build = await buildAndKeep({
      'models/mo-hinh-thu-mdx/index.mdx': fixture('mdx/models/mo-hinh-thu-mdx/index.mdx'),
      'news/tin-thu-mdx/index.mdx': fixture('mdx/news/tin-thu-mdx/index.mdx'),
    });
    if (build.code === 0) {
      model = parse(await readFile(path.join(build.dist, MODEL_PAGE), 'utf8'));
      news = parse(await readFile(path.join(build.dist, NEWS_PAGE), 'utf8'));
    }
  });
  afterAll(() => build?.dispose());

  const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim();

  test('builds', () => {
    expect(build?.code, buildMessage(build)).toBe(0);
  });

  test('renders a quotation as a figure whose caption names the speaker and links to the source', () => {
    const figure = model.querySelector('.body figure.trich-dan');
    expect(text(figure?.querySelector('blockquote'))).toBe('Dân biết, dân bàn thì đường qzxv nào cũng mở được.');
    expect(text(figure?.querySelector('figcaption'))).toBe('— ông Nguyễn Văn Thử, Chủ tịch UBND xã, nguồn [2]');
    expect(figure?.querySelector('figcaption a')?.getAttribute('href')).toBe('#nguon-2');
    expect(text(model.querySelector('#nguon-2'))).toContain('Bài báo thử thứ hai');
  });

  test('renders a timeline as an ordered list with Vietnamese dates as precise as written', () => {
    const items = model.querySelectorAll('.body ol.dong-thoi-gian > li');
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2020',
      '2020-07',
      '2020-07-30',
    ]);
    expect(items.map(text)).toEqual([
      'năm 2020 Ấp họp dân bàn việc làm đường. nguồn [1]',
      'tháng 7/2020 Các hộ ký giấy hiến đất. nguồn [1]',
      '30/7/2020 Khởi công con đường.Bà con góp ngày công. nguồn [2]',
    ]);
  });

  test('renders a figure with its qualifier, the number written the Vietnamese way, and its source', () => {
    const figure = model.querySelector('.body .so-lieu');
    expect(text(figure)).toBe('hơn 1.870,5 m đường mở nhờ dân hiến đất nguồn [1]');
    expect(figure?.querySelector('a')?.getAttribute('href')).toBe('#nguon-1');
  });

  test('links a news item’s components to its single source, numbered 1', () => {
    expect(news.querySelector('.body figure.trich-dan figcaption a')?.getAttribute('href')).toBe('#nguon-1');
    expect(text(news.querySelector('.body .so-lieu'))).toBe('12 hộ hộ hiến đất nguồn [1]');
    expect(news.querySelector('#nguon-1')).not.toBeNull();
  });

  test('adds no script', () => {
    expect(model.querySelector('.body')?.querySelectorAll('script')).toHaveLength(0);
  });

  test('passes html-validate', async () => {
    const config = JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8'));
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    for (const page of [MODEL_PAGE, NEWS_PAGE]) {
      const report = await validator.validateFile(path.join(build!.dist, page));
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${page}:${m.line} ${m.ruleId} ${m.message}`),
      );
      expect(messages).toEqual([]);
    }
  });

  test('has no WCAG 2.1 A or AA violation, and prints every component', async () => {
    const { server, url } = await startStaticServer(build!.dist);
    const browser = await launchTestChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${url}/${MODEL_PAGE.replace('index.html', '')}`);
      expect(await wcagViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.body figure.trich-dan', '.body ol.dong-thoi-gian', '.body .so-lieu']) {
        await expect(page.locator(selector).isVisible(), selector).resolves.toBe(true);
      }
    } finally {
      await browser.close();
      server.close();
    }
  });

  test('is found by the words inside a component', async () => {
    const found = await searchBuiltSite(build!.dist, 'qzxv');
    expect([...found], found.titles.join(' · ')).toEqual(['/mo-hinh/mo-hinh-thu-mdx/']);
  });
});

describe('a misused component', () => {
  test.concurrent.each([
    {
      name: 'in an .mdx file',
      file: 'models/the-mdx-sai/index.mdx',
      expected: [
        'content/models/the-mdx-sai/index.mdx:16: không có thẻ <TrichDann>',
        'content/models/the-mdx-sai/index.mdx:20: thẻ <TrichDan>, thuộc tính “nguon”: còn thiếu. Thêm nguon={1}',
        'content/models/the-mdx-sai/index.mdx:22: thẻ <TrichDan>, thuộc tính “nguon”: nguồn số 2 không có',
        'content/models/the-mdx-sai/index.mdx:27: thẻ <Moc>, thuộc tính “ngay”: “30/7/2020” không phải ngày hợp lệ',
      ],
    },
    {
      name: 'written in a .md file',
      file: 'models/the-trong-tep-md/index.md',
      expected: ['content/models/the-trong-tep-md/index.md:18: thẻ <TrichDan> chỉ dùng được trong tệp .mdx'],
    },
  ])('$name fails npm run check and the build, with the same Vietnamese message', async ({ file, expected }) => {
    await withProjectCopy({ [file]: fixture(`broken-content/${file}`) }, async (root) => {
      const checked = await run(process.execPath, [path.join(root, 'scripts/check-content.ts')], root);
      expect(checked.code, buildMessage(checked)).toBe(1);
      await seedPictures(root);
      const built = await buildCopy(root);
      expect(built.code, buildMessage(built)).not.toBe(0);
      for (const message of expected) {
        expect(checked.output).toContain(message);
        expect(built.output).toContain(message);
      }
    });
  });
});
