// Renders the hand-written SVG illustrations in scripts/illustrations/*.svg
// to flat-colour PNG files (1600×900) at the paths listed below.
// Usage: cd /work/main && npx node scripts/render-illustrations.mjs
import { readFile, readdir, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** SVG source name (without .svg) → PNG target, relative to the project root. */
const TARGETS = {
  'duong-be-tong-tan-chau': 'content/models/duong-be-tong-ra-canh-dong-tan-chau/anh-bia.png',
  'thanh-nien-khoi-nghiep-tinh-bien': 'content/models/ho-tro-thanh-nien-vay-von-khoi-nghiep-tinh-bien/anh-bia.png',
  'do-dau-phu-tan': 'content/models/do-dau-phu-nu-don-than-tre-em-khuyet-tat-phu-tan/anh-bia.png',
  'hien-dat-lam-duong-thoai-son': 'content/models/hien-dat-lam-duong-thoai-son/anh-bia.png',
  'hoi-nghi-tong-ket-2023': 'content/news/hoi-nghi-tong-ket-cong-tac-dan-van-2023/anh-bia.png',
};

const WIDTH = 1600;
const HEIGHT = 900;

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(scriptDir, '..');
const srcDir = path.join(scriptDir, 'illustrations');

const files = (await readdir(srcDir)).filter((f) => f.endsWith('.svg')).sort();
let failed = false;

for (const file of files) {
  const name = file.slice(0, -'.svg'.length);
  const target = TARGETS[name];
  if (!target) {
    console.error(`✗ ${file}: no target path in TARGETS, skipped`);
    failed = true;
    continue;
  }
  const svg = await readFile(path.join(srcDir, file));
  if (/<text[\s>]/i.test(svg.toString('utf8'))) {
    console.error(`✗ ${file}: contains <text>; fonts are unreliable, remove it`);
    failed = true;
    continue;
  }
  const out = path.join(root, target);
  await mkdir(path.dirname(out), { recursive: true });
  await sharp(svg, { density: 72 })
    .resize(WIDTH, HEIGHT, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10, dither: 0 })
    .toFile(out);
  const { size } = await stat(out);
  console.log(`✓ ${target} (${(size / 1024).toFixed(1)} kB)`);
}

for (const name of Object.keys(TARGETS)) {
  if (!files.includes(`${name}.svg`)) {
    console.error(`✗ missing source scripts/illustrations/${name}.svg`);
    failed = true;
  }
}

if (failed) process.exitCode = 1;
