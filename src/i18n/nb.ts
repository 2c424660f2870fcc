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
  'plan.title': 'Kommunikasjonsplan',
  'plan.lead':
    'Slik kommuniserer kommunen: mål, målgrupper, prinsipper, kanaler, roller og måling. Planen er skrevet som en håndbok som andre kommuner kan lære av og bygge videre på.',
  'plan.chapters': 'Kapitlene i planen',
  'plan.lastReviewed': 'Planen ble sist gjennomgått',
  'plan.printLink': 'Hele planen på én side, for utskrift eller PDF',
  'plan.print.title': 'Kommunikasjonsplanen – hele planen',
  'plan.print.lead':
    'Alle kapitlene på én side. Bruk utskriftsfunksjonen i nettleseren for å skrive ut planen eller lagre den som PDF.',
  'plan.print.contents': 'Innhold',
  'plan.breadcrumbs': 'Du er her',
  'plan.breadcrumbs.back': 'Tilbake til',
  'plan.toc': 'Innhold i kapitlet',
  'plan.owner': 'Ansvarlig',
  'plan.chapterOf': 'Kapittel {n} av {total}',
  'plan.pager': 'Kapitler',
  'plan.pager.previous': 'Forrige kapittel',
  'plan.pager.next': 'Neste kapittel',
  'plan.principle': 'Prinsipp',
  'plan.checklist': 'Sjekkliste',
  'channels.title': 'Kanalene våre',
  'channels.lead':
    'Alle kanalene kommunen bruker, med formål, målgrupper og hvor raskt vi tar sikte på å svare. Nettstedet er navet; kanalene under sender folk videre dit.',
  'channels.list': 'Kanalregister',
  'channels.platform': 'Plattform',
  'channels.handle': 'Kontonavn',
  'channels.purpose': 'Formål',
  'channels.audience': 'Målgrupper',
  'channels.responseTime': 'Mål for svartid',
  'channels.within': 'Innen {time}',
  'channels.followers': 'Følgere',
  'channels.asOf': 'per',
  'channels.source': 'kilde:',
  'channels.link': 'Lenke',

  // --- recruitment: videos, professions and jobs ---

  // --- social: posts and consent to load embeds ---

  // --- search and feeds ---
} as const;

export type UiKey = keyof typeof nb;
