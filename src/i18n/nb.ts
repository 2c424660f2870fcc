/** Every UI string in Norwegian bokmål. `en.ts` must have the same keys. */
export const nb = {
  // --- layout and front page ---
  'site.tagline': 'Kommunikasjon og karriere',
  'skip.toMain': 'Hopp til hovedinnholdet',
  'nav.label': 'Hovedmeny',
  'nav.home': 'Forside',
  'nav.plan': 'Kommunikasjonsplan',
  'nav.jobs': 'Jobb hos oss',
  'nav.channels': 'Kanaler',
  'nav.news': 'Nyheter',
  'nav.search': 'Søk',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',
  'footer.label': 'Bunntekst',
  'footer.accessibility': 'Tilgjengelighetserklæring',
  'footer.privacy': 'Personvern',
  'footer.feeds': 'RSS-strømmer',
  'footer.contact': 'Kontakt',
  'footer.mainSite': 'Kommunens hovednettsted',
  'example.notice':
    'Eksempelinnhold: Denne oppføringen er laget for å vise hvordan nettstedet fungerer, og er ikke bekreftet av kommunen.',
  'example.badge': 'Eksempel',
  'date.published': 'Publisert',
  'date.updated': 'Sist gjennomgått',
  'home.title': 'Kommunikasjon og karriere',
  'home.lead':
    'Slik jobber vi med kommunikasjon, dialog og rekruttering – åpent, raskt og i kanalene der innbyggerne er.',
  'home.plan.heading': 'Kommunikasjonsplanen',
  'home.plan.more': 'Les hele kommunikasjonsplanen',
  'home.videos.heading': 'Rekrutteringsvideoer',
  'home.videos.more': 'Se alle videoene',
  'home.jobs.heading': 'Ledige stillinger',
  'home.jobs.more': 'Se alle ledige stillinger',
  'home.jobs.none': 'Det er ingen ledige stillinger akkurat nå.',
  'home.posts.heading': 'Siste fra kanalene våre',
  'home.posts.more': 'Se alle innlegg',
  'home.news.heading': 'Nyheter',
  'home.news.more': 'Alle nyheter',
  'jobs.deadline': 'Søknadsfrist',
  'notFound.title': 'Fant ikke siden',
  'notFound.lead': 'Siden du lette etter finnes ikke, eller den er flyttet.',
  'notFound.home': 'Gå til forsiden',

  // --- plan: the communication plan and the channel register ---

  // --- recruitment: videos, professions and jobs ---

  // --- social: posts and consent to load embeds ---

  // --- search and feeds ---
} as const;

export type UiKey = keyof typeof nb;
