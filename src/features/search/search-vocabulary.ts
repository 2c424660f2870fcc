// The site vocabulary the search page reads to widen a query: built at build time from the words
// of the indexed pages and a dictionary, split into small files by the first two letters, so the
// visitor downloads only the file of each word searched for (a few KB), never the dictionary.

import { shardKey, type VocabularyShard } from './search-expand.ts';

/** What the vocabulary needs to know of a language; a Hunspell `Lexicon` provides it. */
export interface WordKnowledge {
  /** The base words a form belongs to ("sykepleierne" → ["sykepleier"]). */
  bases(form: string): string[];
  /** Every form of a base word. */
  forms(base: string): string[];
  /** The base words of a compound's parts, or none. */
  parts(word: string): string[];
}

/** Compounds shorter than this are not split: the parts would be too short to mean much. */
const shortestCompound = 8;

/**
 * The fewest words whose search covers all of `words`: the index matches word beginnings after
 * stemming, so a word whose stem starts with another kept word's stem adds nothing.
 */
export function coveringWords(words: Iterable<string>, stem: (word: string) => string): string[] {
  const byStem = [...new Set(words)]
    .map((word) => ({ word, stem: stem(word) }))
    .sort((a, b) => a.stem.length - b.stem.length || a.word.localeCompare(b.word));
  const kept: typeof byStem = [];
  for (const entry of byStem) {
    if (!kept.some((k) => entry.stem.startsWith(k.stem))) kept.push(entry);
  }
  return kept.map((entry) => entry.word).sort();
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/**
 * The vocabulary files of one language, by shard key: the site's own words, and for every form
 * of them the dictionary knows, the site words to search instead (other forms of the same word,
 * and compounds that contain it). Without `knowledge` (a language with no dictionary) only the
 * word lists are written, which still serve the "did you mean" suggestions.
 */
export function buildVocabulary(
  siteWords: Iterable<string>,
  knowledge: WordKnowledge | undefined,
  stem: (word: string) => string,
): Map<string, VocabularyShard> {
  const words = [...new Set(siteWords)].sort();
  const shards = new Map<string, VocabularyShard>();
  const shard = (word: string) => {
    const key = shardKey(word);
    const found = shards.get(key) ?? { words: [], groups: [] };
    shards.set(key, found);
    return found;
  };
  if (!knowledge) {
    for (const word of words) shard(word).words.push(word);
    return shards;
  }

  const site = new Set(words);
  const basesOf = new Map<string, string[]>();
  const family = new Map<string, Set<string>>();
  const compounds = new Map<string, Set<string>>();
  for (const word of words) {
    const bases = knowledge.bases(word);
    basesOf.set(word, bases);
    for (const base of bases) add(family, base, word);
    if (word.length < shortestCompound) continue;
    for (const part of knowledge.parts(word)) add(compounds, part, word);
  }

  const forms = new Set(words);
  for (const base of new Set([...family.keys(), ...compounds.keys()])) {
    for (const form of knowledge.forms(base)) forms.add(form);
  }
  const grouped = new Set<string>();
  /** Groups by shard and expansion, so that forms expanding alike share one. */
  const groups = new Map<string, [string[], string[], string[]]>();
  for (const form of [...forms].sort()) {
    const bases = basesOf.get(form) ?? knowledge.bases(form);
    const same = new Set(site.has(form) ? [form] : []);
    const containing = new Set<string>();
    for (const base of bases) {
      for (const word of family.get(base) ?? []) same.add(word);
      for (const word of compounds.get(base) ?? []) containing.add(word);
    }
    for (const word of same) containing.delete(word);
    if (containing.size === 0 && (same.size === 0 || (same.size === 1 && same.has(form)))) continue;
    const sameWords = coveringWords(same, stem);
    const sameStems = sameWords.map(stem);
    const compoundWords = coveringWords(containing, stem).filter(
      (word) => !sameStems.some((s) => stem(word).startsWith(s)),
    );
    const key = JSON.stringify([shardKey(form), sameWords, compoundWords]);
    const group = groups.get(key);
    if (group) {
      group[0].push(form);
    } else {
      const created: [string[], string[], string[]] = [[form], sameWords, compoundWords];
      groups.set(key, created);
      shard(form).groups.push(created);
    }
    grouped.add(form);
  }
  // A site word with a group is found there; listing it again would only add bytes.
  for (const word of words) if (!grouped.has(word)) shard(word).words.push(word);
  return shards;
}
