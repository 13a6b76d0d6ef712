/** `npm run dev` in a project copy, for the tests that talk to it (dev-preview, dev-saves). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { editorEnv } from './build-fixture.ts';

export interface DevServer {
  /** http://127.0.0.1:<port>, without a closing slash. */
  base: string;
  /** Everything the server printed so far. */
  log: () => string;
  /** Stops the server and its children, resolving once it has exited. */
  stop: () => Promise<void>;
}

/** Starts `node scripts/astro.ts dev` in `root` and resolves once it serves. */
export async function startDevServer(root: string): Promise<DevServer> {
  // Port 0: the system picks a free port, and the server says which once it is ready.
  const server = spawn(
    process.execPath,
    [path.join(root, 'scripts/astro.ts'), 'dev', '--host', '127.0.0.1', '--port', '0'],
    { cwd: root, env: editorEnv(), detached: true },
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
