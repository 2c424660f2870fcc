// Synthetic content for the benchmark: copies of the real entries with new ids, titles and
// bodies, so they pass the same schemas as the default content whatever fields it has.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Collections with a page per entry, and their share of the synthetic entries. */
export const shares = { plan: 0.02, videos: 0.1, jobs: 0.2, posts: 0.48, news: 0.2 } as const;
export type PageCollection = keyof typeof shares;

/** A small deterministic pseudo-random generator (mulberry32), so every run writes the same. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The most chapters the synthetic plan has, the default content's included. A municipality's
 * communication plan has a few dozen chapters whatever the size of its news and job archives;
 * a plan growing with the entries (200 chapters at 10,000) measured a printable plan and an
 * overview no municipality has.
 */
export const maxPlanChapters = 40;

/**
 * Entries per collection for `total` synthetic entries; they add up to `total`. The plan takes
 * its share only up to `maxPlanChapters` with the `chapters` it already has; what it leaves goes
 * to the posts, as the rounding does, so the other collections scale with `total`.
 */
export function split(total: number, chapters = 0): Record<PageCollection, number> {
  const names = Object.keys(shares) as PageCollection[];
  const counts = Object.fromEntries(
    names.map((name) => [name, Math.floor(total * shares[name])]),
  ) as Record<PageCollection, number>;
  counts.plan = Math.min(counts.plan, Math.max(0, maxPlanChapters - chapters));
  counts.posts += total - names.reduce((sum, name) => sum + counts[name], 0);
  return counts;
}

interface Template {
  /** Folder of the entry, relative to its collection (images are referenced relative to it). */
  folder: string;
  data: Record<string, unknown>;
}

function templates(contentDir: string, collection: string): Template[] {
  const base = join(contentDir, collection);
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(join(base, file), 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
      if (frontMatter === undefined) throw new Error(`${base}/${file}: no front matter`);
      return { folder: dirname(file), data: parse(frontMatter) as Record<string, unknown> };
    });
}

/** Words of the default content, the vocabulary of the synthetic text. */
function vocabulary(contentDir: string): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(mdx?|ya?ml)$/.test(file)) continue;
    for (const word of readFileSync(join(contentDir, file), 'utf8').match(/\p{L}{3,}/gu) ?? [])
      words.add(word.toLowerCase());
  }
  // Inflected forms, as Norwegian text has them, give the index a realistic number of words.
  const endings = ['', 'en', 'et', 'ene', 'er', 'ende', 'ets', 'ens'];
  return [...words].sort().flatMap((word) => endings.map((ending) => word + ending));
}

function sentence(words: string[], next: () => number, length: number): string {
  const picked = Array.from({ length }, () => {
    // Zipf-like: common words much more often than rare ones, as in real text.
    const index = Math.floor(words.length * next() ** 3);
    return words[index] ?? 'kommune';
  });
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(words: string[], next: () => number): string {
  const sections = Array.from({ length: 3 }, (_, s) => {
    const paragraphs = Array.from({ length: 2 }, () =>
      Array.from({ length: 4 }, () => sentence(words, next, 8 + Math.floor(next() * 10))).join(' '),
    );
    return [`## ${sentence(words, next, 3).slice(0, -1)} ${s + 1}`, ...paragraphs].join('\n\n');
  });
  return `${sections.join('\n\n')}\n`;
}

const titleFields = ['title', 'titleEn', 'summary', 'description', 'descriptionEn'];

/** The entry `data` of template as entry number `index`, with the fields that must differ. */
function variant(
  collection: PageCollection,
  data: Record<string, unknown>,
  index: number,
  planOrder: number,
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(data);
  // Synthetic entries stand for a municipality's own: indexed, with structured data and embeds.
  delete copy['example'];
  for (const field of titleFields) {
    if (typeof copy[field] === 'string') copy[field] = `${copy[field] as string} ${index}`;
  }
  if (collection === 'plan') copy['order'] = planOrder;
  if (collection === 'videos') copy['youtubeId'] = `bench${String(index).padStart(6, '0')}`;
  return copy;
}

/**
 * Drops the example mark from the copied default entries too: the synthetic site stands for a
 * municipality's own content, where every page may be indexed (an example page says `noindex`,
 * which costs it Lighthouse's search-engine points on purpose).
 */
function indexCopiedEntries(target: string): void {
  for (const file of readdirSync(target, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(mdx?|ya?ml)$/.test(file)) continue;
    const path = join(target, file);
    const source = readFileSync(path, 'utf8');
    const indexed = source.replace(/^example: true\n/m, '');
    if (indexed !== source) writeFileSync(path, indexed);
  }
}

/**
 * Writes a copy of `contentDir` with `total` synthetic entries added, spread over the
 * collections that have pages, into `target`. Returns the number of entries per collection.
 */
export function writeSyntheticContent(
  contentDir: string,
  target: string,
  total: number,
): Record<PageCollection, number> {
  cpSync(contentDir, target, { recursive: true });
  indexCopiedEntries(target);
  const words = vocabulary(contentDir);
  const next = random(total);
  const byCollection = Object.fromEntries(
    (Object.keys(shares) as PageCollection[]).map((name) => [name, templates(contentDir, name)]),
  ) as Record<PageCollection, Template[]>;
  const counts = split(total, byCollection.plan.length);
  for (const collection of Object.keys(counts) as PageCollection[]) {
    const sources = byCollection[collection];
    if (sources.length === 0) throw new Error(`No ${collection} entries to copy in ${contentDir}`);
    let planOrder = Math.max(0, ...sources.map((s) => Number(s.data['order'] ?? 0)));
    for (let index = 1; index <= counts[collection]; index++) {
      const template = sources[index % sources.length]!;
      const data = variant(collection, template.data, index, ++planOrder);
      const folder = join(target, collection, template.folder);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, `bench-${String(index).padStart(5, '0')}.mdx`),
        `---\n${stringify(data)}---\n\n${body(words, next)}`,
      );
    }
  }
  return counts;
}
