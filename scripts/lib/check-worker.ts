/**
 * The content check of `npm run build`, in a worker thread (scripts/lib/build-site.ts): when the
 * worker ends, the memory the check used (about 250 MB at 3,400 entries) goes back to the system
 * before Astro starts, instead of staying in the process that waits for Astro to finish.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';

const { root, contentDir, today } = workerData as { root: string; contentDir: string; today: string };
parentPort!.postMessage(await checkContent(root, contentDir, today));
