/**
 * Settings for mimalloc, the memory allocator built into three native modules of Astro's build
 * process: Vite's bundler (Rolldown), Astro's compiler and resvg, which draws the share pictures.
 * Each copy reads its settings from the environment once, when its module loads.
 *
 * mimalloc hands freed memory back to the system lazily, on a later call. After bundling, Rolldown
 * and the compiler get no later call, and about 400 MB stayed resident for the rest of the build
 * (bench scale: 2,400 models and 1,000 news). `npm run build` therefore starts Astro's process
 * with `PURGE_SETTINGS`, which make mimalloc give memory back as soon as it is freed.
 *
 * resvg loads later, for the first share picture, and must not keep them: it frees a 3 MB canvas
 * after every picture and takes it again for the next, and giving it back each time cost 27 % more
 * CPU per picture (mostly system time: about 20 s in a first build of 3,400 pictures).
 * docs/PERFORMANCE.md has the measurements.
 *
 * glibc's MALLOC_ARENA_MAX=2 saved about 200 MB more but is not set: sharp's AVIF encoder then
 * wrote other bytes for the same picture, so pictures encoded with and without it would differ.
 */

/** What `npm run build` sets for Astro's process, unless the environment already sets them. */
export const PURGE_SETTINGS = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_PURGE_DECOMMITS: '1' } as const;

/**
 * Takes `PURGE_SETTINGS` out of `env` (this process's by default), so that a native module loaded
 * afterwards runs with mimalloc's defaults. A variable holding another value was set by someone
 * else on purpose and is left alone.
 */
export function dropPurgeSettings(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(PURGE_SETTINGS)) if (env[name] === value) delete env[name];
}
