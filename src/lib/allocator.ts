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
 * CPU per picture (mostly system time: about 20 s in a first build of 3,400 pictures). mimalloc's
 * own default, giving memory back 10 ms after it is freed, still does so between pictures: each
 * picture then touched about 4 MB of fresh memory, whose first use costs the system a page fault
 * per 4 kB (about 13 µs each on a 2-core cloud machine). resvg therefore loads with
 * `RESVG_SETTINGS`, which keep freed memory for a second: 53.6 → 36.7 ms of CPU per picture, the
 * same bytes. docs/PERFORMANCE.md has the measurements.
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

/**
 * What resvg's allocator reads when resvg loads: freed memory is given back to the system after a
 * second instead of 10 ms, so the canvas of one picture is still there for the next. It holds what
 * resvg freed in the last second: a first build at bench scale peaked 100–150 MiB higher.
 */
export const RESVG_SETTINGS = { MIMALLOC_PURGE_DELAY: '1000' } as const;

/**
 * Loads a native module (`load`, its import) so that its allocator reads `settings` and not
 * `PURGE_SETTINGS`, which are taken out for good (`dropPurgeSettings`). Each variable of `settings`
 * is in `env` only while the module loads; one that `env` already holds was set on purpose and
 * is left as it is.
 */
export async function loadWithSettings<T>(
  settings: Readonly<Record<string, string>>,
  load: () => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  dropPurgeSettings(env);
  const added = Object.entries(settings).filter(([name]) => env[name] === undefined);
  for (const [name, value] of added) env[name] = value;
  try {
    return await load();
  } finally {
    for (const [name, value] of added) if (env[name] === value) delete env[name];
  }
}
