/**
 * The facts of a job ad as rows for the page's fact list and the cards, and the pure rules
 * behind them (sizes, pay, closing soon), so that pages, feeds and tests agree on them.
 */
import { formatDate, isoDate, langTag, type Locale } from '../../../core/i18n';
import { numberFormat } from '../../../core/intl';
import type { UiKey } from '../../../core/i18n/nb';

/** The words an ad uses when pay or start date is agreed with the person hired. */
export const byAgreement = 'etter avtale';

/** Stillingsprosent: one percentage, or a range when several positions differ in size. */
export type PositionSize = number | { from: number; to: number };
/** Pay: a scale step, a yearly amount or range in NOK, or by agreement. */
export type Pay =
  | typeof byAgreement
  | { scale?: string | undefined; min?: number | undefined; max?: number | undefined };
/** Someone applicants can ask about the position. */
export interface Contact {
  name: string;
  title: string;
  phone?: string | undefined;
  email?: string | undefined;
}

/** The front matter of a job the facts are made from. */
export interface JobFactsInput {
  department: string;
  location: string;
  employmentType: string;
  posted: Date;
  deadline: Date;
  positionSize: PositionSize;
  positions: number;
  pay: Pay;
  start: Date | typeof byAgreement;
  contacts: Contact[];
  workplace?: string | undefined;
  reference?: string | undefined;
  documents: string[];
  policeCertificate: boolean;
  qualifications: string[];
}

/** One piece of a fact's value: text, optionally a link or a machine-readable date. */
export interface FactPart {
  text: string;
  href?: string | undefined;
  datetime?: string | undefined;
}

/** One row of the fact list: a label and one or more values. */
export interface FactRow {
  /** Stable name of the fact, for tests and styling. */
  key: string;
  label: string;
  /** Each item is one line; an item of several parts is joined on that line. */
  items: FactPart[][];
  /** True when the text comes from the content file, which is written in bokmål. */
  fromContent?: boolean;
}

type Translate = (key: UiKey) => string;

const dayMs = 24 * 60 * 60 * 1000;

/** Days a job stays "closing soon" before its deadline. */
export const closingSoonDays = 7;

/** True when the job is still open on `today` and its deadline is at most seven days away. */
export function isClosingSoon(deadline: Date, today: Date, days = closingSoonDays): boolean {
  const left = (deadline.getTime() - today.getTime()) / dayMs;
  return left >= 0 && left <= days;
}

/** "100 %" or "50–100 %", as the language writes percentages. */
export function formatPositionSize(size: PositionSize, locale: Locale): string {
  const sign = locale === 'nb' ? '\u00a0%' : '%';
  return typeof size === 'number' ? `${size}${sign}` : `${size.from}–${size.to}${sign}`;
}

/** Whole kroner with the language's digit grouping: "560 000" or "560,000". */
export function formatKroner(amount: number, locale: Locale): string {
  return numberFormat(langTag[locale], { maximumFractionDigits: 0 }).format(amount);
}

/** Pay in words: "Lønnstrinn 45 (kr 520 000–600 000 per år)", or "Etter avtale". */
export function formatPay(pay: Pay, locale: Locale, t: Translate): string {
  if (pay === byAgreement) return t('jobfacts.byAgreement');
  const amount =
    pay.min === undefined
      ? undefined
      : t('jobfacts.payAmount').replace(
          '{amount}',
          pay.max === undefined || pay.max === pay.min
            ? formatKroner(pay.min, locale)
            : `${formatKroner(pay.min, locale)}–${formatKroner(pay.max, locale)}`,
        );
  if (pay.scale && amount) return `${pay.scale} (${amount})`;
  return pay.scale ?? amount ?? '';
}

/** True when the employment is a temporary one (vikariat, on call) rather than permanent. */
export function isTemporary(employmentType: string): boolean {
  return employmentType === 'TEMPORARY' || employmentType === 'PER_DIEM';
}

/** The `tel:` address of a phone number as written in the ad. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}

function text(value: string): FactPart[][] {
  return [[{ text: value }]];
}

function date(value: Date, locale: Locale): FactPart[][] {
  return [[{ text: formatDate(value, locale), datetime: isoDate(value) }]];
}

/**
 * Every fact of a job as rows, in the order the job page lists them. Optional facts the ad
 * does not give are left out; the rest are always there, so ads read alike.
 */
export function jobFactRows(job: JobFactsInput, locale: Locale, t: Translate): FactRow[] {
  const rows: FactRow[] = [
    { key: 'deadline', label: t('jobs.deadline'), items: date(job.deadline, locale) },
    {
      key: 'workplace',
      label: t('recruit.job.location'),
      items: text(job.workplace ? `${job.workplace}, ${job.location}` : job.location),
      fromContent: true,
    },
    {
      key: 'department',
      label: t('recruit.job.department'),
      items: text(job.department),
      fromContent: true,
    },
    {
      key: 'tenure',
      label: t('jobfacts.tenure'),
      items: text(t(isTemporary(job.employmentType) ? 'jobfacts.temporary' : 'jobfacts.permanent')),
    },
    {
      key: 'employmentType',
      label: t('recruit.job.employmentType'),
      items: text(t(`recruit.employment.${job.employmentType}` as UiKey)),
    },
    {
      key: 'positionSize',
      label: t('jobfacts.positionSize'),
      items: text(formatPositionSize(job.positionSize, locale)),
    },
    { key: 'positions', label: t('jobfacts.positions'), items: text(String(job.positions)) },
    {
      key: 'pay',
      label: t('jobfacts.pay'),
      items: text(formatPay(job.pay, locale, t)),
      fromContent: job.pay !== byAgreement && job.pay.scale !== undefined,
    },
    {
      key: 'start',
      label: t('jobfacts.start'),
      items: job.start === byAgreement ? text(t('jobfacts.byAgreement')) : date(job.start, locale),
    },
    {
      key: 'contacts',
      label: t('jobfacts.contacts'),
      fromContent: true,
      items: job.contacts.map((contact) => [
        { text: `${contact.name}, ${contact.title}` },
        ...(contact.phone ? [{ text: contact.phone, href: telHref(contact.phone) }] : []),
        ...(contact.email ? [{ text: contact.email, href: `mailto:${contact.email}` }] : []),
      ]),
    },
  ];
  if (job.reference) {
    rows.push({ key: 'reference', label: t('jobfacts.reference'), items: text(job.reference) });
  }
  if (job.qualifications.length > 0) {
    rows.push({
      key: 'qualifications',
      label: t('jobfacts.qualifications'),
      items: job.qualifications.map((q) => [{ text: q }]),
      fromContent: true,
    });
  }
  if (job.documents.length > 0) {
    rows.push({
      key: 'documents',
      label: t('jobfacts.documents'),
      items: job.documents.map((d) => [{ text: d }]),
      fromContent: true,
    });
  }
  rows.push({
    key: 'policeCertificate',
    label: t('jobfacts.policeCertificate'),
    items: text(
      t(job.policeCertificate ? 'jobfacts.policeCertificate.yes' : 'jobfacts.policeCertificate.no'),
    ),
  });
  rows.push({ key: 'posted', label: t('recruit.job.posted'), items: date(job.posted, locale) });
  return rows;
}

/** The two facts a card shows to help choose: size and deadline. */
export function cardFacts(
  job: Pick<JobFactsInput, 'positionSize' | 'positions'>,
  locale: Locale,
  t: Translate,
): string {
  const size = formatPositionSize(job.positionSize, locale);
  return job.positions > 1
    ? t('jobfacts.card.sizeMany').replace('{count}', String(job.positions)).replace('{size}', size)
    : t('jobfacts.card.size').replace('{size}', size);
}

/** How the jobs list can be ordered. */
export type JobOrder = 'deadline' | 'newest';

/** Jobs in the chosen order; ties fall back to the title so that builds are reproducible. */
export function sortJobs<T extends { data: { deadline: Date; posted: Date; title: string } }>(
  jobs: T[],
  order: JobOrder,
): T[] {
  return sortBy(jobs, order, (job) => job.data);
}

/** Job views (the pages' lists) in the chosen order, by the same rule as {@link sortJobs}. */
export function sortJobViews<T extends { deadline: Date; posted: Date; title: { text: string } }>(
  jobs: T[],
  order: JobOrder,
): T[] {
  return sortBy(jobs, order, (job) => ({ ...job, title: job.title.text }));
}

function sortBy<T>(
  jobs: T[],
  order: JobOrder,
  fields: (job: T) => { deadline: Date; posted: Date; title: string },
): T[] {
  const key = (job: T) =>
    order === 'deadline' ? fields(job).deadline.getTime() : -fields(job).posted.getTime();
  return [...jobs].sort(
    (a, b) => key(a) - key(b) || fields(a).title.localeCompare(fields(b).title, 'nb'),
  );
}
