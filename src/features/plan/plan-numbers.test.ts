import { describe, expect, it } from 'vitest';
import { citeLaw, lawsInForce, sectionUrl, type LawEntry } from './laws';
import {
  factById,
  fillFacts,
  formatBaseline,
  formatFact,
  numberInProse,
  targetsOf,
  type PlanFact,
  type TargetFact,
} from './plan-facts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const laws: LawEntry[] = [
  {
    id: 'arkivlova',
    name: 'Lov om arkiv',
    shortName: 'arkivlova',
    lovdataId: 'LOV-2025-06-20-96',
    url: 'https://lovdata.no/lov/2025-06-20-96',
    inForce: day('2026-01-01'),
    sections: [],
  },
  {
    id: 'arkivlova-1992',
    name: 'Lov om arkiv (1992)',
    shortName: 'arkivlova av 1992',
    lovdataId: 'LOV-1992-12-04-126',
    url: 'https://lovdata.no/lov/1992-12-04-126',
    inForce: day('1999-01-01'),
    sections: [],
    repealed: day('2026-01-01'),
    replacedBy: 'arkivlova',
  },
  {
    id: 'helse-og-omsorgstjenesteloven',
    name: 'Lov om kommunale helse- og omsorgstjenester m.m.',
    shortName: 'helse- og omsorgstjenesteloven',
    lovdataId: 'LOV-2011-06-24-30',
    url: 'https://lovdata.no/lov/2011-06-24-30',
    inForce: day('2012-01-01'),
    sections: [{ section: '5-4', title: 'Politiattest' }],
  },
];

describe.each([
  {
    citing: 'an act in force',
    id: 'arkivlova',
    section: undefined,
    text: 'arkivlova',
    href: 'https://lovdata.no/lov/2025-06-20-96',
  },
  {
    citing: 'a listed section',
    id: 'helse-og-omsorgstjenesteloven',
    section: '5-4',
    text: 'helse- og omsorgstjenesteloven § 5-4',
    href: 'https://lovdata.no/lov/2011-06-24-30/§5-4',
  },
  {
    citing: 'the 1992 archive act before it was repealed',
    id: 'arkivlova-1992',
    section: undefined,
    text: 'arkivlova av 1992',
    href: 'https://lovdata.no/lov/1992-12-04-126',
    today: '2025-12-31',
  },
])('citeLaw: $citing', ({ id, section, text, href, today = '2026-11-24' }) => {
  it('reads as the short name and links to Lovdata', () => {
    expect(citeLaw(laws, id, section, day(today))).toMatchObject({ text, href });
  });
});

describe.each([
  {
    citing: 'the 1992 archive act after 1 January 2026',
    id: 'arkivlova-1992',
    section: undefined,
    error:
      /arkivlova av 1992 \(LOV-1992-12-04-126\) was repealed on 2026-01-01; cite "arkivlova" instead/,
  },
  {
    citing: 'an unknown entry',
    id: 'arkivloven',
    section: undefined,
    error:
      /no file content\/laws\/arkivloven\.yaml; expected one of: arkivlova, arkivlova-1992, helse-og-omsorgstjenesteloven/,
  },
  {
    citing: 'a section the entry does not list',
    id: 'helse-og-omsorgstjenesteloven',
    section: '3-1',
    error: /lists no section "3-1" \(it lists: 5-4\)/,
  },
])('citeLaw fails on $citing', ({ id, section, error }) => {
  it('names the entry and what is wrong', () => {
    expect(() => citeLaw(laws, id, section, day('2026-11-24'))).toThrow(error);
  });
});

describe('the laws in force', () => {
  it('leaves out a repealed act and sorts by short name', () => {
    expect(lawsInForce(laws, day('2026-11-24')).map((law) => law.id)).toEqual([
      'arkivlova',
      'helse-og-omsorgstjenesteloven',
    ]);
  });

  it('links a section the way Lovdata addresses it', () => {
    expect(sectionUrl('https://lovdata.no/lov/1814-05-17', '100')).toBe(
      'https://lovdata.no/lov/1814-05-17/§100',
    );
  });
});

const target: TargetFact = {
  kind: 'target',
  chapters: ['kanalene'],
  measure: 'Svar innen {svartid}',
  direction: 'minst',
  value: 90,
  unit: 'prosent',
  baseline: { notMeasured: 'Ikke målt ennå' },
};
const facts = new Map<string, PlanFact>([
  ['apningstid', { kind: 'opening-hours', days: 'hverdager', from: '08:00', to: '15:30' }],
  ['svartid', { kind: 'duration', amount: 2, unit: 'timer', about: 'svar' }],
  ['en-dag', { kind: 'duration', amount: 1, unit: 'arbeidsdager', about: 'klage' }],
  ['frist', { kind: 'duration', amount: 72, unit: 'timer', about: 'avvik' }],
  ['svar-i-tide', target],
  ['alle', { ...target, value: 100 }],
  [
    'folgere',
    {
      ...target,
      chapters: ['formal-og-mal'],
      measure: 'Følgere',
      value: 15000,
      unit: 'følgere',
      baseline: { value: 13700, asOf: '2015', source: 'Fagbladet 6/2015' },
    },
  ],
]);

describe.each([
  { id: 'apningstid', reads: 'hverdager kl.\u00a008.00\u2060–\u206015.30' },
  { id: 'svartid', reads: 'to\u00a0timer' },
  { id: 'en-dag', reads: 'én\u00a0arbeidsdag' },
  { id: 'frist', reads: '72\u00a0timer' },
  { id: 'svar-i-tide', reads: 'minst 90\u00a0prosent' },
  { id: 'folgere', reads: 'minst 15\u00a0000\u00a0følgere' },
  { id: 'alle', reads: '100\u00a0prosent' },
])('the fact $id', ({ id, reads }) => {
  it(`reads "${reads}"`, () => {
    expect(formatFact(factById(facts, id, 'test'))).toBe(reads);
  });
});

describe('plan facts', () => {
  it('writes small numbers in words and large ones in digits', () => {
    expect([1, 6, 12, 13, 1500].map(numberInProse)).toEqual([
      'én',
      'seks',
      'tolv',
      '13',
      '1\u00a0500',
    ]);
  });

  it('puts facts into a target’s text', () => {
    expect(fillFacts(target.measure, facts, 'test')).toBe('Svar innen to\u00a0timer');
  });

  it('gives a baseline with its date and source, or why there is none', () => {
    expect(formatBaseline(facts.get('folgere') as TargetFact)).toBe(
      '13\u00a0700\u00a0følgere (2015; Fagbladet 6/2015)',
    );
    expect(formatBaseline(target)).toBe('Ikke målt ennå');
  });

  it('lists one chapter’s targets, or all', () => {
    expect(targetsOf(facts, 'kanalene').map(([id]) => id)).toEqual(['svar-i-tide', 'alle']);
    expect(targetsOf(facts, undefined).map(([id]) => id)).toEqual([
      'svar-i-tide',
      'alle',
      'folgere',
    ]);
  });

  it('fails on an unknown fact, naming the ones there are', () => {
    expect(() => factById(facts, 'svartid-facebook', '<Fact id="svartid-facebook">')).toThrow(
      /<Fact id="svartid-facebook">: content\/plan-facts\.yaml has no "svartid-facebook"; expected one of: alle, apningstid, en-dag, folgere, frist, svar-i-tide, svartid/,
    );
  });
});
