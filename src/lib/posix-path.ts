/**
 * Paths written with `/` on every platform: how files are named to editors in messages, and how
 * globs, Vite and the build's records take them. On Windows `path.relative` and `path.join` give `\`.
 */
import path from 'node:path';

/** `file` with `/` between its parts: `content\models\a\index.md` → `content/models/a/index.md`. */
export const toPosix = (file: string): string => file.split(path.sep).join('/');

/** `to` relative to `from`, with `/`: `path.relative`, then `toPosix`. */
export const relativePosix = (from: string, to: string): string => toPosix(path.relative(from, to));
