/**
 * `npm run build`, which never leaves a broken site:
 * 1. `npm run check`'s own code checks the content the build will read (in a process of its own, whose
 *    memory is given back when it ends). Astro starts beside it, loads its config and syncs the
 *    content, then waits for the check's verdict before it builds anything
 *    (src/integrations/check-gate.ts). Errors print check's Vietnamese report and stop Astro
 *    there: no page has been rendered, copied or cached, and nothing of the site written. Astro's
 *    output is held back until the check has passed, so the report comes first. Warnings are
 *    printed and the build goes on.
 * 2. Astro builds into a fresh staging folder beside the site (`dist.new/`, or `<DVK_OUT_DIR>.new`).
 *    Astro's incremental build keeps its copies of earlier pages in the cache folder, not in the
 *    site folder, so a fresh folder still reuses every unchanged page.
 *    Once Astro has exited, Pagefind indexes the staging folder (scripts/lib/search-index.ts).
 * 3. Only when the whole build succeeded does the new site replace the old: the old folder is
 *    renamed away (`dist.old/`), the new one renamed in, the old one removed. The last good site
 *    stays servable at every moment but between the two renames; a failed build removes the
 *    staging folder and leaves the old site as it was.
 * 4. A short Vietnamese summary ends the output (scripts/lib/build-summary.ts).
 */
import { fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATE_PASSED, GATE_WAITING } from '../../src/integrations/check-gate.ts';
import { PURGE_SETTINGS } from '../../src/lib/allocator.ts';
import { ENV, getCacheDir, getContentDir, getOutDir } from '../../src/lib/env.ts';
import { toPosix } from '../../src/lib/posix-path.ts';
import { getToday } from '../../src/lib/today.ts';
import {
  compareSites,
  failureReason,
  formatFailure,
  formatSuccess,
  listPages,
  type FailureSummary,
} from './build-summary.ts';
import type { CheckSummary } from './check-process.ts';
import { writeSearchIndex } from './search-index.ts';

export interface BuildSiteOptions {
  /** The project folder: Astro runs there, and the folders below are relative to it. */
  root: string;
  /** The content to check and build; DVK_CONTENT_DIR in `env`, or `content/`, otherwise. */
  contentDir?: string;
  /** Where the site goes; DVK_OUT_DIR in `env`, or `dist/`, otherwise. */
  outDir?: string;
  /** Astro's cache folder; DVK_CACHE_DIR in `env`, or Astro's own default, otherwise. */
  cacheDir?: string;
  /** The environment the build reads (DVK_* variables) and Astro runs in; this process's by default. */
  env?: NodeJS.ProcessEnv;
  /** More arguments for `astro build`, e.g. `--force`. */
  args?: string[];
  /** Where printed text goes: standard output by default. */
  print?: (text: string) => void;
}

export interface BuildSiteResult {
  /** What `npm run build` exits with: 0 only when the new site replaced the old. */
  code: number;
  /** The check found errors (or could not run): Astro was stopped before it built anything. */
  refused: boolean;
  /** Everything printed: check's report, Astro's output and the summary. */
  output: string;
}

/** The staging folder a build writes into, beside the site folder. */
export const stagingDir = (outDir: string): string => `${outDir}.new`;
/** Where the old site waits, between the two renames, before it is removed. */
export const replacedDir = (outDir: string): string => `${outDir}.old`;

/** A folder as an editor knows it: `dist/` inside the project, the full path elsewhere. */
function folderLabel(root: string, dir: string): string {
  const relative = path.relative(root, dir);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
  return `${toPosix(shown)}/`;
}

interface AstroRun {
  code: number;
  signal: NodeJS.Signals | null;
  output: string;
}

/** `astro build` started, waiting for the content check's verdict (src/integrations/check-gate.ts). */
interface AstroProcess {
  /** How Astro ended. Its output is held back until `proceed` is called, then printed as it comes. */
  result: Promise<AstroRun>;
  /** The check passed: prints what Astro has said so far and lets it build. */
  proceed: () => void;
  /** The check did not pass: Astro is stopped before it builds anything, and its output dropped. */
  stop: () => void;
  /** The signal that told this build to stop (Ctrl+C, a CI timeout), if one did. */
  stoppedBy: () => NodeJS.Signals | null;
}

/**
 * Starts `astro build` in `root`. A signal that stops this process (Ctrl+C, a CI timeout) is passed
 * on to Astro, so the build still ends here, cleaning up after itself.
 */
function startAstro(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (text: string) => void,
): AstroProcess {
  const require = createRequire(path.join(root, 'package.json'));
  const cli = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [cli, 'build', ...args], {
    cwd: root,
    env: { ...env, [ENV.awaitCheck]: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  let held: string | undefined = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      output += text;
      if (held === undefined) print(text);
      else held += text;
    });
  }
  // Astro says when it waits; the answer goes once it waits and the check has passed.
  let waiting = false;
  let passed = false;
  const answer = () => {
    // Astro may have exited (a failed content sync) while the answer was on its way: no matter.
    if (waiting && passed && child.connected) child.send(GATE_PASSED, () => undefined);
  };
  child.on('message', (message) => {
    if (message !== GATE_WAITING) return;
    waiting = true;
    answer();
  });

  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  // A build told to stop is never published, whatever Astro exits with.
  let stoppedBy: NodeJS.Signals | null = null;
  const passOn = (signal: NodeJS.Signals) => {
    stoppedBy ??= signal;
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, passOn);
  const result = new Promise<AstroRun>((resolve, reject) => {
    const done = () => {
      for (const signal of signals) process.off(signal, passOn);
    };
    child.once('error', (error) => {
      done();
      reject(error);
    });
    child.once('close', (code, signal) => {
      done();
      const stopped = signal ?? stoppedBy;
      const stopCode = stopped ? signalExitCode(stopped) : 1;
      resolve({ code: code === null || (stopped && code === 0) ? stopCode : code, signal: stopped, output });
    });
  });
  return {
    result,
    proceed: () => {
      if (held) print(held);
      held = undefined;
      passed = true;
      answer();
    },
    stop: () => {
      if (!child.killed) child.kill('SIGTERM');
    },
    stoppedBy: () => stoppedBy,
  };
}

/** An `astro build` that could not start: `result` fails with why. */
function notStarted(error: unknown): AstroProcess {
  const result = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  return { result, proceed: () => undefined, stop: () => undefined, stoppedBy: () => null };
}

/** What a shell reports for a process ended by `signal`: 130 for Ctrl+C. */
const signalExitCode = (signal: NodeJS.Signals): number => 128 + constants.signals[signal];

/**
 * `checkContent` in a process of its own (scripts/lib/check-process.ts). Whatever the process
 * prints (a crash's stack trace) is kept for the error message.
 */
export function checkInProcess(root: string, contentDir: string, today: string): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./check-process.ts', import.meta.url)), [root, contentDir, today], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let printed = '';
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => (printed += text));
    }
    let result: CheckSummary | undefined;
    child.once('message', (message: CheckSummary) => (result = message));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (result) return resolve(result);
      const why = `tiến trình kiểm tra dừng (${signal ?? `mã ${code}`}) mà không trả kết quả`;
      reject(new Error(printed.trim() ? `${why}:\n${printed.trim()}` : why));
    });
  });
}

/**
 * Puts back a site a killed build left renamed away (killed between the two renames: the site
 * folder is gone, the old one still waits beside it), so the last good site is never lost.
 */
async function recoverReplaced(outDir: string): Promise<void> {
  if (!existsSync(outDir) && existsSync(replacedDir(outDir))) await rename(replacedDir(outDir), outDir);
  await rm(replacedDir(outDir), { recursive: true, force: true });
}

/** Replaces the site folder with the staging folder: rename the old away, the new in, remove the old. */
async function replaceSite(staging: string, outDir: string): Promise<void> {
  const replaced = replacedDir(outDir);
  const hadSite = existsSync(outDir);
  if (hadSite) await rename(outDir, replaced);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadSite) await rename(replaced, outDir);
    throw error;
  }
  await rm(replaced, { recursive: true, force: true });
}

/** Checks the content, builds the site into a staging folder and, only if all went well, publishes it. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const env = options.env ?? process.env;
  const write = options.print ?? ((text: string) => void process.stdout.write(text));
  let output = '';
  const print = (text: string) => {
    output += text;
    write(text);
  };
  const say = (text: string) => print(`${text}\n`);

  const root = path.resolve(options.root);
  const contentDir = path.resolve(root, options.contentDir ?? getContentDir(env));
  const outDir = path.resolve(root, options.outDir ?? getOutDir(env) ?? 'dist');
  const cacheDir = options.cacheDir ?? getCacheDir(env);
  const staging = stagingDir(outDir);
  const outLabel = folderLabel(root, outDir);

  await recoverReplaced(outDir);
  const fail = (reason: string, kind: FailureSummary['kind'], code = 1): BuildSiteResult => {
    say(formatFailure({ reason, kind, outLabel, hadPrevious: existsSync(outDir) }));
    return { code, refused: kind === 'refused', output };
  };

  // 1. Astro starts, into a fresh staging folder (a killed build may have left one), and waits for
  //    the check below before it builds anything.
  await rm(staging, { recursive: true, force: true });
  const astroEnv: NodeJS.ProcessEnv = {
    // mimalloc's settings (src/lib/allocator.ts); a value already in the environment is kept.
    ...PURGE_SETTINGS,
    ...env,
    // Astro's anonymous usage reports go to a third-party host; the site promises no request to one.
    ASTRO_TELEMETRY_DISABLED: '1',
    [ENV.contentDir]: path.relative(root, contentDir) || '.',
    [ENV.outDir]: staging,
    ...(cacheDir ? { [ENV.cacheDir]: path.resolve(root, cacheDir) } : {}),
  };
  // Only the dev server shows drafts and scheduled entries; a build never does.
  delete astroEnv[ENV.showUnpublished];
  let astro: AstroProcess;
  try {
    astro = startAstro(root, options.args ?? [], astroEnv, print);
  } catch (error) {
    // Astro not installed, say: told after the check, whose verdict comes first.
    astro = notStarted(error);
  }
  // Awaited once the check is done; a failed start meanwhile must not count as unhandled.
  astro.result.catch(() => undefined);
  /**
   * Stops Astro (it has built nothing yet) and removes what it may have begun; then fails with
   * `reason`, unless a signal stopped the build meanwhile (Ctrl+C also stops the check).
   */
  const refuse = async (reason: string): Promise<BuildSiteResult> => {
    astro.stop();
    await astro.result.catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    const signal = astro.stoppedBy();
    if (signal) return fail(`nhận tín hiệu ${signal}.`, 'stopped', signalExitCode(signal));
    return fail(reason, 'refused');
  };

  // The same check as `npm run check`, over the content this build reads, on the same day.
  let check: CheckSummary;
  try {
    check = await checkInProcess(root, contentDir, getToday(env));
  } catch (error) {
    return refuse(`không kiểm tra được nội dung: ${(error as Error).message}`);
  }
  say(check.report);
  const { errors, warnings } = check;
  if (errors > 0) return refuse(`kiểm tra nội dung thấy ${errors} lỗi (danh sách ở trên).`);
  say('');
  // 2. Astro builds, printing as it goes.
  astro.proceed();
  let run: AstroRun;
  try {
    run = await astro.result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return fail(`không chạy được Astro: ${(error as Error).message}`, 'failed');
  }
  if (run.code !== 0) {
    await rm(staging, { recursive: true, force: true });
    if (run.signal) return fail(`nhận tín hiệu ${run.signal}.`, 'stopped', run.code);
    return fail(failureReason(run.output) ?? `Astro dừng với mã lỗi ${run.code}.`, 'failed', run.code);
  }

  // The search index, once Astro's memory is given back (scripts/lib/search-index.ts).
  try {
    const started = performance.now();
    const { pages } = await writeSearchIndex(staging);
    say(`Đã lập chỉ mục tìm kiếm cho ${pages} trang (${Math.round(performance.now() - started)} ms).`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return fail((error as Error).message, 'failed');
  }

  // 3. Publish: the old site is replaced only by a whole new one.
  const before = listPages(outDir);
  const after = listPages(staging);
  if (after.size === 0) {
    await rm(staging, { recursive: true, force: true });
    return fail('Astro báo xong nhưng không tạo ra trang nào.', 'failed');
  }
  const changes = compareSites(before, after);
  try {
    await replaceSite(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return fail(`không thay được trang web mới vào ${outLabel}: ${(error as Error).message}`, 'failed');
  }
  say(formatSuccess({ pages: after.size, outLabel, hadPrevious: before.size > 0, changes, warnings }));
  return { code: 0, refused: false, output };
}
