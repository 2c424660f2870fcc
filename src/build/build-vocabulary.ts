// Writes the site vocabulary next to Pagefind's index, after `pagefind --site dist` has run:
// the words Pagefind indexed on every page, per language, with what the search page should look for
// when a visitor types another form of a word or a compound (see src/features/search/search-vocabulary.ts).
// Run by `npm run build`; `node src/build/build-vocabulary.ts [site folder]`.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import dictionary from 'dictionary-nb';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import { shardFileName } from '../features/search/search-expand.ts';
import { Lexicon } from '../features/search/search-lexicon.ts';
import { buildVocabulary } from '../features/search/search-vocabulary.ts';

/** Where the search page fetches the vocabulary from, below the site's root. */
export const vocabularyFolder = 'pagefind/vocabulary';

/** Pagefind's fragments are gzip files that start with this signature, then JSON. */
const fragmentSignature = 'pagefind_dcd';

/**
 * The text Pagefind indexed for each page, from its fragments (`pagefind/fragment/<lang>_….pf_fragment`):
 * the same words the index holds, without the page furniture Pagefind was told to leave out.
 */
function indexedTexts(site: string): { lang: string; text: string }[] {
  const folder = join(site, 'pagefind/fragment');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const data = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      if (!data.startsWith(fragmentSignature)) {
        throw new Error(
          `${join(folder, file)}: expected a Pagefind fragment ("${fragmentSignature}…").`,
        );
      }
      const fragment = JSON.parse(data.slice(fragmentSignature.length)) as { content: string };
      return { lang: file.slice(0, file.indexOf('_')), text: fragment.content };
    });
}

const site = process.argv[2] ?? 'dist';
const wordsByLang = new Map<string, Set<string>>();
for (const page of indexedTexts(site)) {
  const words = wordsByLang.get(page.lang) ?? new Set<string>();
  for (const word of page.text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []) words.add(word);
  wordsByLang.set(page.lang, words);
}

const decoder = new TextDecoder();
const norwegian = new Lexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
const out = join(site, vocabularyFolder);
rmSync(out, { recursive: true, force: true });
let files = 0;
let bytes = 0;
for (const [lang, words] of wordsByLang) {
  const shards =
    lang === 'nb'
      ? buildVocabulary(words, norwegian, norwegianStemmer)
      : buildVocabulary(words, undefined, englishStemmer);
  mkdirSync(join(out, lang), { recursive: true });
  for (const [key, shard] of shards) {
    const json = JSON.stringify(shard);
    writeFileSync(join(out, lang, shardFileName(key)), json);
    files += 1;
    bytes += Buffer.byteLength(json);
  }
}
console.log(`Search vocabulary: ${files} files, ${(bytes / 1024).toFixed(0)} KB in ${out}`);
