/**
 * Runs the Astro CLI with telemetry switched off, on every platform. Astro's anonymous usage
 * reports go to a third-party host; this site promises no request to one, at build time included.
 * It also tells the site whether unpublished entries may be shown (dev server only).
 * `build` goes through scripts/lib/build-site.ts: the content check first, then a build into a
 * staging folder that replaces `dist/` only when it succeeded, then a Vietnamese summary.
 * Usage: node scripts/astro.ts build | preview | dev | check …
 */
import './lib/compile-cache.ts';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENV } from '../src/lib/env.ts';

const [command, ...rest] = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (command === 'build') {
  // Astro's output is passed through a pipe: keep its colours when a person watches a terminal.
  if (process.stdout.isTTY && env['NO_COLOR'] === undefined && env['FORCE_COLOR'] === undefined) {
    env['FORCE_COLOR'] = '1';
  }
  // Loaded only here: the content check's modules would slow `npm run dev` for nothing.
  const { buildSite } = await import('./lib/build-site.ts');
  process.exitCode = (await buildSite({ root: process.cwd(), env, args: rest })).code;
} else {
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  // Only the dev server shows drafts and scheduled entries (with a banner); nothing else does.
  if (command === 'dev') {
    env[ENV.showUnpublished] = '1';
    // Astro 7 sends `astro dev` to the background when it thinks an automated agent runs it;
    // `npm run dev` should behave the same for everyone: in front, stopped with Ctrl+C.
    env['ASTRO_DEV_BACKGROUND'] = '0';
  } else delete env[ENV.showUnpublished];
  const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    process.exit(code ?? 1);
  });
}
