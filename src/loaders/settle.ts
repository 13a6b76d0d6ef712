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
 * read the file as it is: it never depends on how fast the editor or the machine is. After ten
 * tries that never match (a loader that does not read the file), it stops and says so in the
 * terminal, asking staff to save the file again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
  /** Where a file given up on is reported (the loader's logger): the page may be out of date. */
  warn: (message: string) => void;
  /** Called when a file's comparison ends without reporting it again (for tests). */
  onSettled?: (file: string) => void;
}

/** What staff read in the dev server's terminal when a file is given up on. */
export function givenUpMessage(file: string): string {
  return (
    `${path.relative(process.cwd(), file)}: máy chủ xem thử đã đọc lại tệp ${MAX_RETRIES} lần mà vẫn chưa ` +
    'thấy đúng nội dung trên đĩa, nên trang có thể còn hiện bản cũ. Hãy lưu lại tệp một lần nữa.'
  );
}

/** Reports a change of an owned file again until the loader has read what the file holds. */
export function reportUntilSettled(watcher: Watcher, { owns, lastRead, warn, onSettled }: SettleOptions): void {
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
      if (count > MAX_RETRIES) warn(givenUpMessage(file));
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
