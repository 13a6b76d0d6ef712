// Renders the hand-written SVG illustrations in scripts/illustrations/*.svg to flat-colour PNG
// files (1600×900). What is drawn where is listed in scripts/illustrations/themes.json:
//
//   "cau": {
//     "svg": "cau",                 // optional: the SVG's name without .svg; defaults to the theme name
//     "alt": "Hình vẽ …",           // one sentence saying exactly what the picture shows (for cover.alt)
//     "credit": "Hình minh họa …",  // for cover.credit: says plainly it is a drawing
//     "targets": ["content/models/<slug>/anh-bia.png"]
//   }
//
// Each theme is rendered once and written to every one of its targets. A target must sit in an
// entry folder that already exists (content/…/<slug>/ with its index.md or index.mdx): the script
// never creates an entry folder. Every problem (unknown theme, missing SVG, SVG that no theme uses,
// <text> in an SVG, target outside content/ or in a missing entry, two themes on one target) is
// reported first and then nothing at all is written.
//
// Usage (from the project root):
//   ./node_modules/.bin/node scripts/render-illustrations.mjs               every theme → its targets
//   ./node_modules/.bin/node scripts/render-illustrations.mjs cau nha       only these themes
//   ./node_modules/.bin/node scripts/render-illustrations.mjs --preview DIR [themes…]
//       each theme once to DIR/<theme>.png, whatever its targets (for looking at them)
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const WIDTH = 1600;
const HEIGHT = 900;

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(scriptDir, '..');
const srcDir = path.join(scriptDir, 'illustrations');
const themesFile = path.join(srcDir, 'themes.json');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');

const exists = (p) =>
  access(p).then(
    () => true,
    () => false,
  );

// Arguments: theme names, and --preview DIR.
const args = process.argv.slice(2);
let previewDir = null;
const wanted = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--preview') {
    if (!args[i + 1]) {
      console.error('✗ --preview needs a folder: --preview /tmp/illus');
      process.exit(1);
    }
    previewDir = path.resolve(args[++i]);
  } else if (args[i].startsWith('-')) {
    console.error(`✗ unknown option ${args[i]} (only --preview DIR)`);
    process.exit(1);
  } else {
    wanted.push(args[i]);
  }
}

const errors = [];
let themes;
try {
  themes = JSON.parse(await readFile(themesFile, 'utf8'));
} catch (err) {
  console.error(`✗ ${rel(themesFile)}: cannot be read as JSON (${err.message})`);
  process.exit(1);
}
if (!themes || typeof themes !== 'object' || Array.isArray(themes)) {
  console.error(`✗ ${rel(themesFile)}: must be an object, theme name → { svg?, alt, credit, targets }`);
  process.exit(1);
}

const names = Object.keys(themes);
for (const name of wanted) {
  if (!Object.hasOwn(themes, name)) {
    errors.push(`no theme "${name}" in ${rel(themesFile)} (themes: ${names.join(', ')})`);
  }
}
const selected = wanted.length ? wanted.filter((n) => Object.hasOwn(themes, n)) : names;

const svgFiles = (await readdir(srcDir)).filter((f) => f.endsWith('.svg')).sort();
const usedSvgs = new Set();
const targetOwner = new Map();
const jobs = [];

for (const name of names) {
  const theme = themes[name];
  const where = `theme "${name}"`;
  if (!theme || typeof theme !== 'object') {
    errors.push(`${where}: must be an object { svg?, alt, credit, targets }`);
    continue;
  }
  const svgName = theme.svg ?? name;
  usedSvgs.add(`${svgName}.svg`);
  if (typeof theme.alt !== 'string' || !theme.alt.startsWith('Hình vẽ ')) {
    errors.push(`${where}: "alt" must be one sentence starting "Hình vẽ …"`);
  }
  if (typeof theme.credit !== 'string' || !theme.credit.trim()) {
    errors.push(`${where}: "credit" is missing`);
  }
  if (!Array.isArray(theme.targets) || theme.targets.some((t) => typeof t !== 'string')) {
    errors.push(`${where}: "targets" must be a list of paths (may be empty)`);
    continue;
  }
  for (const target of theme.targets) {
    const other = targetOwner.get(target);
    if (other) errors.push(`${where}: target ${target} is already drawn by theme "${other}"`);
    targetOwner.set(target, name);
  }
  if (!selected.includes(name)) continue;

  const outs = [];
  for (const target of theme.targets) {
    const out = path.resolve(root, target);
    const entryDir = path.dirname(out);
    if (!target.endsWith('.png') || !rel(out).startsWith('content/') || rel(out) !== target) {
      errors.push(`${where}: target ${target} must be a .png path under content/, relative to the project root`);
    } else if (!(await exists(path.join(entryDir, 'index.md'))) && !(await exists(path.join(entryDir, 'index.mdx')))) {
      errors.push(`${where}: target ${target}: no entry ${rel(entryDir)}/index.md(x) yet; create the entry first`);
    } else {
      outs.push(out);
    }
  }
  const svgPath = path.join(srcDir, `${svgName}.svg`);
  if (!svgFiles.includes(`${svgName}.svg`)) {
    errors.push(`${where}: missing source ${rel(svgPath)}`);
    continue;
  }
  const svg = await readFile(svgPath);
  if (/<(text|image|foreignObject)[\s>/]/i.test(svg.toString('utf8'))) {
    errors.push(`${rel(svgPath)}: contains <text>, <image> or <foreignObject>; draw shapes only`);
    continue;
  }
  jobs.push({ name, svg, svgName, outs });
}

for (const file of svgFiles) {
  if (!usedSvgs.has(file)) errors.push(`scripts/illustrations/${file}: no theme in ${rel(themesFile)} uses it`);
}

if (errors.length) {
  for (const e of errors) console.error(`✗ ${e}`);
  console.error(`✗ ${errors.length} problem(s); nothing was written`);
  process.exit(1);
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
if (previewDir) await mkdir(previewDir, { recursive: true });
for (const { name, svg, svgName, outs } of jobs) {
  const png = await sharp(svg, { density: 72 })
    .resize(WIDTH, HEIGHT, { fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true, quality: 90, effort: 10, dither: 0 })
    .toBuffer();
  const size = `svg ${kB(svg.length)}, png ${kB(png.length)}`;
  if (previewDir) {
    const out = path.join(previewDir, `${name}.png`);
    await writeFile(out, png);
    console.log(`✓ ${name} → ${out} (${size})`);
    continue;
  }
  if (!outs.length) {
    console.log(`· ${name}: no targets yet (${size})`);
    continue;
  }
  for (const out of outs) {
    await writeFile(out, png);
    console.log(`✓ ${name}${svgName === name ? '' : ` (${svgName}.svg)`} → ${rel(out)} (${size})`);
  }
}
