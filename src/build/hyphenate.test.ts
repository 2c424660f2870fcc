import { describe, expect, it } from 'vitest';
import {
  hyphenateHtml,
  hyphenateText,
  hyphenationLanguage,
  isUnhyphenatable,
  minWordLength,
  softHyphen,
} from './hyphenate';

/** Soft hyphens shown as `·`, so that the expectations can be read. */
const shown = (text: string) => text.replaceAll(softHyphen, '·');

describe.each([
  ['nb', 'nb'],
  ['nb-NO', 'nb'],
  ['no', 'no'],
  ['nn', 'nn'],
  ['en', 'en'],
  ['en-GB', 'en'],
  ['de', undefined],
  ['', undefined],
  [undefined, undefined],
])('hyphenationLanguage(%j)', (lang, expected) => {
  it(`is ${expected}`, () => expect(hyphenationLanguage(lang)).toBe(expected));
});

describe.each([
  ['https://sarpsborg.com/kommunikasjonsplan', true],
  ['www.sarpsborg.com', true],
  ['postmottak@sarpsborg.kommune.no', true],
  ['2026/EKS-01', true],
  ['«Kommunikasjonsplan».', false],
  ['helse-og-omsorgstjenesten,', false],
  ['Kommunikasjonsplan:', false],
])('isUnhyphenatable(%j)', (token, expected) => {
  it(`is ${expected}`, () => expect(isUnhyphenatable(token)).toBe(expected));
});

describe.each([
  // Norwegian compounds break between their parts and at syllables.
  ['Krisekommunikasjon', 'nb', 'Krise·kom·mu·ni·ka·sjon'],
  ['Hjemmetjenesten', 'nb', 'Hjem·me·tje·nes·ten'],
  ['Barnehagelærer på storbarnsavdeling', 'nb', 'Barne·hage·læ·rer på stor·barns·av·de·ling'],
  ['communication', 'en', 'com·mu·ni·ca·tion'],
  // Shorter words stay whole.
  ['november Sarpsborg', 'nb', 'november Sarpsborg'],
  // Punctuation around a word does not stop it.
  ['«Kommunikasjonsplan».', 'nb', '«Kom·mu·ni·ka·sjons·plan».'],
  // Addresses and numbers keep no soft hyphen: no syllable is in them.
  ['www.kommunikasjonsplanen.no', 'nb', 'www.kommunikasjonsplanen.no'],
  ['kommunikasjon@sarpsborg.kommune.no', 'nb', 'kommunikasjon@sarpsborg.kommune.no'],
  ['Referanse 2026/Kommunikasjonsplan', 'nb', 'Referanse 2026/Kommunikasjonsplan'],
  // An editor's own soft hyphen wins.
  [`Kommunikasjons${softHyphen}plan`, 'nb', 'Kommunikasjons·plan'],
  // No patterns for the language: the text stays as it is.
  ['Krisekommunikasjon', 'de', 'Krisekommunikasjon'],
  ['Krisekommunikasjon', undefined, 'Krisekommunikasjon'],
])('hyphenateText(%j, %j)', (text, lang, expected) => {
  it(`gives ${expected}`, () => expect(shown(hyphenateText(text, lang))).toBe(expected));
});

it(`leaves words shorter than ${minWordLength} letters whole`, () => {
  expect(hyphenateText('a'.repeat(minWordLength - 1), 'nb')).toBe('a'.repeat(minWordLength - 1));
});

it('hyphenating twice gives the same text', () => {
  const once = hyphenateText('Krisekommunikasjon i helsefagarbeiderstillinger', 'nb');
  expect(hyphenateText(once, 'nb')).toBe(once);
});

/** A page in bokmål around `body`, with the words that must never change in its head. */
const page = (body: string) =>
  '<!doctype html><html lang="nb"><head><title>Kommunikasjonsplan</title>' +
  '<meta name="description" content="Kommunikasjonsplan">' +
  '<script type="application/ld+json">{"title":"Kommunikasjonsplan"}</script>' +
  `</head><body>${body}</body></html>`;

describe.each([
  ['a heading', '<h1>Kommunikasjonsplan</h1>', '<h1>Kom·mu·ni·ka·sjons·plan</h1>'],
  [
    'a card title inside a link',
    '<h3 class="ds-heading"><a class="ds-link" href="/x/">Helsefagarbeider</a></h3>',
    '<h3 class="ds-heading"><a class="ds-link" href="/x/">Helse·fag·ar·bei·der</a></h3>',
  ],
  [
    'a fact list',
    '<dl><dt>Stillingsstørrelse</dt><dd><span>Hjemmetjenesten</span></dd></dl>',
    '<dl><dt>Stil·lings·stør·rel·se</dt><dd><span>Hjem·me·tje·nes·ten</span></dd></dl>',
  ],
  [
    'navigation, with void elements between links',
    '<nav><a href="/">Kommunikasjonsplan</a><br><img alt="Kommunikasjonsplan" src="x.png"><a href="/">Krisekommunikasjon</a></nav>',
    '<nav><a href="/">Kom·mu·ni·ka·sjons·plan</a><br><img alt="Kommunikasjonsplan" src="x.png"><a href="/">Krise·kom·mu·ni·ka·sjon</a></nav>',
  ],
  [
    'an English part by its own lang',
    '<h2>Jobb: <span lang="en">communication</span></h2>',
    '<h2>Jobb: <span lang="en">com·mu·ni·ca·tion</span></h2>',
  ],
  [
    'a part in a language without patterns',
    '<h2 lang="de">Krisekommunikation</h2>',
    '<h2 lang="de">Krisekommunikation</h2>',
  ],
  ['running text', '<p>Kommunikasjonsplan</p>', '<p>Kommunikasjonsplan</p>'],
  [
    'an attribute with > in it, and an entity between words',
    '<h2 data-x="a > b" title="Kommunikasjonsplan">Krisekommunikasjon &amp; Helsefagarbeider</h2>',
    '<h2 data-x="a > b" title="Kommunikasjonsplan">Krise·kom·mu·ni·ka·sjon &amp; Helse·fag·ar·bei·der</h2>',
  ],
  [
    'an e-mail link, a telephone link, code and translate="no"',
    '<dl><dd><a href="mailto:kommunikasjonsavdelingen@x.no">Kommunikasjonsavdelingen</a> <a href="tel:+4769100000">Sentralbordtelefon</a> <code>Kommunikasjonsplan</code> <span translate="no">Kommunikasjonsplan</span></dd></dl>',
    '<dl><dd><a href="mailto:kommunikasjonsavdelingen@x.no">Kommunikasjonsavdelingen</a> <a href="tel:+4769100000">Sentralbordtelefon</a> <code>Kommunikasjonsplan</code> <span translate="no">Kommunikasjonsplan</span></dd></dl>',
  ],
  [
    'a script inside navigation',
    '<nav><script>const kommunikasjonsplan = "<h1>";</script></nav>',
    '<nav><script>const kommunikasjonsplan = "<h1>";</script></nav>',
  ],
])('hyphenateHtml: %s', (_, body, expected) => {
  it('changes that text and nothing else', () => {
    const { html } = hyphenateHtml(page(body));
    expect(shown(html)).toBe(page(expected));
  });
});

it('hyphenateHtml counts the text runs it changed and changes nothing twice', () => {
  const first = hyphenateHtml(page('<h1>Kommunikasjonsplan</h1><nav>Krisekommunikasjon</nav>'));
  expect(first.changed).toBe(2);
  expect(hyphenateHtml(first.html)).toEqual({ html: first.html, changed: 0 });
});
