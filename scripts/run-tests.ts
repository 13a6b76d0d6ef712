/**
 * `npm test`: every check, in the order that fails fastest, each stage a script that can be run on
 * its own (docs/TESTING.md). Stops after the first step that fails, and always ends with how long
 * each stage took and the closing line "N passed, N failed" (scripts/test-summary.ts).
 * Two steps run their stages side by side, each stage's output printed whole when it ends so it
 * never interleaves:
 * - types and lint: tsc and ESLint use one core each, so on a 2-core machine the pair takes the
 *   time of the longer one. The unit tests wait: `astro check` rewrites `.astro/`, which Astro's
 *   Vite config (the unit project's) reads.
 * - the build tests and the browser tests: the builds keep the cores busy while the browser
 *   tests wait on pages, Lighthouse and the editor. Neither touches what the other reads (the
 *   build tests build copies of the project; the browser tests serve `dist/`), and no test
 *   depends on timing, so sharing the machine changes durations, not results.
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

/** Steps in order; the stages of one step (name and the npm script it runs) run side by side. */
const STEPS: [string, string][][] = [
  [
    ['types', 'check:types'],
    ['lint', 'lint'],
  ],
  [['build', 'build']],
  [['unit', 'test:unit']],
  [
    ['builds', 'test:builds'],
    ['e2e', 'test:e2e'],
  ],
];

interface Row {
  name: string;
  command: string;
  result: string;
  seconds?: number;
}

/**
 * Runs `npm run <script>`, resolving to its exit code: with this terminal, or with its output kept
 * and handed to `print` in one piece when it ends (a stage beside others).
 */
function npmRun(
  script: string,
  onChild: (kill: (signal: NodeJS.Signals) => void) => void,
  print?: (output: string) => void,
): Promise<number> {
  // npm_execpath is the npm that started `npm test`; run it with this Node (the project's).
  const npm = process.env['npm_execpath'];
  const [command, args] = npm ? [process.execPath, [npm, 'run', script]] : ['npm', ['run', script]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: print ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    onChild((signal) => child.kill(signal));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      print?.(Buffer.concat(output).toString());
      resolve(code ?? (signal ? 128 : 1));
    });
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

/** The table of stages; `total` is the time they took from first to last (stages side by side count once). */
function table(rows: Row[], total: number): string {
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
// The earlier stages ran one after the other.
let total = rows.reduce((sum, row) => sum + (row.seconds ?? 0), 0);
const alreadyRun = new Set(rows.filter((row) => row.result === 'ok').map((row) => row.name));
let status = 0;
let stopping: NodeJS.Signals | undefined;
const running = new Set<(signal: NodeJS.Signals) => void>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = signal;
    for (const kill of running) kill(signal);
  });
}

/** Runs one stage (beside others when `together`); resolves to its row of the table and its exit code. */
async function runStage(name: string, script: string, together: boolean): Promise<{ row: Row; code: number }> {
  const command = `npm run ${script}`;
  console.log(
    `\n▶ ${name}: ${command}${together ? ' (beside the other stages of this step; its output follows when it ends)' : ''}\n`,
  );
  const started = performance.now();
  let kill: ((signal: NodeJS.Signals) => void) | undefined;
  const code = await npmRun(
    script,
    (k) => running.add((kill = k)),
    together ? (output) => console.log(`\n▶ ${name}: ${command} ended\n\n${output}`) : undefined,
  );
  if (kill) running.delete(kill);
  const seconds = (performance.now() - started) / 1000;
  return {
    row: { name, command, result: stopping ? 'stopped' : code === 0 ? 'ok' : `failed (${code})`, seconds },
    code,
  };
}

for (const step of STEPS) {
  const toRun = step.filter(([name, script]) => {
    if (!alreadyRun.has(name)) return true;
    console.log(`\n▶ ${name}: npm run ${script} already ran before npm test (see the table)`);
    return false;
  });
  if (status !== 0 || stopping) {
    for (const [name, script] of toRun) rows.push({ name, command: `npm run ${script}`, result: 'not run' });
    continue;
  }
  const started = performance.now();
  const results = await Promise.all(toRun.map(([name, script]) => runStage(name, script, toRun.length > 1)));
  total += (performance.now() - started) / 1000;
  // In the order of the step, whichever ended first.
  rows.push(...results.map((r) => r.row));
  const failed = results.map((r) => r.code).find((code) => code !== 0);
  if (failed !== undefined) status = failed;
  else if (stopping) status = 130;
}

console.log(`\n${table(rows, total)}\n`);
console.log(summaryLines(REPORTS, status, root).join('\n'));
process.exitCode = status;
