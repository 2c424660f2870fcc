// The English job pages either translate a fact or show the Norwegian text with lang="nb" and
// an English label saying it is in Norwegian, so no reader takes it for an untranslated slip.
import { describe, expect, test } from 'vitest';
import { builtSite } from '../support/pages.ts';
import { sites } from '../support/sites.ts';

describe('fixture: English job pages', () => {
  const site = builtSite(sites.fixture);
  const pages = site.pages.filter((page) => /^\/en\/jobs\/positions\/[^/]+\/$/.test(page.path));

  test('every fact in Norwegian is marked lang="nb" and labelled in English', () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((page) =>
      page
        .$('.job-facts dd')
        .toArray()
        .flatMap((dd) => {
          const $dd = page.$(dd);
          const fact = $dd.parent().attr('data-fact') ?? '?';
          const nb = $dd.attr('lang') === 'nb';
          const label = $dd.find('.in-norwegian[lang="en"]').text().trim();
          if (nb && label !== '(in Norwegian)') return [`${page.path}: ${fact} has no label`];
          if (!nb && label) return [`${page.path}: ${fact} is labelled but not lang="nb"`];
          return [];
        }),
    );
    expect(problems).toEqual([]);
    expect(pages.some((page) => page.$('.job-facts dd[lang="nb"]').length > 0)).toBe(true);
  });
});
