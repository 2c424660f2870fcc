import type { SourceConfig } from '../config.ts';
import type { SyncedEntry } from '../entry-files.ts';
import { requestableUrl, SyncHttpError } from '../http.ts';
import type { Skip } from '../report.ts';
import type { Adapter, AdapterResult, SyncContext } from '../run.ts';
import { capped, ItemError, plainText } from '../sanitize.ts';
import { feedDay, parseXml, pick, textOf } from '../xml.ts';

/**
 * The public Atom feed of a YouTube channel or playlist (`/feeds/videos.xml?channel_id=…` or
 * `?playlist_id=…`; no key, the latest 15 videos). A new video arrives as a draft with its
 * poster downloaded beside it; an editor adds what the site requires (profession, length,
 * captions, audio description, the poster's alt text and the transcript) and publishes it.
 */
export interface YouTubeOptions {
  /** The channel's id (`UC…`, from the channel's address or its "About" page). */
  channelId?: string;
  /** A playlist's id (`PL…`), instead of the whole channel. */
  playlistId?: string;
  /**
   * The profession of a video, by the first rule whose `match` (a regular expression, case
   * ignored) is found in its title; written once, when the video arrives.
   */
  professions?: { match: string; profession: string }[];
  /** The feed's address; change only for tests. */
  feedUrl?: string;
  /** Where the posters are fetched from (`<base>/vi/<id>/hqdefault.jpg`); change only for tests. */
  posterBase?: string;
}

/** A YouTube channel or playlist source for src/sync.config.ts. */
export const youtube = (options: YouTubeOptions & { name?: string }): SourceConfig => ({
  kind: 'youtube',
  ...options,
});

const videoId = /^[A-Za-z0-9_-]{11}$/;

/** What an editor must add to a video before it can be published. */
const draftReasons = [
  'profession',
  'duration',
  'poster.alt',
  'captions',
  'audioDescription',
  'the transcript (npm run sync -- captions FILE --video ID)',
];

function check(config: SourceConfig): void {
  const channel = config['channelId'];
  const playlist = config['playlistId'];
  if ((channel === undefined) === (playlist === undefined)) {
    throw new Error('expected either channelId ("UC…") or playlistId ("PL…").');
  }
  if (channel !== undefined && !(typeof channel === 'string' && /^UC[\w-]{22}$/.test(channel))) {
    throw new Error('channelId: expected the channel\'s id, 24 characters starting with "UC".');
  }
  if (
    playlist !== undefined &&
    !(typeof playlist === 'string' && /^[\w-]{10,64}$/.test(playlist))
  ) {
    throw new Error('playlistId: expected a playlist id such as "PL…".');
  }
  for (const key of ['feedUrl', 'posterBase'] as const) {
    if (config[key] !== undefined) requestableUrl(String(config[key]));
  }
}

async function read(config: SourceConfig, context: SyncContext): Promise<AdapterResult> {
  const options = config as unknown as YouTubeOptions;
  const base = options.feedUrl ?? 'https://www.youtube.com/feeds/videos.xml';
  const url = options.channelId
    ? `${base}?channel_id=${options.channelId}`
    : `${base}?playlist_id=${options.playlistId}`;
  const result = await context.fetch(url, { conditional: true });
  if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
  const feed = pick(parseXml(result.text(), result.url), 'feed');
  if (!feed) throw new SyncHttpError(result.url, 'the answer is not an Atom feed.');
  const items = (pick(feed, 'entry') ?? []) as Record<string, unknown>[];
  const posterBase = (options.posterBase ?? 'https://i.ytimg.com').replace(/\/$/, '');
  const entries: SyncedEntry[] = [];
  const skipped: Skip[] = [];
  for (const [index, item] of items.slice(0, context.limits.maxItems).entries()) {
    const id = textOf(pick(item, 'yt:videoId')).trim();
    try {
      if (!videoId.test(id)) {
        throw new ItemError(`"${id.slice(0, 40)}" is not an 11-character YouTube video id.`);
      }
      const title = capped(
        plainText(textOf(pick(item, 'title'))),
        context.limits.maxTitleLength,
        'the title',
      );
      if (!title) throw new ItemError('the video has no title.');
      const description = capped(
        plainText(textOf(pick(item, 'media:group/media:description'))),
        context.limits.maxTextLength,
        'the description',
      );
      const uploadDate = feedDay(textOf(pick(item, 'published')));
      if (!uploadDate) throw new ItemError('the video has no publishing date.');
      if (context.since && uploadDate < context.since.toISOString().slice(0, 10)) continue;
      const profession = options.professions?.find((rule) =>
        new RegExp(rule.match, 'i').test(title),
      );
      entries.push({
        system: 'youtube',
        id,
        url: `https://www.youtube.com/watch?v=${id}`,
        title,
        fields: {
          title,
          // The schema needs a description; a video without one gets its title until an editor writes one.
          description: description || title,
          youtubeId: id,
          uploadDate,
        },
        initial: {
          ...(profession ? { profession: profession.profession } : {}),
          language: 'nb',
          draft: true,
        },
        initialFor: (stem) => ({ poster: { src: `./${stem}-poster.jpg` } }),
        assets: [
          {
            suffix: '-poster.jpg',
            bytes: async () => {
              const poster = await context.fetch(`${posterBase}/vi/${id}/hqdefault.jpg`, {
                maxBytes: 2 * 1024 * 1024,
              });
              if (poster.status !== 'ok') throw new SyncHttpError(poster.url, 'no poster.');
              const jpeg = poster.body[0] === 0xff && poster.body[1] === 0xd8;
              if (!jpeg) throw new SyncHttpError(poster.url, 'the poster is not a JPEG image.');
              return poster.body;
            },
          },
        ],
        draftReasons: profession ? draftReasons.slice(1) : draftReasons,
      });
    } catch (error) {
      if (!(error instanceof ItemError)) throw error;
      skipped.push({ item: id.slice(0, 40) || `#${index + 1}`, reason: error.message });
    }
  }
  // The feed has the latest 15 only: a video missing from it was not taken down.
  return { entries, skipped };
}

/** The YouTube channel or playlist adapter. */
export const youtubeAdapter: Adapter = {
  kind: 'youtube',
  description: "a YouTube channel's or playlist's public feed (the latest 15 videos)",
  collection: 'videos',
  needsKey: false,
  check,
  read,
};
