/**
 * `npm run screenshots`: the pictures of the web editor in docs/huong-dan-bien-tap.md, taken from
 * the real editor so they stay current. Builds nothing: it serves the `dist/` of the last
 * `npm run build` on loopback, opens /admin/ in Debian's Chromium (scripts/lib/chromium.ts), works
 * on a copy of `content/` in the browser's private file system (as the browser tests do,
 * tests/e2e/setup/opfs.ts) and writes, resized to at most 1000 px wide, into docs/anh/:
 * the sign-in page, the model list, a new model's form, and its preview.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { filesOf, pickOpfsFolder, seedOpfs } from '../tests/e2e/setup/opfs.ts';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'dist');
const out = path.join(root, 'docs', 'anh');
const MAX_WIDTH = 1000;

/** The pictures, by file name in docs/anh/, in the order they are taken. */
export const SCREENSHOTS = {
  signIn: 'bien-tap-dang-nhap.png',
  list: 'bien-tap-danh-sach.png',
  form: 'bien-tap-mo-hinh-moi.png',
  preview: 'bien-tap-xem-truoc.png',
} as const;

/** Saves a screenshot resized to at most MAX_WIDTH px wide, as an optimised PNG. */
async function save(shot: Buffer, name: string): Promise<void> {
  const png = await sharp(shot)
    .resize({ width: MAX_WIDTH, withoutEnlargement: true })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 })
    .toBuffer();
  await writeFile(path.join(out, name), png);
  console.log(`  docs/anh/${name} (${Math.round(png.length / 1024)} kB)`);
}

const shoot = async (target: Page | Locator, name: string) => save(await target.screenshot(), name);

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'admin', 'index.html'))) {
    throw new Error('Chưa có bản build có /admin/: chạy “npm run build” trước “npm run screenshots”.');
  }
  await mkdir(out, { recursive: true });
  const { server, url } = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await pickOpfsFolder(context);
    const page = await context.newPage();
    await page.goto(`${url}/gioi-thieu/`);
    await seedOpfs(page, filesOf(path.join(root, 'content')));

    await page.goto(`${url}/admin/`);
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await local.waitFor();
    await shoot(page, SCREENSHOTS.signIn);

    await local.click();
    await page.getByText('Tạo mới', { exact: true }).first().waitFor();
    await page.getByRole('listitem').or(page.getByRole('row')).first().waitFor();
    await shoot(page, SCREENSHOTS.list);

    await page.getByText('Tạo mới', { exact: true }).first().click();
    await page.waitForURL(/#\/collections\/models\/new/);
    await page.getByRole('textbox', { name: 'Tên mô hình' }).fill('Tủ thuốc nam ấp Long Hòa');
    await page
      .getByRole('textbox', { name: 'Tóm tắt' })
      .fill('Tủ thuốc nam đặt ở nhà văn hóa ấp, do hội viên phụ nữ trồng và chăm, cho bà con dùng khi cần.');
    await page.getByRole('combobox', { name: 'Địa bàn' }).click();
    await page.getByRole('option', { name: /\(tan-chau\)/ }).click();
    await page.getByRole('radio', { name: 'Văn hóa – xã hội' }).check();
    await page.getByRole('radio', { name: 'Tập thể' }).check();
    await page.getByRole('spinbutton', { name: 'Năm ghi nhận' }).fill('2024');
    // A fixed day, so the pictures change only when the editor does.
    await page.getByRole('textbox', { name: 'Ngày đăng' }).fill('2026-11-20');
    await page.getByRole('textbox', { name: 'Tên mô hình' }).scrollIntoViewIfNeeded();
    const preview = page.frameLocator('iframe').first();
    await preview.locator('h1', { hasText: 'Tủ thuốc nam ấp Long Hòa' }).waitFor();
    await shoot(page, SCREENSHOTS.form);
    await shoot(page.getByRole('group', { name: /^Xem trước nội dung/ }), SCREENSHOTS.preview);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Chụp trình biên tập /admin/ vào docs/anh/:');
  await main();
}
