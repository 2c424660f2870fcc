// Runs a visitor's query through Pagefind, widened by the site vocabulary: other forms of each
// word, compounds that contain it, the parts of a compound the site never uses, and "aa/ae/oe"
// typed for "å/æ/ø". Pagefind finds pages containing every word given to one search, so each
// alternative is a search of its own and the scores are combined here (see search-expand.ts).

import {
  allOf,
  anyOf,
  closestWord,
  compoundSplits,
  expand,
  matchWeight,
  queryWords,
  ranked,
  shardFileName,
  shardKey,
  spellings,
  type VocabularyShard,
  type WeightedScores,
  type WordExpansion,
} from './search-expand';

/** One result as Pagefind describes it once its fragment is loaded. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's browser API the search uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options: { filters: Record<string, string> },
  ): Promise<{ results: PagefindHit[] } | null>;
}

/** The outcome of a query: pages by falling score, and a spelling to offer when none match. */
export interface SearchOutcome {
  results: { id: string; data(): Promise<PagefindData> }[];
  suggestion?: string | undefined;
}

/** A pause in typing this long (ms) is taken as a word that may be complete. */
const typingPause = 300;

/**
 * From this many letters a known word's own forms are searched as it is typed, without waiting
 * for a pause: Pagefind matches word beginnings, and a beginning this long lies in the same few
 * index files as the longer words it grows into, while a short one ("bar" on the way to
 * "barnehagelærer") spans many.
 */
const searchAsTyped = 6;

/** Below this many pages for a word, the parts of a compound are searched too. */
const enoughPages = 5;

/** Searches one language's index; the vocabulary is fetched a shard at a time, when needed. */
export class SearchEngine {
  readonly #pagefind: Promise<Pagefind>;
  readonly #vocabulary: string;
  /** Whether the vocabulary lists word forms (Norwegian); English relies on Pagefind's stemming. */
  readonly #widen: boolean;
  readonly #shards = new Map<string, Promise<VocabularyShard | undefined>>();
  readonly #terms = new Map<string, Promise<Map<string, PagefindHit>>>();
  #typing: ReturnType<typeof setTimeout> | undefined;

  /** `pagefind` may still be loading: the vocabulary is fetched meanwhile. */
  constructor(pagefind: Promise<Pagefind>, vocabularyUrl: string, widen: boolean) {
    this.#pagefind = pagefind;
    this.#vocabulary = vocabularyUrl;
    this.#widen = widen;
  }

  #shard(word: string): Promise<VocabularyShard | undefined> {
    const key = shardKey(word);
    let shard = this.#shards.get(key);
    if (!shard) {
      shard = fetch(`${this.#vocabulary}${shardFileName(key)}`)
        .then((response) =>
          response.ok ? (response.json() as Promise<VocabularyShard>) : undefined,
        )
        .catch(() => undefined);
      this.#shards.set(key, shard);
    }
    return shard;
  }

  #search(term: string, filters: Record<string, string>): Promise<Map<string, PagefindHit>> {
    const key = `${term}\u0000${JSON.stringify(filters)}`;
    let hits = this.#terms.get(key);
    if (!hits) {
      hits = this.#pagefind
        .then((pagefind) => pagefind.search(term, { filters }))
        .then((found) => new Map((found?.results ?? []).map((hit) => [hit.id, hit])));
      this.#terms.set(key, hits);
    }
    return hits;
  }

  /** Pages for a set of alternatives; `hits` keeps, per page, the hit of its best alternative. */
  async #alternatives(
    terms: { term: string; weight: number }[],
    filters: Record<string, string>,
    hits: Map<string, PagefindHit>,
  ): Promise<Map<string, number>> {
    const found = await Promise.all(terms.map(({ term }) => this.#search(term, filters)));
    const weighted: WeightedScores[] = found.map((pages, index) => {
      for (const [id, hit] of pages) if (!hits.has(id)) hits.set(id, hit);
      const scores = new Map([...pages].map(([id, hit]) => [id, hit.score]));
      return { scores, weight: terms[index]?.weight ?? 1 };
    });
    return anyOf(weighted);
  }

  async #expansion(word: string): Promise<{ spelling: string; known?: WordExpansion }> {
    for (const spelling of spellings(word)) {
      const known = expand(spelling, await this.#shard(spelling));
      if (known) return { spelling, known };
    }
    return { spelling: word };
  }

  static #termsOf(expansion: WordExpansion | undefined, word: string) {
    if (!expansion) return [{ term: word, weight: matchWeight.same }];
    return [
      ...expansion.same.map((term) => ({ term, weight: matchWeight.same })),
      ...expansion.compounds.map((term) => ({ term, weight: matchWeight.compound })),
    ];
  }

  /** Pages for one word of the query, with their scores. */
  async #word(
    word: string,
    filters: Record<string, string>,
    hits: Map<string, PagefindHit>,
  ): Promise<Map<string, number>> {
    if (!this.#widen) return this.#alternatives([{ term: word, weight: 1 }], filters, hits);
    const { spelling, known } = await this.#expansion(word);
    const scores = await this.#alternatives(SearchEngine.#termsOf(known, spelling), filters, hits);
    if (scores.size >= enoughPages) return scores;
    // Few pages use the word: read it as a compound of words the site does use, ranked below.
    for (const candidate of spellings(word)) {
      for (const [head, tail] of compoundSplits(candidate, await this.#shard(candidate))) {
        const tailExpansion = expand(tail, await this.#shard(tail));
        if (!tailExpansion) continue;
        const headExpansion = expand(head, await this.#shard(head));
        const parts = allOf(
          await Promise.all([
            this.#alternatives(SearchEngine.#termsOf(headExpansion, head), filters, hits),
            this.#alternatives(SearchEngine.#termsOf(tailExpansion, tail), filters, hits),
          ]),
        );
        return anyOf([
          { scores, weight: 1 },
          { scores: parts, weight: matchWeight.parts / 2 },
        ]);
      }
    }
    return scores;
  }

  /** A spelling of the query whose words the site uses, when some word is unknown to it. */
  async #suggest(words: string[]): Promise<string | undefined> {
    let changed = false;
    const suggested = await Promise.all(
      words.map(async (word) => {
        for (const spelling of spellings(word)) {
          const shard = await this.#shard(spelling);
          if (expand(spelling, shard)) return spelling;
          const closest = closestWord(spelling, shard);
          if (closest) {
            changed = true;
            return closest;
          }
        }
        return word;
      }),
    );
    return changed ? suggested.join(' ') : undefined;
  }

  /**
   * Gets ready, while the visitor is still typing `text`, for searching it: fetches the
   * vocabulary file of each word at once (one per two first letters, so it rarely changes while
   * a word grows), searches the forms of a known word of `searchAsTyped` letters or more at
   * once, and when typing pauses also the compounds containing it, so that Enter finds the
   * results ready even when it follows the last letter. Waiting for a pause keeps the index of
   * compounds, which lie elsewhere in the index, from being fetched for words passed on the way.
   */
  prepare(text: string): void {
    const words = queryWords(text);
    clearTimeout(this.#typing);
    if (!this.#widen) {
      this.#typing = setTimeout(() => {
        for (const word of words) if (word.length >= 3) void this.#search(word, {}).catch(() => {});
      }, typingPause);
      return;
    }
    const each = (pick: (known: WordExpansion, spelling: string) => string[]) => {
      for (const word of words) {
        if ([...word].length < 2) continue;
        for (const spelling of spellings(word)) {
          void this.#shard(spelling).then((shard) => {
            const known = expand(spelling, shard);
            if (!known) return;
            for (const term of pick(known, spelling)) void this.#search(term, {}).catch(() => {});
          });
        }
      }
    };
    each((known, spelling) => ([...spelling].length >= searchAsTyped ? known.same : []));
    this.#typing = setTimeout(
      () => each((known) => [...known.same, ...known.compounds]),
      typingPause,
    );
  }

  /** Pages matching every word of `query` in some form, best first. */
  async search(query: string, filters: Record<string, string>): Promise<SearchOutcome> {
    clearTimeout(this.#typing);
    const words = queryWords(query);
    const hits = new Map<string, PagefindHit>();
    const perWord = await Promise.all(words.map((word) => this.#word(word, filters, hits)));
    const ids = ranked(allOf(perWord));
    const results = ids.flatMap((id) => {
      const hit = hits.get(id);
      return hit ? [{ id, data: () => hit.data() }] : [];
    });
    return { results, suggestion: results.length === 0 ? await this.#suggest(words) : undefined };
  }
}
