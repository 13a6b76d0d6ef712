/**
 * Every `DVK_*` environment variable the site reads, read here and nowhere else. Node only: the
 * build, the config and the scripts ask this module; no browser code imports it. Scripts and
 * tests that set a variable for a child process name it through `ENV`. The readers take the
 * environment to read (this process's by default): the build command reads the one it hands to
 * Astro. The publish script is shell, not Node: it reads the folders below (giving DVK_CACHE_DIR
 * its default, `.cache`) and its own variables (DVK_PUBLISH_TARGET, DVK_RSYNC_*, DVK_SSH_*,
 * DVK_STAGES_FILE), each described at the top of scripts/publish.sh.
 */

/** The variables, by what they do. */
export const ENV = {
  /** Another content folder (tests and benchmarks build copies or synthetic corpora). */
  contentDir: 'DVK_CONTENT_DIR',
  /** Astro's cache folder (parallel test builds each need their own). */
  cacheDir: 'DVK_CACHE_DIR',
  /** Where the build writes the site. */
  outDir: 'DVK_OUT_DIR',
  /** `YYYY-MM-DD`: the day that decides what is published, for reproducible builds. */
  today: 'DVK_TODAY',
  /** `1`: show drafts and scheduled entries; set only by `npm run dev` (scripts/astro.ts). */
  showUnpublished: 'DVK_SHOW_UNPUBLISHED',
  /** `1`: Astro waits at the start of its build for `npm run build`'s content check (src/integrations/check-gate.ts). */
  awaitCheck: 'DVK_AWAIT_CHECK',
  /** Stages `.ci/run` ran before `npm test` (apt, the publish script's steps), one per line, for its table. */
  earlierStages: 'DVK_EARLIER_STAGES',
} as const;

type Env = NodeJS.ProcessEnv;

/** A variable's value, with an empty one taken as unset. */
function read(name: (typeof ENV)[keyof typeof ENV], env: Env): string | undefined {
  return env[name] || undefined;
}

/** The content folder, relative to the project root or absolute: `content` unless set. */
export const getContentDir = (env: Env = process.env): string => read(ENV.contentDir, env) ?? 'content';

/** Astro's cache folder when one is set; Astro's own default (`node_modules/.astro`) otherwise. */
export const getCacheDir = (env: Env = process.env): string | undefined => read(ENV.cacheDir, env);

/** Where the built site goes when set; Astro's `dist/` otherwise. */
export const getOutDir = (env: Env = process.env): string | undefined => read(ENV.outDir, env);

/** The fixed "today" of a reproducible build, if any (`YYYY-MM-DD`). */
export const getFixedToday = (env: Env = process.env): string | undefined => read(ENV.today, env);

/**
 * Drafts and scheduled entries are shown only by `npm run dev`, which sets this variable. Not
 * `import.meta.env.DEV`: a build run with NODE_ENV=development or test reports DEV as true, and
 * would publish drafts.
 */
export const showsUnpublished = (env: Env = process.env): boolean => read(ENV.showUnpublished, env) === '1';

/** Astro was started by `npm run build`, which tells it when the content check has passed. */
export const awaitsCheck = (env: Env = process.env): boolean => read(ENV.awaitCheck, env) === '1';

/** The stages `.ci/run` ran before `npm test` (`name⇥command⇥result⇥seconds` lines), or nothing. */
export const getEarlierStages = (env: Env = process.env): string => read(ENV.earlierStages, env) ?? '';
