import type { Hosting } from './features/legal/hosting';

/**
 * Every value that belongs to one municipality lives here. Another municipality adopts the
 * site by editing this file and the files under `content/`.
 */
export interface SiteConfig {
  /** Official name, shown in the header, titles and structured data. */
  name: string;
  /** Short name used where space is tight. */
  shortName: string;
  /** County the municipality belongs to. */
  county: string;
  /** Approximate number of inhabitants, and when that figure was true. */
  population: { count: number; asOf: string };
  /** Absolute URL this site is published at, without a trailing slash. */
  siteUrl: string;
  /** The municipality's main website: the hub for stable information. */
  mainWebsite: string;
  /** Start page of the application system that every job's application link leads to. */
  applicationSystemUrl: string;
  /** Hosts that job application links may point to. */
  applicationHosts: string[];
  /** Where readers reach the municipality. */
  contact: {
    email: string;
    phone: string;
    /** Address for feedback on the accessibility of this site. */
    accessibilityEmail: string;
    /** Address for questions about personal data. */
    privacyEmail: string;
  };
  /**
   * The municipality's data protection officer (personvernombud), named in the privacy
   * statement: a name where the municipality publishes one, and an address.
   */
  dataProtectionOfficer: { name?: string; email: string };
  /**
   * Where the built site is published: `nginx` (the shipped server configuration, no access
   * log), `netlify` or `cloudflare-pages` (the host logs requests as a data processor). The
   * privacy statement says what is true for it (docs/deployment.md).
   */
  hosting: Hosting;
  /** Logo in `public/`, with its text alternative. */
  logo: { src: string; alt: string };
  /** Brand colours in hex, applied over the Designsystemet theme. */
  colours: { brand: string; brandDark: string };
  /** Date of the accessibility statement (YYYY-MM-DD). */
  accessibilityStatementDate: string;
  /**
   * The address of the municipality's own published accessibility statement in Uutilsynet's
   * service uustatus.no (not the service's list of statements). Norwegian public bodies must
   * publish their statement there; until this is set, the site's page says it is not yet
   * published.
   */
  uustatusUrl?: string;
  /** Date of the last manual accessibility test of this site (YYYY-MM-DD). */
  accessibilityLastTested: string;
  /** Working days within which the municipality answers accessibility feedback. */
  accessibilityResponseDays: number;
  /**
   * Values above the municipality has not confirmed, by their path in this object (for example
   * `contact.phone`). Wherever the site shows one, it marks it as an example address. Remove a
   * path from the list once the value is checked.
   */
  unconfirmed: UnconfirmedValue[];
  /** The repository the browser editor at /admin/ saves to (README: "Editing in the browser"). */
  repository: { host: 'github' | 'gitlab'; name: string; branch: string };
  /**
   * How many entries one page of a long list shows (README: "Reusing the site"); each left out
   * keeps its default: posts 20, news 20, jobs 24, videos 24, and 6 open jobs of its profession
   * on a video page (`relatedJobs`), which links to the profession's page for the rest.
   */
  pageSizes?: {
    posts?: number;
    news?: number;
    jobs?: number;
    videos?: number;
    relatedJobs?: number;
  };
}

/** Paths of the values in {@link SiteConfig} that may be marked as unconfirmed. */
export type UnconfirmedValue =
  | 'siteUrl'
  | 'applicationSystemUrl'
  | 'contact.email'
  | 'contact.phone'
  | 'contact.accessibilityEmail'
  | 'contact.privacyEmail'
  | 'dataProtectionOfficer.email'
  | 'uustatusUrl'
  | 'accessibilityLastTested'
  | 'accessibilityResponseDays';

export const site: SiteConfig = {
  name: 'Sarpsborg kommune',
  shortName: 'Sarpsborg',
  county: 'Østfold',
  population: { count: 55000, asOf: '2015' },
  siteUrl: 'https://kommunikasjon.sarpsborg.com',
  mainWebsite: 'https://www.sarpsborg.com',
  applicationSystemUrl: 'https://www.sarpsborg.com/jobb-og-karriere/ledige-stillinger/',
  applicationHosts: ['www.sarpsborg.com', 'sarpsborg.com'],
  contact: {
    email: 'postmottak@sarpsborg.com',
    phone: '+47 69 10 80 00',
    accessibilityEmail: 'postmottak@sarpsborg.com',
    privacyEmail: 'personvernombud@sarpsborg.com',
  },
  dataProtectionOfficer: { email: 'personvernombud@sarpsborg.com' },
  hosting: 'nginx',
  logo: { src: '/logo.svg', alt: 'Sarpsborg kommune' },
  colours: { brand: '#005aa0', brandDark: '#7cc0f5' },
  accessibilityStatementDate: '2026-11-24',
  accessibilityLastTested: '2026-11-24',
  accessibilityResponseDays: 10,
  // None of these addresses comes from a source the site can cite; the municipality confirms them.
  unconfirmed: [
    'siteUrl',
    'applicationSystemUrl',
    'contact.email',
    'contact.phone',
    'contact.accessibilityEmail',
    'contact.privacyEmail',
    'dataProtectionOfficer.email',
    'accessibilityLastTested',
    'accessibilityResponseDays',
  ],
  repository: { host: 'github', name: 'sarpsborg-kommune/kommunikasjon', branch: 'main' },
};
