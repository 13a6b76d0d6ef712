/**
 * A folder held in memory for tests' throw-away files: `/dev/shm` when it is a tmpfs (Linux) with
 * at least `minFree` bytes free, else undefined. The test config points TMPDIR there for the build
 * and browser tests (vitest.config.ts); a test that needs a file system listing files in the order
 * they were made (tmpfs does, ext4 does not) asks for it directly.
 */
import { statfsSync } from 'node:fs';

/** The kernel's number for a tmpfs (statfs's f_type). */
const TMPFS_MAGIC = 0x01021994;
const SHM = '/dev/shm';

export function memoryScratchDir(minFree = 0): string | undefined {
  try {
    const shm = statfsSync(SHM);
    return shm.type === TMPFS_MAGIC && shm.bavail * shm.bsize >= minFree ? SHM : undefined;
  } catch {
    return undefined;
  }
}
