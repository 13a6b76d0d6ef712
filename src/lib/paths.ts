/**
 * The one place that names the content folder. Everything else asks this module for paths.
 * `DVK_CONTENT_DIR` points the site at another folder; the build-failure tests use it to build
 * deliberately broken content without touching the real `content/`.
 */
import path from 'node:path';
import { getContentDir } from './env.ts';

export const CONTENT_DIR = getContentDir();

/** A path inside the content folder, relative to the project root: `contentPath('models')`. */
export function contentPath(...parts: string[]): string {
  return path.posix.join(CONTENT_DIR, ...parts);
}
