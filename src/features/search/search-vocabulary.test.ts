import { readFileSync } from 'node:fs';
import { stemmer } from '@orama/stemmers/norwegian';
import dictionary from 'dictionary-nb';
import { describe, expect, it } from 'vitest';
import { expand, shardKey, shardWords } from './search-expand';
import { Lexicon } from './search-lexicon';
import { buildVocabulary, coveringWords } from './search-vocabulary';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/search/${name}`, import.meta.url), 'utf8');
const mini = new Lexicon(fixture('mini.aff'), fixture('mini.dic'));

describe.each([
  ['sykepleierne', ['sykepleier']],
  ['sykepleieren', ['sykepleier']],
  ['stillinger', ['stilling']],
  ['tømming', ['tømme']],
  ['kalendere', ['kalender']],
  ['ukjent', []],
])('Lexicon.bases(%j) on a small dictionary', (form, bases) => {
  it(`gives ${JSON.stringify(bases)}`, () => expect(mini.bases(form)).toEqual(bases));
});

describe.each([
  ['sykepleier', ['sykepleier', 'sykepleieren', 'sykepleiere', 'sykepleierne']],
  ['tømme', ['tømme', 'tømming']],
  ['avfall', ['avfall']],
  ['ukjent', []],
])('Lexicon.forms(%j) on a small dictionary', (base, forms) => {
  it('lists the forms its rules make', () => expect(mini.forms(base).sort()).toEqual(forms.sort()));
});

describe.each([
  ['tømmekalenderen', ['tømme', 'kalender']],
  ['sykepleierstillinger', ['sykepleier', 'stilling']],
  ['hageavfall', ['hage', 'avfall']],
  // A linking -e- ("barn-e-hage") and an -s- ("søppel-s-dag").
  ['barnehage', ['barn', 'hage']],
  ['søppelsdager', ['søppel', 'dag']],
  ['sykepleier', []],
])('Lexicon.parts(%j) on a small dictionary', (word, parts) => {
  it(`splits into ${JSON.stringify(parts)}`, () =>
    expect(mini.parts(word).sort()).toEqual(parts.sort()));
});

describe('Lexicon with the Norwegian Bokmål dictionary (dictionary-nb)', () => {
  const decoder = new TextDecoder();
  const nb = new Lexicon(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  it.each([
    ['barnehagelærerne', 'barnehagelærer'],
    ['sykepleierne', 'sykepleier'],
    ['tømming', 'tømme'],
  ])('knows %j as a form of %j', (form, base) => expect(nb.bases(form)).toContain(base));
  it.each([
    ['tømmekalenderen', ['tømme', 'kalender']],
    ['sykepleierstillinger', ['sykepleier', 'stilling']],
    ['badevannskvalitet', ['badevann', 'kvalitet']],
  ])('splits %j into parts including %j', (word, parts) =>
    expect(nb.parts(word)).toEqual(expect.arrayContaining(parts)),
  );
});

describe.each([
  // "sykepleiere" stems to "sykepleier", which covers "sykepleierne"'s stem.
  [['sykepleiere', 'sykepleierne', 'sykepleier'], ['sykepleier']],
  [['hage', 'hageavfall'], ['hage']],
  [
    ['avfall', 'kalender'],
    ['avfall', 'kalender'],
  ],
])('coveringWords(%j)', (words, covering) => {
  it(`keeps ${JSON.stringify(covering)}`, () =>
    expect(coveringWords(words, stemmer)).toEqual(covering));
});

describe('buildVocabulary', () => {
  const site = ['sykepleiere', 'sykepleierstillinger', 'tømmekalenderen', 'hageavfall', 'avfall'];
  const shards = buildVocabulary(site, mini, stemmer);
  const lookup = (word: string) => expand(word, shards.get(shardKey(word)));

  it.each([
    // A form the site never uses finds the forms it does use; the search for "sykepleiere"
    // already finds "sykepleierstillinger", which starts with its stem.
    ['sykepleierne', ['sykepleiere'], []],
    ['stilling', [], ['sykepleierstillinger']],
    ['kalender', [], ['tømmekalenderen']],
    ['tømming', [], ['tømmekalenderen']],
    ['avfall', ['avfall'], ['hageavfall']],
    ['hageavfall', ['hageavfall'], []],
  ])('widens %j to %j and compounds %j', (word, same, compounds) =>
    expect(lookup(word)).toEqual({ same, compounds }),
  );

  it('leaves out words neither the site nor the dictionary knows', () =>
    expect(lookup('ukjent')).toBeUndefined());

  it('knows every site word in its shard, for spelling suggestions', () =>
    expect(shardWords(shards.get('sy')!)).toEqual(
      expect.arrayContaining(['sykepleiere', 'sykepleierstillinger']),
    ));

  it('writes forms that widen alike once, as one group', () => {
    const group = shards.get('sy')?.groups.find(([forms]) => forms.includes('sykepleierne'));
    expect(group?.[0]).toEqual(
      expect.arrayContaining(['sykepleier', 'sykepleiere', 'sykepleierne']),
    );
    expect(shards.get('sy')?.words).not.toContain('sykepleiere');
  });

  it('without a dictionary writes only the word lists', () => {
    const english = buildVocabulary(['nurses', 'nurse'], undefined, (w) => w);
    expect(english.get('nu')).toEqual({ words: ['nurse', 'nurses'], groups: [] });
  });
});
