/**
 * What the privacy statement says about the server, by where the site is published
 * (`hosting` in src/site.config.ts). Behind the shipped nginx configuration no access log is
 * kept; on Netlify or Cloudflare Pages the host logs requests and is the municipality's data
 * processor, and the statement says so instead of promising what it cannot keep.
 */
import type { Locale } from '../../core/i18n';

/** Where the built site is published. */
export const hostings = ['nginx', 'netlify', 'cloudflare-pages'] as const;
export type Hosting = (typeof hostings)[number];

/** The privacy statement's sentences about the server and its logs. */
export interface HostingStatement {
  /** The lead's sentence about logs. */
  lead: string;
  /** What happens to the request, one item each. */
  server: string[];
  /** How long what the server keeps is kept, one item each. */
  retention: string[];
  /** Who processes the data for the municipality, if anyone does. */
  processor?: string;
}

const hostNames: Record<Exclude<Hosting, 'nginx'>, string> = {
  netlify: 'Netlify, Inc.',
  'cloudflare-pages': 'Cloudflare, Inc. (Cloudflare Pages)',
};

const nb = (hosting: Hosting): HostingStatement => {
  if (hosting === 'nginx') {
    return {
      lead: 'Serveren fører ingen tilgangslogg.',
      server: [
        'Serveren skriver ingen tilgangslogg. IP-adressen din lagres ikke sammen med sidene du leser.',
        'Bare alvorlige feil på selve serveren skrives til en feillogg. En slik linje kan inneholde IP-adressen fra forespørselen som utløste feilen, og brukes bare til å rette feilen.',
      ],
      retention: ['Tilgangslogg: ingen.', 'Feilloggen slettes automatisk etter 14 dager.'],
    };
  }
  const host = hostNames[hosting];
  return {
    lead: `Nettstedet driftes av ${host}, som logger forespørsler på vegne av kommunen.`,
    server: [
      `${host} leverer sidene. Som andre slike tjenester registrerer den IP-adressen, tidspunktet og adressen til siden i sine logger, for å levere sidene og verne tjenesten mot angrep.`,
      'Kommunen bruker ikke loggene til å følge med på hvem som leser hva.',
    ],
    retention: [
      `Loggene hos ${host}: så lenge databehandleravtalen med ${host} sier, og ikke lenger enn det som trengs for formålene over.`,
    ],
    processor: `${host} er databehandler for kommunen og behandler opplysningene etter en databehandleravtale. Opplysningene kan bli overført til land utenfor EØS; det skjer bare på de vilkårene personvernforordningen kapittel V setter.`,
  };
};

const en = (hosting: Hosting): HostingStatement => {
  if (hosting === 'nginx') {
    return {
      lead: 'The server keeps no access log.',
      server: [
        'The server writes no access log. Your IP address is not stored with the pages you read.',
        'Only serious faults in the server itself are written to an error log. Such a line may contain the IP address of the request that caused the fault, and is used only to fix it.',
      ],
      retention: ['Access log: none.', 'The error log is deleted automatically after 14 days.'],
    };
  }
  const host = hostNames[hosting];
  return {
    lead: `The site is hosted by ${host}, which logs requests on the municipality's behalf.`,
    server: [
      `${host} delivers the pages. Like other such services it records the IP address, the time and the address of the page in its logs, to deliver the pages and protect the service from attacks.`,
      'The municipality does not use the logs to follow who reads what.',
    ],
    retention: [
      `The logs at ${host}: as long as the data processing agreement with ${host} says, and no longer than the purposes above need.`,
    ],
    processor: `${host} is the municipality's data processor and handles the data under a data processing agreement. The data may be transferred to countries outside the EEA; that happens only on the terms of chapter V of the GDPR.`,
  };
};

/** The privacy statement's sentences about the server for `hosting`, in `locale`. */
export function hostingStatement(hosting: Hosting, locale: Locale): HostingStatement {
  if (!(hostings as readonly string[]).includes(hosting)) {
    throw new Error(
      `src/site.config.ts: hosting is "${String(hosting)}"; expected one of: ${hostings.join(', ')}.`,
    );
  }
  return locale === 'nb' ? nb(hosting) : en(hosting);
}
