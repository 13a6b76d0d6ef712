/**
 * "Today" in Vietnam decides what is published (and dates new entries). `DVK_TODAY=YYYY-MM-DD`
 * fixes it, so a build can be reproduced exactly and scheduled items can be tested. No Astro
 * imports: the build, `npm run new` and `npm run check` all ask here.
 */
import { getFixedToday } from './env.ts';
import { toIsoDay, type IsoDate } from './format.ts';

export function getToday(): IsoDate {
  return getFixedToday() ?? toIsoDay(new Date());
}
