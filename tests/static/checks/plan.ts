// Checks of the plan's own rules on a built page: its numbers come from content/plan-facts.yaml
// through <Fact> and <Targets> (which mark what they write with data-fact), and no page names an
// archive act or term that no longer applies (the law references are entries in content/laws/).
import type { BuiltPage, BuiltSite } from '../../support/pages.ts';

/** Number words a promised time could be written with by hand. */
const numberWords = 'én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tjue';

/** Numbers of the kinds the plan keeps in content/plan-facts.yaml, written out by hand. */
const handWritten: [string, RegExp][] = [
  [
    'a time or deadline',
    new RegExp(
      `(?<![\\p{L}\\d])(?:\\d+|${numberWords})[\\s\\u00a0]+(?:minutt(?:er)?|timer?|arbeidsdag(?:er)?|virkedag(?:er)?|døgn|dag(?:er)?|uker?|måned(?:er)?)(?![\\p{L}])`,
      'giu',
    ),
  ],
  ['a clock time', /\bkl\.\s*\d|\b\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}[.:]\d{2}\b/giu],
  ['a percentage', /\b\d+[\s\u00a0]*(?:prosent\b|%)/giu],
];

/** Archive acts and terms the archive act in force since 1 January 2026 replaced. */
const repealed: [string, RegExp][] = [
  [
    'the archive act of 1992',
    /arkivlov(?:a|en)? (?:av|fra) 1992|LOV-1992-12-04-126|1992-12-04-126/giu,
  ],
  ['«arkivplan», now «dokumentasjonsplan»', /\barkivplan(?:en|er|ene)?\b/giu],
  ['«Arkivverket», now «Nasjonalarkivet»', /\bArkivverket\b/gu],
];

/** True for the plan's pages: the overview, each chapter and the printable plan. */
export function isPlanPage(page: BuiltPage): boolean {
  return page.path.startsWith('/kommunikasjonsplan/');
}

/** The text of `main` without what the plan's number components wrote. */
function textWithoutFacts(page: BuiltPage): string {
  const main = page.$('main').clone();
  main.find('[data-fact]').remove();
  return main.text().replace(/\s+/g, ' ');
}

/** Numbers in a plan page that a chapter wrote by hand instead of reading them from the facts. */
export function checkPlanNumbers(_site: BuiltSite, page: BuiltPage): string[] {
  if (!isPlanPage(page)) return [];
  const text = textWithoutFacts(page);
  return handWritten.flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map(
      (match) =>
        `${page.path}: ${kind} written by hand, "${match[0]}"; take it from content/plan-facts.yaml with <Fact> or <Targets>`,
    ),
  );
}

/**
 * References to the repealed archive act, or its terms, anywhere in a page's main content but
 * the editors' guide at /admin/veiledning/, which names the old terms to say they are gone.
 */
export function checkRepealedReferences(_site: BuiltSite, page: BuiltPage): string[] {
  if (page.path.startsWith('/admin/')) return [];
  const text = page.$('main').text().replace(/\s+/g, ' ');
  return repealed.flatMap(([what, pattern]) =>
    [...text.matchAll(pattern)].map(
      (match) => `${page.path}: "${match[0]}" refers to ${what}; cite the act in force with <Law>`,
    ),
  );
}
