import type { SourceConfig } from '../config.ts';
import { parseJson, SyncHttpError } from '../http.ts';
import type { Skip } from '../report.ts';
import type { Adapter, AdapterResult, SyncContext } from '../run.ts';
import { ItemError } from '../sanitize.ts';
import {
  dayOf,
  jobEntry,
  withdrawOpenJob,
  type JobAd,
  type JobSourceOptions,
} from './job-entry.ts';

/**
 * NAV Arbeidsplassen's job vacancy feed (navikt/pam-stilling-feed), to which every Norwegian
 * application system forwards its ads. A change log read page by page: `GET /api/v1/feed` (from a
 * day, by `If-Modified-Since`) or `/api/v1/feed/{page id}`, each page `{ items, next_id, next_url }`,
 * each item's details at `item.url` (`/api/v1/feedentry/{uuid}`: `{ uuid, status, sistEndret,
 * ad_content }`). The sync keeps the last page's id as its cursor and goes on from there next
 * time, sending the page's ETag, so an unchanged page answers 304. Ads are kept when the
 * employer's organisation number is one of the municipality's.
 */
export interface NavOptions extends JobSourceOptions {
  /** Organisation numbers of the municipality and of its units (schools, care homes …). */
  orgNumbers: string[];
  /**
   * Only look up ads whose work place is in one of these municipalities (as the feed writes
   * them, e.g. "SARPSBORG"); saves a request per ad elsewhere in the country. Optional.
   */
  municipalities?: string[];
  /**
   * The environment variable with a private token, if the municipality has one; without it the
   * public token is fetched from the feed (`/api/publicToken`).
   */
  tokenEnv?: string;
  /** Where a first run starts, in days back from today (default 60). */
  startDaysBack?: number;
  /** Most pages read in one run (default 200). */
  maxPages?: number;
  /** The feed's address; change only for tests. */
  apiUrl?: string;
}

/** A NAV stillingsfeed source for src/sync.config.ts. */
export const nav = (options: NavOptions & { name?: string }): SourceConfig => ({
  kind: 'nav',
  ...options,
});

interface FeedPage {
  id?: unknown;
  next_id?: unknown;
  items?: {
    id?: unknown;
    url?: unknown;
    _feed_entry?: { uuid?: unknown; status?: unknown; municipal?: unknown; sistEndret?: unknown };
  }[];
}

interface FeedAd {
  uuid?: unknown;
  published?: unknown;
  expires?: unknown;
  workLocations?: { address?: unknown; city?: unknown; municipal?: unknown }[];
  contactList?: { name?: unknown; email?: unknown; phone?: unknown; title?: unknown }[];
  title?: unknown;
  description?: unknown;
  sourceurl?: unknown;
  applicationUrl?: unknown;
  applicationDue?: unknown;
  link?: unknown;
  employer?: { name?: unknown; orgnr?: unknown };
  engagementtype?: unknown;
  extent?: unknown;
  starttime?: unknown;
  positioncount?: unknown;
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "SARPSBORG" → "Sarpsborg", "NORDRE FOLLO" → "Nordre Follo". */
const placeName = (value: string) =>
  value
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, c: string) => gap + c.toUpperCase());

/** The schema's employment type from NAV's `engagementtype` and `extent`. */
function employmentType(ad: FeedAd): JobAd['employmentType'] {
  const type = str(ad.engagementtype).toLowerCase();
  if (/vikariat|engasjement|sesong|prosjekt|midlertidig/.test(type)) return 'TEMPORARY';
  if (/lærling|trainee/.test(type)) return 'INTERN';
  const extent = str(ad.extent).toLowerCase();
  if (extent === 'heltid') return 'FULL_TIME';
  if (extent === 'deltid') return 'PART_TIME';
  return undefined;
}

/** The start as the schema has it: a date, "etter avtale", or nothing. */
function startOf(value: unknown): string | undefined {
  const text = str(value);
  if (/etter avtale|snarest/i.test(text)) return 'etter avtale';
  return dayOf(text);
}

/** The token: the private one from the environment, or the feed's public one. */
async function tokenFor(options: NavOptions, api: string, context: SyncContext): Promise<string> {
  const fromEnv = options.tokenEnv ? process.env[options.tokenEnv] : undefined;
  if (fromEnv) return fromEnv.trim();
  const url = `${api}/api/publicToken`;
  const result = await context.fetch(url);
  const token =
    result.status === 'ok'
      ? result
          .text()
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .at(-1)
      : undefined;
  if (!token || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) {
    throw new SyncHttpError(url, 'the answer has no public token.');
  }
  return token;
}

function check(config: SourceConfig): void {
  const numbers = config['orgNumbers'];
  if (
    !Array.isArray(numbers) ||
    numbers.length === 0 ||
    !numbers.every((n) => typeof n === 'string' && /^\d{9}$/.test(n))
  ) {
    throw new Error(
      'orgNumbers: expected a list of nine-digit organisation numbers as strings, e.g. ["938801363"].',
    );
  }
}

async function read(config: SourceConfig, context: SyncContext): Promise<AdapterResult> {
  const options = config as unknown as NavOptions;
  const api = (options.apiUrl ?? 'https://pam-stilling-feed.nav.no').replace(/\/$/, '');
  const headers = {
    authorization: `Bearer ${await tokenFor(options, api, context)}`,
    accept: 'application/json',
  };
  const orgNumbers = new Set(options.orgNumbers);
  const places = options.municipalities?.map((m) => m.toUpperCase());
  const ads = new Map<string, JobAd>();
  const withdrawn = new Map<string, string>();
  const skipped: Skip[] = [];
  let notModified = false;

  let cursor = context.state.cursor;
  const startDay = new Date(
    (
      context.since ?? new Date(context.now.getTime() - (options.startDaysBack ?? 60) * 864e5)
    ).getTime(),
  );
  let seenItems = 0;
  for (let page = 0; page < (options.maxPages ?? 200); page++) {
    const url = cursor ? `${api}/api/v1/feed/${cursor}` : `${api}/api/v1/feed`;
    const result = await context.fetch(url, {
      conditional: Boolean(cursor),
      headers: cursor ? headers : { ...headers, 'if-modified-since': startDay.toUTCString() },
    });
    if (result.status === 'not-modified') {
      // The page is unchanged (or empty): nothing new since the last run.
      notModified = page === 0;
      break;
    }
    const feed = parseJson(result) as FeedPage;
    if (!feed || !Array.isArray(feed.items) || typeof feed.id !== 'string') {
      throw new SyncHttpError(url, 'the answer has no "id" and "items"; not a feed page.');
    }
    if (!uuidPattern.test(feed.id))
      throw new SyncHttpError(url, `the page id "${feed.id.slice(0, 40)}" is not a UUID.`);
    for (const item of feed.items) {
      seenItems++;
      const entry = item._feed_entry ?? {};
      const uuid = str(entry.uuid) || str(item.id);
      if (!uuidPattern.test(uuid)) {
        skipped.push({
          item: uuid.slice(0, 60) || `#${seenItems}`,
          reason: 'the id is not a UUID.',
        });
        continue;
      }
      if (places && !places.includes(str(entry.municipal).toUpperCase()) && !ads.has(uuid)) {
        if (str(entry.status) !== 'INACTIVE') continue;
      }
      if (str(entry.status) === 'INACTIVE') {
        // A stopped ad is masked at the source; only a file we already have can learn of it.
        ads.delete(uuid);
        withdrawn.set(uuid, dayOf(str(entry.sistEndret)) ?? context.today);
        continue;
      }
      const detailUrl = `${api}/api/v1/feedentry/${uuid}`;
      let detail: { status?: unknown; sistEndret?: unknown; ad_content?: FeedAd | null };
      try {
        const answer = await context.fetch(detailUrl, { headers });
        if (answer.status !== 'ok') continue;
        detail = parseJson(answer) as typeof detail;
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 404) {
          skipped.push({ item: uuid, reason: 'the ad has no details at NAV (404).' });
          continue;
        }
        throw error;
      }
      const ad = detail.ad_content;
      if (!ad || typeof ad !== 'object') {
        skipped.push({ item: uuid, reason: 'the answer has no "ad_content".' });
        continue;
      }
      if (!orgNumbers.has(str(ad.employer?.orgnr))) continue;
      withdrawn.delete(uuid);
      const place = ad.workLocations?.[0] ?? {};
      const positions = Number(str(ad.positioncount));
      ads.set(uuid, {
        id: uuid,
        url: str(ad.link) || `https://arbeidsplassen.nav.no/stillinger/stilling/${uuid}`,
        title: ad.title,
        html: ad.description,
        department: str(ad.employer?.name),
        location: placeName(str(place.municipal) || str(place.city)),
        workplace: str(place.address),
        posted: dayOf(str(ad.published)),
        deadline: dayOf(str(ad.applicationDue)) ?? dayOf(str(ad.expires)),
        employmentType: employmentType(ad),
        positionSize: str(ad.extent).toLowerCase() === 'heltid' ? 100 : undefined,
        positions: Number.isInteger(positions) && positions > 0 ? positions : undefined,
        start: startOf(ad.starttime),
        contacts: ad.contactList ?? [],
        applicationUrl: str(ad.applicationUrl) || str(ad.sourceurl),
      });
      context.progress(ads.size);
    }
    cursor = feed.id;
    if (typeof feed.next_id !== 'string' || !feed.next_id) break;
    cursor = feed.next_id;
  }
  // The next run starts at the last page read, whose ETag is stored.
  if (cursor) context.state.cursor = cursor;

  const entries = [];
  for (const ad of ads.values()) {
    try {
      entries.push(jobEntry(ad, options, context.limits));
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      skipped.push({ item: ad.id, reason: error.message });
    }
  }
  return {
    entries,
    skipped,
    notModified,
    withdrawnIds: [...withdrawn].map(([id, on]) => ({ id, on })),
  };
}

/** The NAV stillingsfeed adapter. */
export const navAdapter: Adapter = {
  kind: 'nav',
  description: "NAV Arbeidsplassen's stillingsfeed, by organisation number",
  collection: 'jobs',
  needsKey: false,
  check,
  read,
  withdrawMissing: withdrawOpenJob,
};
