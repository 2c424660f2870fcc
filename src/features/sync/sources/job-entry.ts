import type { SyncLimits } from '../config.ts';
import type { SyncedEntry } from '../entry-files.ts';
import { capped, htmlToMarkdown, httpsUrl, ItemError, plainText } from '../sanitize.ts';

/**
 * A job ad as every job adapter hands it over, in the terms of the site's job schema
 * (src/content.config.ts). Each adapter maps its source's fields onto this; `jobEntry` checks
 * and cleans it, and decides whether the ad can be published at once or arrives as a draft.
 */
export interface JobAd {
  /** The ad's id at the source. */
  id: string;
  /** The ad's page at the source (https). */
  url: string;
  title: unknown;
  /** The ad's text as HTML (or plain text). */
  html?: unknown;
  /** A short text about the position; without it, the ad's first sentences. */
  summary?: unknown;
  department?: unknown;
  /** Place of work, e.g. the town or the area. */
  location?: unknown;
  /** The exact workplace, e.g. the school or care home. */
  workplace?: unknown;
  /** YYYY-MM-DD */
  posted?: string | undefined;
  /** YYYY-MM-DD */
  deadline?: string | undefined;
  employmentType?:
    'FULL_TIME' | 'PART_TIME' | 'TEMPORARY' | 'INTERN' | 'PER_DIEM' | 'OTHER' | undefined;
  positionSize?: number | undefined;
  positions?: number | undefined;
  /** YYYY-MM-DD, or "etter avtale". */
  start?: string | undefined;
  contacts?: { name?: unknown; title?: unknown; phone?: unknown; email?: unknown }[];
  applicationUrl?: unknown;
  reference?: unknown;
  /** The day the source withdrew the ad before its deadline (YYYY-MM-DD). */
  withdrawn?: string | undefined;
}

/** Options every job source has, for what the source cannot say (docs/sync.md). */
export interface JobSourceOptions {
  /**
   * The profession of an ad, by the first rule whose `match` (a regular expression, case
   * ignored) is found in its title or department; an ad no rule matches arrives as a draft.
   */
  professions?: { match: string; profession: string }[];
  /**
   * Values for the site's required fields the source does not give (e.g. `pay: etter avtale`),
   * written once when the ad's file is created; the editor changes them from then on.
   */
  defaults?: Record<string, unknown>;
}

/** The job schema's fields a published ad must have (src/content.config.ts). */
const required = [
  'title',
  'summary',
  'department',
  'location',
  'profession',
  'employmentType',
  'posted',
  'deadline',
  'applicationUrl',
  'positionSize',
  'pay',
  'start',
  'contacts',
] as const;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** `DD.MM.YYYY`, `YYYY-MM-DD` or an ISO timestamp as YYYY-MM-DD, if it is a real date. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const day = norwegian
    ? `${norwegian[3]}-${norwegian[2]!.padStart(2, '0')}-${norwegian[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(text)
      ? text.slice(0, 10)
      : undefined;
  if (!day || !isoDay.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

/** The first sentences of a text, up to about 240 characters, for a summary. */
function firstSentences(text: string): string {
  if (text.length <= 240) return text;
  const cut = text.slice(0, 240);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > 60 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

const phonePattern = /^\+?[\d ]{8,}$/;
const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** A contact the schema accepts, or undefined. */
function contactOf(contact: NonNullable<JobAd['contacts']>[number]) {
  const name = plainText(contact.name);
  const title = plainText(contact.title);
  const phone = plainText(contact.phone).replace(/[^\d+ ]/g, '');
  const email = plainText(contact.email);
  const result = {
    name,
    title,
    ...(phonePattern.test(phone) ? { phone } : {}),
    ...(emailPattern.test(email) ? { email } : {}),
  };
  return name && title && (result.phone || result.email) ? result : undefined;
}

/** The profession of an ad by the source's rules, if one matches. */
function professionOf(options: JobSourceOptions, ...texts: string[]): string | undefined {
  for (const rule of options.professions ?? []) {
    if (texts.some((text) => new RegExp(rule.match, 'i').test(text))) return rule.profession;
  }
  return undefined;
}

/**
 * True when an ad's text asks for a police certificate («Politiattest må legges fram», «Det kreves
 * gyldig politiattest»); a text that says none is needed («Politiattest kreves ikke») does not.
 */
export function asksForPoliceCertificate(text: string): boolean {
  return /politiattest/i.test(text) && !/politiattest\s+(?:kreves|trengs|er)\s+ikke/i.test(text);
}

/**
 * An ad as a synced entry: source-owned fields in the schema's terms, the ad's text as the body,
 * and, once, the profession from the rules, the defaults and `draft: true` while a required
 * field is missing (`draftReasons` says which).
 */
export function jobEntry(ad: JobAd, options: JobSourceOptions, limits: SyncLimits): SyncedEntry {
  const title = capped(plainText(ad.title), limits.maxTitleLength, 'the title');
  if (!title) throw new ItemError('the ad has no title.');
  const url = httpsUrl(ad.url);
  if (!url) throw new ItemError(`the ad's address "${String(ad.url).slice(0, 80)}" is not https.`);
  const html = typeof ad.html === 'string' ? ad.html : '';
  capped(html, limits.maxTextLength, "the ad's text");
  const body = htmlToMarkdown(html);
  const summary = capped(
    plainText(ad.summary) || firstSentences(plainText(html)),
    limits.maxTextLength,
    'the summary',
  );
  const department = plainText(ad.department);
  const contacts = (ad.contacts ?? [])
    .map(contactOf)
    .filter((c) => c !== undefined)
    .slice(0, 10);
  const fields: Record<string, unknown> = {
    title,
    summary: summary || undefined,
    department: department || undefined,
    location: plainText(ad.location) || undefined,
    workplace: plainText(ad.workplace) || undefined,
    employmentType: ad.employmentType,
    posted: ad.posted,
    deadline: ad.deadline,
    applicationUrl: httpsUrl(ad.applicationUrl) ?? url,
    positionSize: ad.positionSize,
    positions: ad.positions && ad.positions > 1 ? ad.positions : undefined,
    start: ad.start,
    contacts: contacts.length ? contacts : undefined,
    reference: plainText(ad.reference) || undefined,
    withdrawn: ad.withdrawn,
  };
  if (
    fields['posted'] &&
    fields['deadline'] &&
    String(fields['deadline']) < String(fields['posted'])
  ) {
    throw new ItemError(`the deadline ${String(fields['deadline'])} is before the ad was posted.`);
  }
  const profession = professionOf(options, title, department);
  const initial: Record<string, unknown> = {
    ...(profession ? { profession } : {}),
    ...(asksForPoliceCertificate(plainText(html)) ? { policeCertificate: true } : {}),
    ...options.defaults,
  };
  const missing = required.filter(
    (field) => fields[field] === undefined && initial[field] === undefined,
  );
  return {
    system: '',
    id: ad.id,
    url,
    title,
    fields,
    body,
    initial: { ...initial, draft: missing.length > 0 },
    ...(missing.length ? { draftReasons: [...missing] } : {}),
  };
}

/**
 * A job missing from a complete list (or reported stopped) on `today` while its deadline is
 * still ahead was withdrawn at the source; one gone on its last day simply closed, and a closed
 * or already withdrawn one is left as it is.
 */
export function withdrawOpenJob(
  data: Record<string, unknown>,
  today: string,
): Record<string, unknown> | undefined {
  const deadline = dayOf(String(data['deadline'] ?? ''));
  return data['withdrawn'] === undefined && deadline !== undefined && deadline > today
    ? { withdrawn: today }
    : undefined;
}
