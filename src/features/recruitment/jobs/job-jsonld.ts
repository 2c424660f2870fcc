/**
 * A job's schema.org `JobPosting`: the properties every posting has, the employer from the site
 * configuration, and the properties a job ad's facts add (pay, number of openings, start date,
 * working hours, contact persons and the reference number).
 */
import { isoDay, markdownToPlainText, type JsonLd } from '../../../core/jsonld';
import { byAgreement, formatPositionSize, type JobFactsInput } from './job-facts';

/**
 * Google's recommended `JobPosting` properties that apply to on-site jobs (the remote-work
 * ones do not), checked on every open job. `baseSalary` is left out when pay is "etter avtale".
 */
export const recommendedJobProperties = [
  'baseSalary',
  'directApply',
  'employmentType',
  'identifier',
] as const;

/** The further properties schema.org has for the facts of a Norwegian job ad. */
export const factProperties = [
  'totalJobOpenings',
  'workHours',
  'applicationContact',
  'jobStartDate',
] as const;

/** The `JobPosting` properties made from a job's facts. */
export function jobPostingFacts(
  job: Pick<
    JobFactsInput,
    'pay' | 'positions' | 'start' | 'positionSize' | 'contacts' | 'reference'
  >,
  options: { id: string; employerName: string; locale: 'nb' | 'en' },
): Record<string, unknown> {
  const { pay } = job;
  const salary =
    pay !== byAgreement && pay.min !== undefined
      ? {
          '@type': 'MonetaryAmount',
          currency: 'NOK',
          value: {
            '@type': 'QuantitativeValue',
            ...(pay.max !== undefined && pay.max !== pay.min
              ? { minValue: pay.min, maxValue: pay.max }
              : { value: pay.min }),
            unitText: 'YEAR',
          },
        }
      : undefined;
  return {
    ...(salary && { baseSalary: salary }),
    totalJobOpenings: job.positions,
    ...(job.start !== byAgreement && { jobStartDate: job.start.toISOString().slice(0, 10) }),
    workHours: formatPositionSize(job.positionSize, options.locale),
    applicationContact: job.contacts.map((contact) => ({
      '@type': 'ContactPoint',
      name: contact.name,
      contactType: contact.title,
      ...(contact.phone && { telephone: contact.phone }),
      ...(contact.email && { email: contact.email }),
    })),
    identifier: {
      '@type': 'PropertyValue',
      name: options.employerName,
      value: job.reference ?? options.id,
    },
  } satisfies Partial<JsonLd>;
}

/** What a `JobPosting` is built from; URLs absolute. */
export interface JobInput {
  title: string;
  /** The full advertisement; Google accepts plain text or simple HTML. */
  description: string;
  datePosted: Date;
  /** Last day to apply: the posting is valid through the end of that day. */
  deadline: Date;
  employmentType: string;
  /** Absolute URL of the job's page on this site. */
  url: string;
  /** Absolute URL of the job in the application system. */
  applicationUrl: string;
  organization: { name: string; url: string; logo: string };
  location: { locality: string; region: string; country: string };
}

/** schema.org `JobPosting` for an open position. */
export function jobPosting(job: JobInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    datePosted: isoDay(job.datePosted),
    validThrough: `${isoDay(job.deadline)}T23:59:59`,
    employmentType: job.employmentType,
    url: job.url,
    directApply: false,
    hiringOrganization: {
      '@type': 'Organization',
      name: job.organization.name,
      sameAs: job.organization.url,
      logo: job.organization.logo,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: job.location.locality,
        addressRegion: job.location.region,
        addressCountry: job.location.country,
      },
    },
    potentialAction: { '@type': 'ApplyAction', target: job.applicationUrl },
  };
}

/** The fields of a job entry the structured data is made from. */
export interface JobEntryLike {
  id: string;
  body?: string | undefined;
  data: {
    title: string;
    titleEn?: string | undefined;
    summary: string;
    summaryEn?: string | undefined;
    location: string;
    employmentType: string;
    posted: Date;
    deadline: Date;
    applicationUrl: string;
  } & Partial<JobFactsInput>;
}

/** Who is hiring and where, from the site configuration. */
export interface Employer {
  name: string;
  url: string;
  /** Absolute URL of the logo. */
  logo: string;
  region: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

/** `JobPosting` for a job entry, in the language of the page it is shown on. */
export function jobPostingForEntry(
  job: JobEntryLike,
  options: { pageUrl: string; locale: 'nb' | 'en'; employer: Employer },
): JsonLd {
  const { data } = job;
  const english = options.locale === 'en';
  const title = english ? (data.titleEn ?? data.title) : data.title;
  const summary = english ? (data.summaryEn ?? data.summary) : data.summary;
  const { employer } = options;
  const facts =
    data.pay && data.positionSize && data.start && data.contacts
      ? jobPostingFacts(
          {
            pay: data.pay,
            positions: data.positions ?? 1,
            start: data.start,
            positionSize: data.positionSize,
            contacts: data.contacts,
            reference: data.reference,
          },
          { id: job.id, employerName: employer.name, locale: options.locale },
        )
      : {};
  const posting = jobPosting({
    title,
    description: [summary, markdownToPlainText(job.body ?? '')].filter(Boolean).join('\n\n'),
    datePosted: data.posted,
    deadline: data.deadline,
    employmentType: data.employmentType,
    url: options.pageUrl,
    applicationUrl: data.applicationUrl,
    organization: { name: employer.name, url: employer.url, logo: employer.logo },
    location: { locality: data.location, region: employer.region, country: employer.country },
  });
  return { ...posting, ...facts };
}

/**
 * The municipality as employer, from the site configuration. The country is fixed: the site
 * is made for Norwegian municipalities and follows Norwegian rules.
 */
export function employerOf(config: {
  name: string;
  siteUrl: string;
  mainWebsite: string;
  county: string;
  logo: { src: string };
}): Employer {
  return {
    name: config.name,
    url: config.mainWebsite,
    logo: new URL(config.logo.src, config.siteUrl).href,
    region: config.county,
    country: 'NO',
  };
}
