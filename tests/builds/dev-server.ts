/** `npm run dev` in a project copy, with the environment of an editor's terminal. */
import { startDevServer as start, type DevServer } from '../../scripts/lib/dev-server.ts';
import { editorEnv } from './build-fixture.ts';

export type { DevServer };

export const startDevServer = (root: string, args: string[] = []): Promise<DevServer> => start(root, editorEnv(), args);
