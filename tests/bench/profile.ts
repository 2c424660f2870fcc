// Where a full build's time goes, read from Astro's own log (`logLevel: 'info'`): the phases it
// times itself, and the time of each page it writes, summed by kind of page.

/** Seconds in one of Astro's durations: "341ms", "23.62s", "1m 3s". */
export function durationSeconds(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
  if (!match) throw new Error(`Not an Astro duration: "${text}"`);
  const [, minutes, seconds, milliseconds] = match;
  if (milliseconds !== undefined) return Number(milliseconds) / 1000;
  return Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** Kinds of page the profile sums separately, first match wins. */
export const pageKinds: [string, RegExp][] = [
  ['feeds (RSS, full entry text)', /^\/rss(\.xml|\/.*\.xml)$/],
  ['calendars', /\.ics$/],
  ['English pages', /^\/en\//],
  ['post listing and channel pages', /^\/kanaler\/(index\.html|side\/.*|[^/]+\/index\.html)$/],
  ['post pages', /^\/kanaler\/innlegg\//],
  ['job pages', /^\/jobb\/stillinger\/(?!nyeste\/|index\.html)[^/]+\/index\.html$/],
  ['video pages', /^\/jobb\/video\/(?!index\.html)[^/]+\/index\.html$/],
  ['news pages', /^\/nyheter\/(?!index\.html)[^/]+\/index\.html$/],
  ['plan pages and other pages', /./],
];

export interface Profile {
  /** Seconds per phase, in build order. */
  phases: [string, number][];
  /** Seconds and pages per kind of page, within the page phase. */
  pages: { kind: string; seconds: number; count: number }[];
}

// The log is colourised even when written to a file.
const ansi = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/** The profile of one `astro build` log written at `logLevel: 'info'`. */
export function profileOf(log: string): Profile {
  const lines = log.replace(ansi, '').split('\n');
  const phases: [string, number][] = [];
  let bundling = 0;
  let section = 'set-up and content sync';
  const perKind = new Map(pageKinds.map(([kind]) => [kind, { seconds: 0, count: 0 }]));
  for (const line of lines) {
    if (line.includes('generating static routes')) section = 'page rendering';
    else if (line.includes('generating optimized images')) section = 'images (posters)';
    const built = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (built) bundling += durationSeconds(built[1]!);
    const completed = /✓ Completed in (.+?)\.?\s*$/.exec(line);
    if (completed && section !== 'done') {
      phases.push([section, durationSeconds(completed[1]!)]);
      if (section === 'set-up and content sync') phases.push(['bundling (Vite)', 0]);
      section = section === 'images (posters)' ? 'done' : 'between';
    }
    const page = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (page) {
      const seconds = Number(page[2]) / (page[3] === 'ms' ? 1000 : 1);
      const kind = pageKinds.find(([, pattern]) => pattern.test(page[1]!))![0];
      const sum = perKind.get(kind)!;
      sum.seconds += seconds;
      sum.count += 1;
    }
  }
  const bundle = phases.find(([name]) => name === 'bundling (Vite)');
  if (bundle) bundle[1] = bundling;
  return {
    phases: phases.filter(([name]) => name !== 'between'),
    pages: [...perKind].map(([kind, sum]) => ({ kind, ...sum })).filter((k) => k.count > 0),
  };
}

/** Files an incremental rebuild rendered again and files it copied from its cache, by its log. */
export function rebuiltFiles(log: string): { rendered: number; copied: number } {
  const lines = log.replace(ansi, '').split('\n');
  return {
    rendered: lines.filter((line) => /[├└]─ \S+ \(\+[\d.]+m?s\)/.test(line)).length,
    copied: lines.filter((line) => /[├└]─ \S+ \((cached|restored)\)/.test(line)).length,
  };
}
