/**
 * The schema.org properties a job ad's facts give a `JobPosting`, beyond the ones every
 * posting has: pay, number of openings, start date, working hours, contact persons and the
 * reference number.
 */
import type { JsonLd } from '../../../core/jsonld';
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
