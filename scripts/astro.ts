/**
 * Runs the Astro CLI with telemetry switched off, on every platform. Astro's anonymous usage
 * reports go to a third-party host; this site promises no request to one, at build time included.
 * Usage: node scripts/astro.ts build | preview | dev | check …
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
