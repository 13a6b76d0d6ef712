/**
 * Node's cache of compiled modules on disk (the one Astro's and Vite's own commands turn on), for
 * the scripts' own processes. An entry script imports this first and loads its heavy modules with
 * `import()` afterwards: modules imported statically are all compiled before any of them runs, too
 * early for the cache. Node keys each module by its text, so an edited file is compiled afresh.
 * Loading the content check's modules took about 1.0 s of CPU without it, 0.55 s with it
 * (docs/PERFORMANCE.md); `npm run check` and every build's check process load them.
 */
import module from 'node:module';

module.enableCompileCache();
