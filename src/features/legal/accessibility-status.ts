/**
 * What the accessibility statement reports about this site: the known deviations per WCAG
 * success criterion, and which checks are automated and which are done by hand. Kept as data so
 * the Norwegian and English statements list the same things, and a change to the tests is made
 * in one place.
 */

/** How far the site meets one success criterion. */
export type CriterionStatus = 'notMet' | 'notTested';

/** One known deviation from a WCAG 2.1 success criterion. */
export interface Deviation {
  /** Success criterion number, e.g. `1.2.2`. */
  criterion: string;
  /** The criterion's name, in Norwegian and English. */
  name: { nb: string; en: string };
  status: CriterionStatus;
  /** What falls short and why, in Norwegian and English. */
  reason: { nb: string; en: string };
}

/** The known deviations, by success criterion. */
export const deviations: Deviation[] = [
  {
    criterion: '1.2.2',
    name: { nb: 'Teksting (forhåndsinnspilt)', en: 'Captions (Prerecorded)' },
    status: 'notTested',
    reason: {
      nb: 'Eksempelvideoene finnes ikke på YouTube, så tekstingen kan ikke kontrolleres. Hver ekte video må kontrolleres før den publiseres.',
      en: 'The example videos do not exist on YouTube, so their captions cannot be checked. Each real video must be checked before it is published.',
    },
  },
  {
    criterion: '1.2.5',
    name: { nb: 'Synstolking (forhåndsinnspilt)', en: 'Audio Description (Prerecorded)' },
    status: 'notTested',
    reason: {
      nb: 'Som for tekstingen: synstolkingen av eksempelvideoene kan ikke kontrolleres før kommunen legger inn ekte videoer.',
      en: 'As with captions: the audio description of the example videos cannot be checked until the municipality adds real videos.',
    },
  },
  {
    criterion: '2.1.1',
    name: { nb: 'Tastatur', en: 'Keyboard' },
    status: 'notTested',
    reason: {
      nb: 'Videoer og innlegg som lastes fra YouTube og sosiale medier etter at du ber om det, lages av plattformene. Vi har ikke testet dem med tastatur og kan ikke rette feil i dem.',
      en: 'Videos and posts loaded from YouTube and social media after you ask for them are made by the platforms. We have not tested them with a keyboard and cannot fix faults in them.',
    },
  },
  {
    criterion: '4.1.2',
    name: { nb: 'Navn, rolle, verdi', en: 'Name, Role, Value' },
    status: 'notTested',
    reason: {
      nb: 'Gjelder de samme innebygde rammene fra plattformene. Teksten i hvert innlegg står alltid også på vår egen side.',
      en: 'Applies to the same embedded frames from the platforms. The text of each post is always on our own page as well.',
    },
  },
];

/** One check of the site and whether a machine or a person does it. */
export interface Check {
  kind: 'automated' | 'manual';
  /** What is checked, in Norwegian and English. */
  what: { nb: string; en: string };
}

/** How the site is tested before it is published. */
export const checks: Check[] = [
  {
    kind: 'automated',
    what: {
      nb: 'Hver side åpnes i nettleseren Chromium og sjekkes med axe-core mot WCAG 2.1 nivå A og AA. Et brudd stopper publiseringen.',
      en: 'Every page is opened in the Chromium browser and checked with axe-core against WCAG 2.1 levels A and AA. A violation stops publication.',
    },
  },
  {
    kind: 'automated',
    what: {
      nb: 'Alle sider valideres som HTML (Nu HTML Checker), og alle interne lenker og ankerlenker kontrolleres.',
      en: 'Every page is validated as HTML (Nu HTML Checker), and every internal link and anchor is checked.',
    },
  },
  {
    kind: 'automated',
    what: {
      nb: 'Hver side har nøyaktig én hovedoverskrift og ett hovedområde, og ingen side henter noe fra andre nettsteder før du ber om det.',
      en: 'Every page has exactly one main heading and one main region, and no page loads anything from another website before you ask.',
    },
  },
  {
    kind: 'manual',
    what: {
      nb: 'Videospilleren, søket og visningen av innlegg brukes med tastatur alene.',
      en: 'The video player, the search and the display of posts are used with the keyboard alone.',
    },
  },
  {
    kind: 'manual',
    what: {
      nb: 'Sidene ses på en skjerm 320 piksler bred og med 400 prosent forstørrelse, i lys og mørk modus.',
      en: 'The pages are viewed on a screen 320 pixels wide and at 400 per cent zoom, in light and dark mode.',
    },
  },
];
