/**
 * Makes the dev server show the file as it ends up after a save, not as it was halfway through.
 *
 * The dev server's file watcher (chokidar, through Vite) drops a second "change" of a file that
 * comes within 50 ms of the first. A save in place empties the file, then writes it: when the
 * loader read the file between the two, it saw it empty (a content error), and the write that
 * followed was never reported, so the old page stayed on screen while the file on disk was right.
 * An atomic save (written elsewhere, renamed over the file) can be read at the wrong moment too.
 *
 * So once a file has been quiet for a moment after a change, it is read again, and if it is not
 * what the loader last read, the change is reported once more. This repeats until the loader has
 * read the file as it is: it never depends on how fast the editor or the machine is.
 */
import { readFile } from 'node:fs/promises';
import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** How long a file must be quiet before it is compared; any value works, only sooner or later. */
const QUIET_MS = 100;
/** A file that cannot be read the same twice (a loader that never reads it) is left alone after this. */
const MAX_RETRIES = 10;

export interface SettleOptions {
  /** Whether a changed path is one of this loader's files. */
  owns: (file: string) => boolean;
  /** The text the loader last read from the file (undefined when it has not read it). */
  lastRead: (file: string) => string | undefined;
  /** Called when a file's comparison ends without reporting it again (for tests). */
  onSettled?: (file: string) => void;
}

/** Reports a change of an owned file again until the loader has read what the file holds. */
export function reportUntilSettled(watcher: Watcher, { owns, lastRead, onSettled }: SettleOptions): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const retries = new Map<string, number>();

  const compare = async (file: string) => {
    timers.delete(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      // Gone or unreadable: the watcher's own "unlink" (or the next save) takes it from here.
      onSettled?.(file);
      return;
    }
    const count = text === lastRead(file) ? 0 : (retries.get(file) ?? 0) + 1;
    if (count === 0 || count > MAX_RETRIES) {
      retries.delete(file);
      onSettled?.(file);
      return;
    }
    retries.set(file, count);
    // Straight to the listeners (Astro's loader, Vite's reload): the watcher's own throttle is
    // what dropped the change in the first place.
    watcher.emit('change', file);
  };

  const schedule = (file: string) => {
    if (!owns(file)) return;
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => void compare(file), QUIET_MS),
    );
  };
  watcher.on('change', schedule);
  watcher.on('add', schedule);
}
