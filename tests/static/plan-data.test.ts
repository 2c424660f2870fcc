// The plan's numbers and laws as the fixture's chapters show them (tests/fixtures/site/content/
// plan-facts.yaml and laws/): read through <Fact>, <Targets> and <Law>, and listed on the overview.
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';

describe('fixture: the plan’s numbers and laws', () => {
  const site = builtSite(sites.fixture);

  test('the overview lists the laws in force with their dates, and not the repealed act', () => {
    const page = site.page('/kommunikasjonsplan/');
    const items = page?.$('#laws-heading').parent().find('li[data-law]').toArray() ?? [];
    const laws = items.map((li) => page?.$(li).attr('data-law'));
    expect(laws).toEqual(['arkivlova', 'helse-og-omsorgstjenesteloven']);
    const arkivlova = page?.$('li[data-law="arkivlova"]');
    expect(arkivlova?.find('a').attr('href')).toBe('https://lovdata.no/lov/2025-06-20-96');
    expect(arkivlova?.find('time').attr('datetime')).toBe('2026-01-01');
    expect(page?.html).not.toContain('1992-12-04-126');
  });

  test('a chapter shows its facts, its targets with baselines and its citations', () => {
    const page = site.page('/kommunikasjonsplan/maal/');
    const fact = (id: string) => page?.$(`main span[data-fact="${id}"]`).first().text();
    expect(fact('apningstid')).toBe('hverdager kl.\u00a008.00\u2060–\u206015.30');
    expect(fact('svartid-kommentar')).toBe('to\u00a0timer');
    expect(fact('valgnoytralitet')).toBe('seks\u00a0uker');
    const row = page?.$('main tr[data-fact="svar-i-tide"]').first();
    expect(
      row
        ?.find('th, td')
        .toArray()
        .map((td) => page?.$(td).text()),
    ).toEqual([
      'Spørsmål i kommentarfeltet som får svar innen to\u00a0timer',
      'minst 90\u00a0prosent',
      '72\u00a0prosent (oktober 2026; Testviks egen telling)',
    ]);
    const law = page?.$('main a[data-law="helse-og-omsorgstjenesteloven"]');
    expect(law?.text()).toBe('helse- og omsorgstjenesteloven § 5-4');
    expect(law?.attr('href')).toBe('https://lovdata.no/lov/2011-06-24-30/§5-4');
  });

  test('the table of every target links each to its chapters, in reading order', () => {
    const page = site.page('/kommunikasjonsplan/maal/');
    const all = page?.$('main table').last();
    const ids = all
      ?.find('tbody tr')
      .toArray()
      .map((tr) => page?.$(tr).attr('data-fact'));
    expect(ids).toEqual(['svar-i-tide', 'folgere-testvik']);
    expect(all?.find('a[href="/kommunikasjonsplan/kanaler/"]').length).toBe(1);
  });
});
