/** Picture paths and names: inside the entry's folder, holdable by every file system, really there. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nameProblem, picturePathProblem } from '../../src/loaders/pictures.ts';

const root = mkdtempSync(path.join(tmpdir(), 'dvk-pictures-'));
const entry = path.join(root, 'models', 'bai');
mkdirSync(path.join(entry, 'anh'), { recursive: true });
writeFileSync(path.join(entry, 'anh-bia.png'), 'x');
writeFileSync(path.join(entry, 'anh', '1.png'), 'x');
writeFileSync(path.join(entry, 'Hoa.PNG'), 'x');
writeFileSync(path.join(entry, 'a\u0301nh.png'), 'x');
writeFileSync(path.join(root, 'ngoai.png'), 'x');
symlinkSync(path.join(root, 'ngoai.png'), path.join(entry, 'lien-ket.png'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('picturePathProblem', () => {
  test('accepts a file in the entry folder or below it', () => {
    expect(picturePathProblem(entry, './anh-bia.png')).toBeUndefined();
    expect(picturePathProblem(entry, 'anh/1.png')).toBeUndefined();
  });
  test.each([
    ['../../ngoai.png', /nằm ngoài thư mục của bài/],
    ['./anh/../../../ngoai.png', /nằm ngoài thư mục của bài/],
    ['.', /nằm ngoài thư mục của bài/],
    ['/etc/hostname', /không dùng địa chỉ web hay đường dẫn bắt đầu bằng \//],
    ['https://e.org/a.png', /không dùng địa chỉ web/],
    ['./lien-ket.png', /liên kết \(symlink\) trỏ ra ngoài thư mục của bài/],
    ['./hoa.png', /có “Hoa.PNG”, khác chữ hoa, chữ thường/],
    ['./ánh.png', /Unicode tổ hợp/],
    ['./khong-co.png', /không tìm thấy tệp ảnh \.\/khong-co\.png cạnh bài viết/],
    ['./anh', /là một thư mục/],
  ])('refuses %s', (src, message) => expect(picturePathProblem(entry, src)).toMatch(message));
});

describe('nameProblem', () => {
  test('accepts ordinary names, with or without marks', () => {
    expect(nameProblem('anh-bia.jpg')).toBeUndefined();
    expect(nameProblem('ảnh bìa.jpg')).toBeUndefined();
  });
  test('refuses names no file system or Windows can hold', () => {
    expect(nameProblem(`${'a'.repeat(252)}.png`)).toMatch(/dài 256 byte/);
    expect(nameProblem(`${'ả'.repeat(90)}.png`)).toMatch(/byte/);
    expect(nameProblem('anh:bia.png')).toMatch(/ký tự “:”/);
    expect(nameProblem('anh\u0007.png')).toMatch(/mã điều khiển U\+0007/);
    expect(nameProblem('anh-bia.png ')).toMatch(/dấu cách hoặc dấu chấm/);
  });
});
