/**
 * What a member of staff does in the web editor at /admin/, in Debian's Chromium set to English,
 * on a copy of content/ in the browser's private file system (setup/opfs.ts): one browser and one
 * seeded context for the whole file, the tests in order, each starting from the model list.
 * 1. A new model with every kind of field, saved, read back to disk: the files the checker
 *    accepts, and (published) a build of that copy shows the page and finds it in search.
 * 2. Saving with a required field empty is refused in Vietnamese, and nothing is written.
 * 3. Renaming an existing model changes only its title line.
 * No request leaves the site and no CSP violation is reported (checked after each test).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { buildWithContent, searchBuiltSite } from '../builds/build-fixture.ts';
import { baseUrl, launchBrowser } from './setup/browser.ts';
import {
  EDITOR_TEST_TIMEOUT,
  foreignRequests,
  newEditorContext,
  openRepository,
  pick,
  saveEntry,
  startNewModel,
  type EditorContext,
} from './setup/editor.ts';
import { filesOf, readOpfs, type RepoFile } from './setup/opfs.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const content = path.join(projectRoot, 'content');
const cover = fileURLToPath(new URL('../fixtures/editor/cover.png', import.meta.url));

const TITLE = 'Tủ thuốc nam ấp Long Hòa';
const SLUG = 'tu-thuoc-nam-ap-long-hoa';
/** Marks, spaces and an upper-case extension: the editor saves it as `anh-bia-tu-thuoc.png`. */
const UPLOADED_NAME = 'Ảnh Bìa Tủ Thuốc.PNG';
const SAVED_NAME = 'anh-bia-tu-thuoc.png';
/** A published model of the sample content whose title test 3 changes. */
const RENAMED = {
  folder: 'duong-be-tong-ra-canh-dong-tan-chau',
  from: 'Bê tông hóa đường ra cánh đồng',
  to: 'Bê tông hóa đường ra cánh đồng Tân Châu',
};

vi.setConfig({ testTimeout: EDITOR_TEST_TIMEOUT, hookTimeout: EDITOR_TEST_TIMEOUT });

let browser: Browser;
let editor: EditorContext;
let page: Page;
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'dvk-editor-'));
  browser = await launchBrowser();
  editor = await newEditorContext(browser);
  page = await editor.context.newPage();
  await openRepository(page, filesOf(content));
  await page.getByText(RENAMED.from).first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});
afterEach(async () => {
  expect(foreignRequests(editor.requests, baseUrl())).toEqual([]);
  expect(editor.violations).toEqual([]);
});

/** Sveltia wraps names in its labels in Unicode isolates (U+2068 … U+2069). */
const isolated = (name: string) => `\u2068${name}\u2069`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The editor's box for the field labelled `label` (within `scope`). */
const field = (label: string, scope: Page | Locator = page): Locator =>
  scope.getByRole('group', { name: new RegExp(`^Trường “${escape(isolated(label))}”$`) });
const addButton = (singular: string, scope: Page | Locator = page) =>
  scope.getByRole('button', { name: `Thêm ${isolated(singular)}` });

/** Every file under content/ of the repository in the browser, as the editor left it. */
const repositoryFiles = () => readOpfs(page, 'content');

/** Writes `files` (paths starting `content/`) under `folder`. */
async function writeFiles(folder: string, files: RepoFile[]) {
  for (const file of files) {
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}

/** Every string anywhere in `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Back to the model list, whatever the editor shows. */
async function toModelList() {
  await page.goto(new URL('/admin/#/collections/models', baseUrl()).href);
  await page.getByText(RENAMED.from).first().waitFor();
}

describe('staff in the web editor', () => {
  test('create a model with every kind of field: the checker accepts the files, and once published the site shows it and finds it', async () => {
    await startNewModel(page, TITLE, /\(tan-chau\)/);
    await page
      .getByRole('textbox', { name: 'Tóm tắt' })
      .fill('Tủ thuốc nam đặt ở nhà văn hóa ấp, do hội viên phụ nữ trồng và chăm, cho bà con dùng khi cần.');
    await page.getByRole('radio', { name: 'Văn hóa – xã hội' }).check();
    await page.getByRole('radio', { name: 'Tập thể' }).check();
    await page.getByRole('checkbox', { name: 'Hội Liên hiệp Phụ nữ tỉnh An Giang' }).check();
    await page.getByRole('spinbutton', { name: 'Năm ghi nhận' }).fill('2024');
    await page.getByRole('textbox', { name: 'Ngày đăng' }).fill('2026-11-20');
    await page.getByRole('textbox', { name: 'Ngày cập nhật' }).fill('2026-11-28');

    // The cover: a picture chosen from the computer, then its description and credit.
    await page.getByRole('checkbox', { name: `Thêm ${isolated('Ảnh bìa')}` }).check();
    const coverBox = field('Ảnh bìa');
    await coverBox
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: UPLOADED_NAME, mimeType: 'image/png', buffer: await readFile(cover) });
    await coverBox.getByRole('textbox', { name: 'Mô tả ảnh (alt)' }).fill('Hình vẽ một lối đi giữa ruộng xanh.');
    await coverBox.getByRole('textbox', { name: 'Nguồn ảnh' }).fill('Hình minh họa của bộ kiểm thử');

    const figures = field('Số liệu chính');
    await addButton('số liệu', figures).click();
    await figures.getByRole('textbox', { name: 'Tên số liệu' }).fill('Cây thuốc đã trồng');
    await figures.getByRole('spinbutton', { name: 'Con số' }).fill('120');
    await figures.getByRole('textbox', { name: 'Đơn vị' }).fill('cây');
    await figures.getByRole('textbox', { name: 'Thời điểm' }).fill('2024-03');
    await figures.getByRole('spinbutton', { name: 'Nguồn số' }).fill('1');

    const steps = field('Cách làm');
    await addButton('bước', steps).click();
    await steps.getByRole('textbox').first().fill('Hội viên góp cây giống và chia nhau chăm tủ thuốc.');

    const sources = field('Nguồn tin');
    await addButton('nguồn tin', sources).click();
    await sources.getByRole('textbox', { name: 'Tên bài' }).fill('Tủ thuốc nam của hội phụ nữ ấp Long Hòa');
    await sources.getByRole('textbox', { name: 'Nơi đăng' }).fill('Bộ kiểm thử');
    await sources.getByRole('textbox', { name: 'Ngày đăng' }).fill('2024-03-07');
    await sources.getByRole('textbox', { name: 'Địa chỉ bài (URL)' }).fill('https://example.org/tu-thuoc-nam');

    await pick(page, 'Mô hình liên quan', /^Bê tông hóa đường ra cánh đồng$/);

    await page
      .getByRole('textbox', { name: 'Nội dung chi tiết' })
      .fill('Bà con ấp Long Hòa tự tay trồng và giữ tủ thuốc.');

    await saveEntry(page, new RegExp(`#/collections/models/entries/${SLUG}`));

    // Read the repository back to disk.
    const copy = path.join(temp, 'created');
    await writeFiles(copy, await repositoryFiles());
    const tempContent = path.join(copy, 'content');
    const folder = path.join(tempContent, 'models', SLUG);
    expect(existsSync(path.join(folder, SAVED_NAME))).toBe(true);
    expect(await readFile(path.join(folder, SAVED_NAME))).toEqual(await readFile(cover));
    const text = await readFile(path.join(folder, 'index.md'), 'utf8');
    const [, frontmatter = '', markdown = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(data).toEqual({
      title: TITLE,
      summary: 'Tủ thuốc nam đặt ở nhà văn hóa ấp, do hội viên phụ nữ trồng và chăm, cho bà con dùng khi cần.',
      place: 'tan-chau',
      field: 'van-hoa-xa-hoi',
      kind: 'tap-the',
      organisations: ['hoi-lien-hiep-phu-nu-tinh-an-giang'],
      year: 2024,
      published: '2026-11-20',
      updated: '2026-11-28',
      cover: {
        src: SAVED_NAME,
        alt: 'Hình vẽ một lối đi giữa ruộng xanh.',
        credit: 'Hình minh họa của bộ kiểm thử',
      },
      figures: [{ label: 'Cây thuốc đã trồng', value: 120, unit: 'cây', asOf: '2024-03', source: 1 }],
      steps: ['Hội viên góp cây giống và chia nhau chăm tủ thuốc.'],
      sources: [
        {
          title: 'Tủ thuốc nam của hội phụ nữ ấp Long Hòa',
          outlet: 'Bộ kiểm thử',
          date: '2024-03-07',
          url: 'https://example.org/tu-thuoc-nam',
        },
      ],
      related: ['duong-be-tong-ra-canh-dong-tan-chau'],
      featured: false,
      draft: true,
    });
    expect(strings(data).filter((value) => value.trim() === '')).toEqual([]);
    expect(markdown.trim()).toBe('Bà con ấp Long Hòa tự tay trồng và giữ tủ thuốc.');

    const checked = await checkContent(projectRoot, tempContent);
    expect(checked.findings.filter((f) => f.severity !== 'note')).toEqual([]);

    // Published, the copy builds, shows the page and search finds it.
    const published = text.replace(/^draft: true$/m, 'draft: false');
    let found: string[] = [];
    let page_ = '';
    const { code, output } = await buildWithContent(
      {},
      async (dist) => {
        page_ = await readFile(path.join(dist, 'mo-hinh', SLUG, 'index.html'), 'utf8');
        found = await searchBuiltSite(dist, 'tu thuoc nam long hoa');
      },
      async (root) => {
        await rm(path.join(root, 'content'), { recursive: true });
        await cp(tempContent, path.join(root, 'content'), { recursive: true });
        await writeFile(path.join(root, 'content', 'models', SLUG, 'index.md'), published);
      },
    );
    expect(code, output).toBe(0);
    expect(page_).toContain(TITLE);
    expect(page_).toContain('Hình vẽ một lối đi giữa ruộng xanh.');
    expect(found).toContain(`/mo-hinh/${SLUG}/`);
  });

  test('rename an existing model: only its title line changes', async () => {
    const file = `content/models/${RENAMED.folder}/index.md`;
    const before = await readFile(path.join(projectRoot, file), 'utf8');
    await toModelList();
    await page.getByText(RENAMED.from).first().click();
    const title = page.getByRole('textbox', { name: 'Tên mô hình' });
    await expect.poll(() => title.inputValue()).toBe(RENAMED.from);
    await title.fill(RENAMED.to);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bài viết.').waitFor();
    const after = (await repositoryFiles()).find((f) => f.path === file)!.bytes.toString('utf8');
    const [was, is] = [before.split('\n'), after.split('\n')];
    expect(is.length).toBe(was.length);
    const changed = was.flatMap((line, at) => (line === is[at] ? [] : [[line, is[at]]]));
    expect(changed).toEqual([[`title: ${RENAMED.from}`, `title: ${RENAMED.to}`]]);
  });

  test('save with the summary empty: refused in Vietnamese, nothing written', async () => {
    await toModelList();
    const before = await repositoryFiles();
    // Every other required field filled: the summary alone stands in the way.
    await startNewModel(page, 'Mô hình chưa có tóm tắt', /\(tan-chau\)/);
    await page.getByRole('radio', { name: 'Kinh tế' }).check();
    await page.getByRole('radio', { name: 'Cá nhân' }).check();
    const sources = field('Nguồn tin');
    await addButton('nguồn tin', sources).click();
    await sources.getByRole('textbox', { name: 'Nơi đăng' }).fill('Bộ kiểm thử');
    await sources.getByRole('textbox', { name: 'Ngày đăng' }).fill('2024');
    await sources.getByRole('textbox', { name: 'Địa chỉ bài (URL)' }).fill('https://example.org/chua-co-tom-tat');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Có 1 trường bị lỗi. Vui lòng sửa lỗi để lưu bài viết.').waitFor();
    await field('Tóm tắt').getByText('Trường bắt buộc.').waitFor();
    expect(page.url()).toMatch(/#\/collections\/models\/new\?draft=true$/);
    expect(await repositoryFiles()).toEqual(before);
  });
});
