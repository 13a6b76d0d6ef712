/**
 * Astro's build waits for `npm run build`'s content check (src/integrations/check-gate.ts). Each
 * test runs the integration's two hooks, as Astro calls them, in a process of its own with an IPC
 * channel, as scripts/lib/build-site.ts starts Astro, and plays the build's part.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GATE_PASSED, GATE_WAITING } from '../../src/integrations/check-gate.ts';
import { ENV } from '../../src/lib/env.ts';

let dir = '';
let script = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dvk-check-gate-'));
  script = path.join(dir, 'astro-build.ts');
  const gate = pathToFileURL(path.resolve('src/integrations/check-gate.ts')).href;
  // What Astro's build does with the integration: its config hook first, later its build hook.
  await writeFile(
    script,
    `import { checkGate } from ${JSON.stringify(gate)};
const { hooks } = checkGate();
await hooks['astro:config:setup']({ command: 'build' });
console.log('config loaded');
await hooks['astro:build:start']({});
console.log('building');
`,
  );
});
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

interface Run {
  child: ChildProcess;
  /** How it ended: its exit code and all it printed. */
  ended: Promise<{ code: number | null; printed: string }>;
}

function startBuild(env: NodeJS.ProcessEnv): Run {
  const child = fork(script, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let printed = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => (printed += text));
  }
  // Not 'close': after the test's own disconnect, Node never emits it.
  const ended = Promise.all([once(child, 'exit'), finished(child.stdout!), finished(child.stderr!)]).then(
    ([[code]]) => ({ code: code as number | null, printed }),
  );
  return { child, ended };
}

/** The first message the process sends. */
const firstMessage = (child: ChildProcess) => new Promise<unknown>((resolve) => child.once('message', resolve));

test('a build started by npm run build waits at its start until the check has passed', async () => {
  const run = startBuild({ [ENV.awaitCheck]: '1' });
  expect(await firstMessage(run.child)).toBe(GATE_WAITING);
  // That it waits for this answer is the next test's proof (a look at its output here could only
  // pass: a build that did not wait might not have printed yet either).
  run.child.send(GATE_PASSED);
  // Ends by itself: the channel it was answered on no longer keeps it alive.
  const { code, printed } = await run.ended;
  expect(code, printed).toBe(0);
  expect(printed).toBe('config loaded\nbuilding\n');
});

test('the build stops, saying why, when npm run build goes away before the check has passed', async () => {
  const run = startBuild({ [ENV.awaitCheck]: '1' });
  expect(await firstMessage(run.child)).toBe(GATE_WAITING);
  run.child.disconnect();
  const { code, printed } = await run.ended;
  expect(code).not.toBe(0);
  expect(printed).not.toContain('building');
  expect(printed).toContain('npm run build đã dừng trước khi kiểm tra nội dung xong.');
});

test('astro build run by hand (no DVK_AWAIT_CHECK) never waits', async () => {
  const run = startBuild({ [ENV.awaitCheck]: '' });
  const messages: unknown[] = [];
  run.child.on('message', (message) => messages.push(message));
  // The test holds the channel open and never answers: only a build that does not wait ends.
  const { code, printed } = await run.ended;
  expect(code, printed).toBe(0);
  expect(printed).toBe('config loaded\nbuilding\n');
  expect(messages).toEqual([]);
});
