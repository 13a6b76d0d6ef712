/**
 * Where a build's time went, read from what Astro, Vite and the search index step of
 * `npm run build` print: used by `npm run bench` (scripts/bench.ts) for its table of phases.
 */

/** A duration as Astro and Vite print it. */
// Minutes first, but never the m of ms.
const DURATION = String.raw`(\d+m(?!s)(?: \d+s)?|\d+(?:\.\d+)?ms|\d+(?:\.\d+)?s)`;

/**
 * Seconds of a printed duration: "60ms", "1.40s", and over a minute "5m 19s" or "2m" (Astro's
 * getTimeStat, Vite's displayTime). Throws on anything else rather than reading it as zero.
 */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  const plain = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(text);
  if (plain) return Number(plain[1]) / (plain[2] === 'ms' ? 1000 : 1);
  throw new Error(`not a duration: “${text}”`);
}

/** The output without colour codes, which a terminal may have asked for. */
// eslint-disable-next-line no-control-regex -- the escape character is what starts a colour code
const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

/** The phases of one build of `totalSeconds`, in the order of the bench's table; "the rest" is what none of them took. */
export function buildPhases(output: string, totalSeconds: number): [string, number][] {
  const text = plain(output);
  const first = (pattern: string) => {
    const match = new RegExp(pattern).exec(text);
    return match ? parseDuration(match[1]!) : 0;
  };
  const vite = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].reduce(
    (sum, m) => sum + parseDuration(m[1]!),
    0,
  );
  const search = /Đã lập chỉ mục tìm kiếm cho \d+ trang \((\d+) ms\)/.exec(text);
  const known: [string, number][] = [
    ['content sync and types', first(String.raw`\[types\] Generated ${DURATION}`)],
    ['Vite bundling', vite],
    [
      'pages and share images (rendered or copied)',
      first(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`),
    ],
    ['search index (Pagefind)', search ? Number(search[1]) / 1000 : 0],
  ];
  const rest = totalSeconds - known.reduce((sum, [, seconds]) => sum + seconds, 0);
  return [...known, ['start-up, sitemap, emptying `dist/`, the rest', rest]];
}
