/**
 * `npm test`: every check, in the order that fails fastest, each stage a script that can be run on
 * its own (docs/TESTING.md). Stops at the first stage that fails, and always ends with how long
 * each stage took and the closing line "N passed, N failed" (scripts/test-summary.ts).
 * Stages run before this one (CI's apt-get, then scripts/publish.sh's npm ci, check and build, see
 * .ci/run) can be handed in through DVK_EARLIER_STAGES, one "name<TAB>command<TAB>result<TAB>seconds"
 * per line, to share the table; a stage of this list that one of them already ran with success (the
 * build) is not run twice.
 * Usage: npm test
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { getEarlierStages } from '../src/lib/env.ts';
import { summaryLines } from './test-summary.ts';

const root = path.resolve(import.meta.dirname, '..');
const REPORTS = path.join(root, '.vitest');

/** Stage name and the npm script it runs. */
const STAGES: [string, string][] = [
  ['types', 'check:types'],
  ['lint', 'lint'],
  ['build', 'build'],
  ['unit', 'test:unit'],
  ['builds', 'test:builds'],
  ['e2e', 'test:e2e'],
];

interface Row {
  name: string;
  command: string;
  result: string;
  seconds?: number;
}

/** Runs `npm run <script>` with this terminal, resolving to its exit code. */
function npmRun(script: string, onChild: (kill: (signal: NodeJS.Signals) => void) => void): Promise<number> {
  // npm_execpath is the npm that started `npm test`; run it with this Node (the project's).
  const npm = process.env['npm_execpath'];
  const [command, args] = npm ? [process.execPath, [npm, 'run', script]] : ['npm', ['run', script]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    onChild((signal) => child.kill(signal));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function earlierStages(): Row[] {
  return getEarlierStages()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', command = '', result = '', seconds = ''] = line.split('\t');
      return { name, command, result, ...(seconds === '' ? {} : { seconds: Number(seconds) }) };
    });
}

function table(rows: Row[]): string {
  const total = rows.reduce((sum, row) => sum + (row.seconds ?? 0), 0);
  const cells = [
    ['stage', 'command', 'result', 'time'],
    ...rows.map((r) => [r.name, r.command, r.result, r.seconds === undefined ? '—' : `${r.seconds.toFixed(1)} s`]),
    ['total', '', '', `${total.toFixed(1)} s`],
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(cells[0]!), rule, ...cells.slice(1, -1).map(line), rule, line(cells.at(-1)!)].join('\n');
}

// Reports from an earlier run must not be counted in this one's closing line.
rmSync(REPORTS, { recursive: true, force: true });

const rows: Row[] = earlierStages();
const alreadyRun = new Set(rows.filter((row) => row.result === 'ok').map((row) => row.name));
let status = 0;
let stopping: NodeJS.Signals | undefined;
let killChild: ((signal: NodeJS.Signals) => void) | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = signal;
    killChild?.(signal);
  });
}

for (const [name, script] of STAGES) {
  const command = `npm run ${script}`;
  if (status !== 0 || stopping) {
    rows.push({ name, command, result: 'not run' });
    continue;
  }
  if (alreadyRun.has(name)) {
    console.log(`\n▶ ${name}: ${command} already ran before npm test (see the table)`);
    continue;
  }
  console.log(`\n▶ ${name}: ${command}\n`);
  const started = performance.now();
  const code = await npmRun(script, (kill) => (killChild = kill));
  killChild = undefined;
  const seconds = (performance.now() - started) / 1000;
  rows.push({ name, command, result: stopping ? 'stopped' : code === 0 ? 'ok' : `failed (${code})`, seconds });
  if (code !== 0) status = code;
  else if (stopping) status = 130;
}

console.log(`\n${table(rows)}\n`);
console.log(summaryLines(REPORTS, status).join('\n'));
process.exitCode = status;
