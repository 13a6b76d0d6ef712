/**
 * "Today" in Vietnam decides what is published (and dates new entries). `DVK_TODAY=YYYY-MM-DD`
 * fixes it, so a build can be reproduced exactly and scheduled items can be tested. No Astro
 * imports: the build, `npm run new` and `npm run check` all ask here.
 */
import { getFixedToday } from './env.ts';
import { toIsoDay, type IsoDate } from './format.ts';

/** Today, or the day DVK_TODAY fixes in `env` (this process's environment by default). */
export function getToday(env: NodeJS.ProcessEnv = process.env): IsoDate {
  return getFixedToday(env) ?? toIsoDay(new Date());
}
