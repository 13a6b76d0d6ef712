/**
 * Lets `npm run build` check the content while Astro starts (scripts/lib/build-site.ts). Astro's
 * start-up, config and content sync take longer than the content check (at 3,400 entries about
 * 15 s against 6 s), and the two used to run one after the other. Now they run side by side, and
 * Astro waits here, at the start of its build proper, until the check has passed: no page is
 * rendered, copied or written to the incremental cache, and no picture processed, before that.
 * What Astro may have written by then is its content store and type files, which it keeps up to
 * date with the content at every sync anyway.
 *
 * The handshake goes over the IPC channel `npm run build` opens: this process says it is waiting
 * (a message sent earlier than a listener exists would be lost), the build answers once the check
 * has passed, or stops this process if it has not. Only a build started with DVK_AWAIT_CHECK=1
 * waits; `astro build` run by hand, `npm run dev` and `astro check` never do.
 */
import type { AstroIntegration } from 'astro';
import { awaitsCheck } from '../lib/env.ts';

/** This process is waiting for the check's verdict. */
export const GATE_WAITING = 'dvk:check-gate:waiting';
/** The check passed: the build may go on. */
export const GATE_PASSED = 'dvk:check-gate:passed';

export function checkGate(): AstroIntegration {
  let passed: Promise<void> | undefined;
  return {
    name: 'dvk-check-gate',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || !awaitsCheck() || !process.send) return;
        passed = new Promise((resolve, reject) => {
          const onMessage = (message: unknown) => {
            if (message !== GATE_PASSED) return;
            process.off('message', onMessage);
            process.off('disconnect', onDisconnect);
            // An open channel would keep this process alive after the build.
            process.disconnect();
            resolve();
          };
          const onDisconnect = () => {
            process.off('message', onMessage);
            reject(new Error('npm run build đã dừng trước khi kiểm tra nội dung xong.'));
          };
          process.on('message', onMessage);
          process.once('disconnect', onDisconnect);
          process.send!(GATE_WAITING);
        });
        // Awaited at the start of the build; until then a rejection is not unhandled.
        passed.catch(() => undefined);
      },
      'astro:build:start': async () => {
        if (passed) await passed;
      },
    },
  };
}
