/**
 * Soft hyphens in the long words of headings, card titles, fact lists and navigation, chosen by
 * the element's `lang` from the `hyphen` package's TeX patterns (Norwegian bokmål and nynorsk,
 * English), so that a long compound breaks at a syllable with a hyphen in every browser instead
 * of mid-syllable without one (CSS `hyphens: auto` has no Norwegian dictionary in most browsers).
 *
 * Only the visible text of those elements changes: attributes, scripts (JSON-LD), `<title>`,
 * `<meta>` and every other element stay byte for byte as built. The site's build runs this after
 * Pagefind has indexed the pages and the vocabulary has been read from that index, so search,
 * feeds and structured data keep the plain words (see hyphenate-site.ts).
 */
import { Parser } from 'htmlparser2';
import nb from 'hyphen/nb/index.js';
import nn from 'hyphen/nn/index.js';
import en from 'hyphen/en/index.js';

/** U+00AD SOFT HYPHEN: invisible unless the line breaks there, where it shows as a hyphen. */
export const softHyphen = '\u00AD';

/**
 * Words shorter than this are left whole: at 320 px the narrowest box that holds one of these
 * texts (a large heading) fits about fifteen letters, so a shorter word never needs breaking,
 * and hyphenating it would only add hyphens at line ends.
 */
export const minWordLength = 10;

/** Elements whose text is hyphenated, with everything inside them. */
export const hyphenatedElements: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // Fact lists: the label–value lists of a job, a video, a channel.
  'dl',
  'nav',
]);

/** Elements whose text is never hyphenated, wherever they are: code, raw text, graphics. */
const keptElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
]);

type Hyphenator = (text: string, options?: { minWordLength?: number }) => string;

/** Pattern sets by primary language subtag. Norwegian without a written standard is bokmål. */
const hyphenators: Record<string, Hyphenator> = {
  nb: nb.hyphenateSync,
  no: nb.hyphenateSync,
  nn: nn.hyphenateSync,
  en: en.hyphenateSync,
};

/** The language whose patterns hyphenate text in `lang` (`nb`, `en`), or undefined for none. */
export function hyphenationLanguage(lang: string | undefined): string | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary in hyphenators ? primary : undefined;
}

/**
 * Whether a whitespace-separated token is an address, a number or code rather than a word:
 * URLs, e-mail addresses, reference numbers ("2026/EKS-01"), file names. Their parts are no
 * syllables, so they keep no soft hyphen; the stylesheet lets those break anywhere instead.
 */
export function isUnhyphenatable(token: string): boolean {
  return addressOrNumber.test(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** A digit, a character of addresses, or a dot or colon between letters: no word of a language. */
export const addressOrNumber = /[\p{N}@/\\_=#%&+~]|[\p{L}\p{N}][.:][\p{L}\p{N}]/u;

const cache = new Map<string, string>();

/** One word (letters only) with soft hyphens where the patterns of `language` allow a break. */
function hyphenateWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  let result = cache.get(key);
  if (result === undefined) {
    const hyphenate = hyphenators[language] as Hyphenator;
    result = hyphenate(word, { minWordLength });
    cache.set(key, result);
  }
  return result;
}

/**
 * `text` with soft hyphens in its words of at least {@link minWordLength} letters, by the
 * patterns for `lang`; unchanged for a language without patterns. Tokens that are addresses or
 * numbers, and words that already hold a soft hyphen (an editor's own), are left as they are,
 * so hyphenating twice gives the same text.
 */
export function hyphenateText(text: string, lang: string | undefined): string {
  const language = hyphenationLanguage(lang);
  if (!language) return text;
  return text.replace(/[^\s]+/gu, (token) =>
    token.includes(softHyphen) || isUnhyphenatable(token)
      ? token
      : token.replace(/[\p{L}\p{M}]+/gu, (word) =>
          [...word].length >= minWordLength ? hyphenateWord(word, language) : word,
        ),
  );
}

/** What the parser knows of an open element. */
interface Frame {
  lang: string | undefined;
  /** Inside an element whose text is hyphenated. */
  hyphenated: boolean;
  /** Inside an element whose text must stay as it is. */
  kept: boolean;
}

/** Whether an element's text must stay as written wherever it is (code, addresses, `translate="no"`). */
function keeps(name: string, attributes: Record<string, string>): boolean {
  const href = attributes['href'] ?? '';
  return (
    keptElements.has(name) ||
    attributes['translate'] === 'no' ||
    /^(mailto|tel):/i.test(href) ||
    'data-no-hyphens' in attributes
  );
}

/** The result of hyphenating one page. */
export interface HyphenatedPage {
  html: string;
  /** How many text runs changed. */
  changed: number;
}

/**
 * Hyphenates the text of headings, fact lists and navigation in a built page by each element's
 * `lang` (inherited from its ancestors, `<html lang>` first). Every other byte of the page stays
 * as it was: the text is spliced into the original, never re-serialised. Text with a character
 * reference (`&amp;`) is left whole, since its bytes are not its text.
 */
export function hyphenateHtml(html: string): HyphenatedPage {
  const stack: Frame[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        stack.push({
          lang: 'lang' in attributes ? attributes['lang'] : parent?.lang,
          hyphenated: (parent?.hyphenated ?? false) || hyphenatedElements.has(name),
          kept: (parent?.kept ?? false) || keeps(name, attributes),
        });
      },
      ontext(text) {
        const frame = stack.at(-1);
        if (!frame?.hyphenated || frame.kept) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (html.slice(start, end) !== text) return;
        const hyphenated = hyphenateText(text, frame.lang);
        if (hyphenated !== text) edits.push({ start, end, text: hyphenated });
      },
      onclosetag() {
        stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return { html: out + html.slice(from), changed: edits.length };
}
