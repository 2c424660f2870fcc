/**
 * From the social sources' post records (`./social-post.ts`) to the sync's entries
 * (`../entry-files.ts`): one MDX file per post in `content/posts/`, its picture beside it.
 *
 * Source-owned (refreshed on every run): `channel`, `url` where the source gives one, `date`, and
 * the text as the body. Site-owned, written once when the file is created: the picture with its
 * alt text (an editor may improve it), and `draft: true` with `draftReason` when the post lacks
 * what the site needs to publish it (an address, alt text, a text). A picture is read once, for a
 * new post; a second run reads none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { platforms, type Platform } from '../../../core/embeds/platforms.ts';
import { sourceName, type SourceConfig } from '../config.ts';
import { findSynced, indexSyncedFiles, type SyncedEntry } from '../entry-files.ts';
import type { Skip } from '../report.ts';
import type { SyncContext } from '../run.ts';
import { ItemError } from '../sanitize.ts';
import { imageExtension } from './export-files.ts';
import type { ParsedPosts, PostImage, SocialPost } from './social-post.ts';

/** What every social source is configured with, besides its own options. */
export interface SocialSourceOptions {
  /** The channel the posts belong to: a file name in content/channels/ without `.yaml`. */
  channel: string;
  /** The first day to import posts from (YYYY-MM-DD); `--since` can only move it later. */
  since?: string;
}

/** Checks the options every social source has; an error names the option. */
export function checkSocialOptions(config: SourceConfig): void {
  const { channel, since } = config;
  if (typeof channel !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(channel)) {
    throw new Error(
      'channel: expected the id of a channel (its file name in content/channels/ without .yaml).',
    );
  }
  if (
    since !== undefined &&
    (typeof since !== 'string' ||
      !/^\d{4}-\d{2}-\d{2}$/.test(since) ||
      Number.isNaN(Date.parse(since)))
  ) {
    throw new Error('since: expected the first day to import, written YYYY-MM-DD.');
  }
}

/** A required string option, or an error naming it and what was expected. */
export function stringOption(config: SourceConfig, name: string, expected: string): string {
  const value = config[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${name}: expected ${expected}.`);
  }
  return value;
}

/** The later of the configured first day and `--since`. */
export function sinceOf(config: SourceConfig, context: SyncContext): Date | undefined {
  const configured =
    typeof config['since'] === 'string' ? new Date(`${config['since']}T00:00:00Z`) : undefined;
  const dates = [configured, context.since].filter((d): d is Date => d !== undefined);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

/**
 * The channel's address, read from its file; the source fails when the channel is missing or on
 * another platform, since every post would then fail the build.
 */
export function channelAddress(contentDir: string, channel: string, platform: Platform): string {
  const file = join(contentDir, 'channels', `${channel}.yaml`);
  if (!existsSync(file)) {
    throw new Error(`channel: ${file} does not exist; add the channel before importing its posts.`);
  }
  const data = parse(readFileSync(file, 'utf8')) as { platform?: unknown; url?: unknown } | null;
  if (data?.platform !== platform) {
    throw new Error(
      `channel: ${file} is on ${String(data?.platform)}, not ${platform}; name a ${platforms[platform].name} channel.`,
    );
  }
  return String(data.url);
}

/**
 * The text as a post's body: the site shows it as it is, undoing only MDX's backslash escapes
 * (src/features/social/post-text.ts), so a backslash before punctuation is doubled to survive.
 */
export function postBody(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\ufeff]/g, '')
      .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
      .trim()
  );
}

/** A picture's bytes and file extension, read once for a new post. */
export interface LoadedImage {
  bytes: Uint8Array;
  extension: string;
}

/** Fetches a picture through the run's requests and checks that it is one. */
export async function fetchImage(context: SyncContext, image: PostImage): Promise<LoadedImage> {
  const result = await context.fetch(image.source, { maxBytes: 20 * 1024 * 1024 });
  if (result.status !== 'ok') throw new ItemError(`${image.source}: no picture in the answer.`);
  const extension = imageExtension(result.body);
  if (!extension) {
    throw new ItemError(`${image.source}: the answer is not a JPEG, PNG, WebP or GIF picture.`);
  }
  return { bytes: result.body, extension };
}

/** The first words of the text, for a readable file name. */
function titleOf(post: SocialPost): string {
  const words = post.text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word) && !/^[#@]|:\/\//.test(word));
  return `${post.published.slice(0, 10)} ${words.slice(0, 6).join(' ')}`;
}

/** Why a post cannot be published yet, in the words an editor reads in the file (Norwegian). */
export function draftReasons(post: SocialPost): string[] {
  const name = platforms[post.platform].name;
  const reasons: string[] = [];
  if (!post.url) {
    reasons.push(
      `Eksporten fra ${name} har ikke adressen til innlegget. Finn innlegget på ${name} og lim adressen inn i url.`,
    );
  }
  if (post.images[0] && !post.images[0].alt) {
    reasons.push(
      `Bildet har ingen alternativ tekst på ${name}. Skriv hva bildet viser i image.alt.`,
    );
  }
  if (post.text.trim() === '') {
    reasons.push('Innlegget har ingen tekst. Skriv teksten under streken nederst i fila.');
  }
  return reasons;
}

/** How a source hands its pictures over: fetched, or read from the export folder. */
export type ImageLoader = (image: PostImage) => Promise<LoadedImage>;

/**
 * The entries of a source's posts. A post that is new here gets its first picture read (a
 * failure skips the post, naming the picture, and it is tried again next run); one imported
 * before keeps the picture it has.
 */
export async function postEntries(
  parsed: ParsedPosts,
  config: SourceConfig,
  context: SyncContext,
  { channelUrl, loadImage }: { channelUrl: string; loadImage: ImageLoader },
): Promise<{ entries: SyncedEntry[]; skipped: Skip[] }> {
  const system = sourceName(config);
  const channel = config['channel'] as string;
  const index = indexSyncedFiles(join(context.contentDir, 'posts'));
  const skipped: Skip[] = parsed.skipped.map(({ id, reason }) => ({ item: id, reason }));
  const entries: SyncedEntry[] = [];
  let done = 0;
  for (const post of parsed.posts) {
    context.progress(++done, parsed.posts.length);
    const isNew = findSynced(index, system, post.id) === undefined;
    const first = post.images[0];
    let image: LoadedImage | undefined;
    if (isNew && first) {
      try {
        image = await loadImage(first);
      } catch (error) {
        skipped.push({ item: post.id, reason: `its picture: ${(error as Error).message}` });
        continue;
      }
    }
    const reasons = draftReasons(post);
    const picture = image;
    entries.push({
      system,
      id: post.id,
      url: post.url ?? channelUrl,
      title: titleOf(post),
      fields: { channel, ...(post.url ? { url: post.url } : {}), date: post.published },
      body: postBody(post.text),
      initial: reasons.length ? { draft: true, draftReason: reasons.join(' ') } : {},
      ...(picture && first
        ? {
            initialFor: (stem: string) => ({
              image: {
                src: `./${stem}-bilde.${picture.extension}`,
                ...(first.alt ? { alt: first.alt } : {}),
              },
            }),
            assets: [{ suffix: `-bilde.${picture.extension}`, bytes: async () => picture.bytes }],
          }
        : {}),
    });
  }
  return { entries, skipped };
}
