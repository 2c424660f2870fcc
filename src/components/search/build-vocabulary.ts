// Writes the site vocabulary next to Pagefind's index, after `pagefind --site dist` has run:
// the words of every indexed page, per language, with what the search page should look for
// when a visitor types another form of a word or a compound (see src/lib/search-vocabulary.ts).
// Run by `npm run build`; `node src/components/search/build-vocabulary.ts [site folder]`.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-nb';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import { shardFileName } from '../../lib/search-expand.ts';
import { Lexicon } from '../../lib/search-lexicon.ts';
import { buildVocabulary } from '../../lib/search-vocabulary.ts';

/** Where the search page fetches the vocabulary from, below the site's root. */
export const vocabularyFolder = 'pagefind/vocabulary';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text Pagefind indexes on a built page (inside `data-pagefind-body`), or none. */
function indexedText(html: string): { lang: string; text: string } | undefined {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return undefined;
  // The indexed element is the whole of <main>: the layout puts nothing else in it.
  const end = html.indexOf('</main>', start);
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'nb';
  const text = html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return String.fromCodePoint(code);
      }
      return entities[name] ?? whole;
    });
  return { lang, text };
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(folder, file));
}

const site = process.argv[2] ?? 'dist';
const wordsByLang = new Map<string, Set<string>>();
for (const file of htmlFiles(site)) {
  const page = indexedText(readFileSync(file, 'utf8'));
  if (!page) continue;
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
