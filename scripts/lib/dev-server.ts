/**
 * `npm run dev` started from a script, and the two ways an editor saves a file: for the dev-server
 * tests (tests/builds/dev-*.test.ts) and for `npm run bench`, which times the same saves.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { open, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';

export interface DevServer {
  /** http://127.0.0.1:<port>, without a closing slash. */
  base: string;
  /** Everything the server printed so far. */
  log: () => string;
  /** Stops the server and its children, resolving once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Starts `node scripts/astro.ts dev` in `root` (a project folder), with `args` added (such as
 * `--config`), and resolves once it serves.
 */
export async function startDevServer(root: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<DevServer> {
  // Port 0: the system picks a free port, and the server says which once it is ready.
  const server = spawn(
    process.execPath,
    [path.join(root, 'scripts/astro.ts'), 'dev', '--host', '127.0.0.1', '--port', '0', ...args],
    { cwd: root, env, detached: true },
  );
  let log = '';
  const stop = async () => {
    const exited = server.exitCode === null && server.signalCode === null ? once(server, 'exit') : undefined;
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  };
  const ready = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk;
      const url = /ready in[\s\S]*?Local\s+(http:\/\/\S+?)\/?\s/.exec(log)?.[1];
      if (url) resolve(url);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('error', reject);
    server.on('exit', (code, signal) => reject(new Error(`dev server stopped (${code ?? signal}):\n${log}`)));
  });
  try {
    return { base: await ready, log: () => log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Saves in place, as most editors and `fs.writeFile` do: emptied, then written `gap` ms later. */
export async function saveInPlace(file: string, text: string, gap = 0): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(0);
    if (gap > 0) await pause(gap);
    await handle.write(text, 0, 'utf8');
  } finally {
    await handle.close();
  }
}

/** Saves atomically: written under `scratch` (outside the content, same disk), then renamed over the file. */
export async function saveAtomically(file: string, text: string, scratch: string): Promise<void> {
  await writeFile(scratch, text);
  await rename(scratch, file);
}

/**
 * Asks for `url` every `everyMs` until its HTML holds `text` or `giveUpMs` have passed; resolves to
 * the milliseconds it took, or undefined when it never showed.
 */
export async function waitForText(
  url: string,
  text: string,
  giveUpMs: number,
  everyMs = 25,
): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < giveUpMs) {
    const response = await fetch(url);
    if (response.ok && (await response.text()).includes(text)) return performance.now() - started;
    await pause(everyMs);
  }
  return undefined;
}
