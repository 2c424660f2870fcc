// The search page's side of the site vocabulary (see search-vocabulary.ts): which file holds a
// word, what to search for it, how a compound the site never uses splits into words it does use,
// and the closest site word to a misspelt one. Small on purpose: it is shipped to the visitor.

/**
 * One vocabulary file: the site words and word forms that start with the same two letters.
 * Forms with the same expansion (usually the forms of one word) share one group, which keeps
 * the files small; a word is written once, in `words` or in a group.
 */
export interface VocabularyShard {
  /** Site words that have no group, sorted: they are searched as they are. */
  words: string[];
  /** [forms, site words that are forms of the same word, site compounds containing it]. */
  groups: [string[], string[], string[]][];
}

/** What to search for one word of a query. */
export interface WordExpansion {
  /** Forms of the same word the site uses (the word itself first when the site uses it). */
  same: string[];
  /** Compounds on the site that contain the word, to be ranked below `same`. */
  compounds: string[];
}

/** Weights of the ways a page can match a word: its own form, a compound, the parts of one. */
export const matchWeight = { same: 1, compound: 0.6, parts: 0.4 } as const;

/** Parts of a compound (and a linking letter) are at least this long. */
const shortestPart = 3;

/** The words of a query, lower-cased, without punctuation. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The key of the vocabulary file holding `word`: its first two letters. */
export function shardKey(word: string): string {
  return [...word].slice(0, 2).join('');
}

/** The file name of a shard, in ASCII so that no server has to agree on how to encode "ø". */
export function shardFileName(key: string): string {
  return `${[...key].map((c) => c.codePointAt(0)?.toString(36)).join('-')}.json`;
}

/**
 * The ways `word` may have been meant: as typed, and with "aa", "ae" and "oe" read as "å", "æ"
 * and "ø", as people type on a keyboard without them ("barnehagelaerer").
 */
export function spellings(word: string): string[] {
  const norwegian = word.replaceAll('aa', 'å').replaceAll('ae', 'æ').replaceAll('oe', 'ø');
  return norwegian === word ? [word] : [word, norwegian];
}

/** What to search for `word` according to its shard; undefined when the site has no such word. */
export function expand(
  word: string,
  shard: VocabularyShard | undefined,
): WordExpansion | undefined {
  if (!shard) return undefined;
  const group = shard.groups.find(([forms]) => forms.includes(word));
  if (group) return { same: group[1], compounds: group[2] };
  if (shard.words.includes(word)) return { same: [word], compounds: [] };
  return undefined;
}

/** Every word and word form a shard knows, for spelling suggestions. */
export function shardWords(shard: VocabularyShard): string[] {
  return [...shard.words, ...shard.groups.flatMap(([forms]) => forms)];
}

/**
 * Ways to read `word` as two words, the first of which `shard` (the word's own shard) knows:
 * "sykepleierstilling" → ["sykepleier", "stilling"], "søppelstømming" → ["søppel", "tømming"].
 * Splits without a linking letter come first, each kind with the longest first part first; the
 * caller checks the second part in its own shard.
 */
export function compoundSplits(
  word: string,
  shard: VocabularyShard | undefined,
): [string, string][] {
  if (!shard) return [];
  const plain: [string, string][] = [];
  const linked: [string, string][] = [];
  for (let cut = word.length - shortestPart; cut >= shortestPart; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (expand(head, shard)) plain.push([head, tail]);
    // A linking letter between the parts: "søppel-s-tømming", "barn-e-hage".
    const first = head.slice(0, -1);
    if (/[se]$/.test(head) && first.length >= shortestPart && expand(first, shard)) {
      linked.push([first, tail]);
    }
  }
  // Without a linking letter first: "sykepleier|stilling" rather than "sykepleier-s-|tilling".
  return [...plain, ...linked];
}

/** Edit distance counting a swap of two neighbouring letters as one edit (Damerau–Levenshtein). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The site word closest to a misspelt `word` ("sykepeleier" → "sykepleier"), allowing one edit
 * in short words and two in longer ones; undefined when none is that close.
 */
export function closestWord(word: string, shard: VocabularyShard | undefined): string | undefined {
  if (!shard || expand(word, shard)) return undefined;
  const allowed = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of shardWords(shard)) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate);
    if (distance === 0 || distance > allowed) continue;
    // Ties go to the shorter word, which is usually the base form ("sykepleier", not "-en").
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && candidate.length < best.word.length)
    ) {
      best = { word: candidate, distance };
    }
  }
  return best?.word;
}

/** Scores of pages for one alternative, scaled by its weight. */
export interface WeightedScores {
  scores: Map<string, number>;
  weight: number;
}

/** Pages matching any alternative, each scored by its best one. */
export function anyOf(alternatives: WeightedScores[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { scores, weight } of alternatives) {
    for (const [id, score] of scores) out.set(id, Math.max(out.get(id) ?? 0, score * weight));
  }
  return out;
}

/** Pages matching every one of `all` (the words of a query), scored by the sum. */
export function allOf(all: Map<string, number>[]): Map<string, number> {
  const [first, ...rest] = all;
  const out = new Map<string, number>();
  if (!first) return out;
  for (const [id, score] of first) {
    let sum = score;
    let everywhere = true;
    for (const scores of rest) {
      const other = scores.get(id);
      if (other === undefined) {
        everywhere = false;
        break;
      }
      sum += other;
    }
    if (everywhere) out.set(id, sum);
  }
  return out;
}

/** Page ids by falling score. */
export function ranked(scores: Map<string, number>): string[] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
