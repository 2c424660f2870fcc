/**
 * The one shape every social source is read into, whatever its format: a post as the sync
 * writes it to `content/posts/`. The parsers (`./mastodon.ts`, `./bluesky.ts`, `./flickr.ts`,
 * `./facebook.ts`, `./instagram.ts`, `./x.ts`, `./linkedin.ts`) are pure functions from the
 * source's real payload or export file to these records; nothing here touches the network or
 * the disk.
 */
import type { Platform } from '../../../core/embeds/platforms.ts';
import { parseHttpsUrl } from '../../../core/embeds/platforms.ts';
import { requestableUrl } from '../http.ts';

/** One image of a post, before it is copied next to the post. */
export interface PostImage {
  /**
   * Where the image is: an https address for a fetched source, or a path relative to the
   * export folder for an export file (checked to stay inside it when copied).
   */
  source: string;
  /** The image's text alternative from the platform, or `undefined` where it has none. */
  alt: string | undefined;
}

/** A post read from a source, before it becomes a content file. */
export interface SocialPost {
  platform: Platform;
  /** The source's own id of the post; made safe before it names a file. */
  id: string;
  /** Address of the original post, or `undefined` where the source gives none (exports). */
  url: string | undefined;
  /** When the post was published, as an ISO 8601 instant in UTC. */
  published: string;
  /** The post's text as plain text: links as their https address, hashtags and mentions as text. */
  text: string;
  images: PostImage[];
}

/** An item of a source that was left out, and why, for the run's summary. */
export interface SkippedItem {
  /** The item's id at the source, or its position where it has none. */
  id: string;
  reason: string;
}

/** What a parser makes of one payload or export file. */
export interface ParsedPosts {
  posts: SocialPost[];
  skipped: SkippedItem[];
  /** Posts published before the configured date, left out without a message. */
  older: number;
}

/** What every parser is given besides the payload. */
export interface ParseOptions {
  /** Posts published before this instant are left out. */
  since?: Date | undefined;
}

/**
 * The longest post text the sync takes, in characters. Facebook allows 63,206, the most of any
 * platform; anything longer is not a post, and is skipped rather than cut short silently.
 */
export const maxTextLength = 65_000;

/**
 * The longest HTML read for one post's text: markup around a text of {@link maxTextLength}
 * characters stays well below it, and a larger one is refused before it is parsed at all.
 */
export const maxHtmlLength = 10 * maxTextLength;

/** Images per post the sync copies; Facebook allows the most in one post among these platforms. */
export const maxImages = 20;

/** Thrown for a payload or export file that is not in the source's format at all. */
export class MalformedPayload extends Error {
  override name = 'MalformedPayload';
}

/** A plain object, or `undefined`. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string field, or `undefined`. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An array field, or `[]`. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` if it is an https address, otherwise `undefined` (javascript:, http:, data: …). */
export function httpsOnly(value: string | undefined): string | undefined {
  return value === undefined ? undefined : parseHttpsUrl(value.trim())?.href;
}

/**
 * `value` if the sync may fetch it (a picture): https, or plain http on this machine only, as
 * `fetchSource` allows for the tests' local servers. Never used for an address the site shows.
 */
export function fetchableUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return requestableUrl(value.trim()).href;
  } catch {
    return undefined;
  }
}

/** An instant as ISO 8601 UTC, or `undefined` when it is not a date. */
export function isoInstant(value: Date | string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * Collects a parser's results: posts older than `since` are counted, a post whose text is too
 * long or missing is skipped with its reason, the rest are kept.
 */
export class PostCollector {
  readonly result: ParsedPosts = { posts: [], skipped: [], older: 0 };
  readonly #options: ParseOptions;
  constructor(options: ParseOptions) {
    this.#options = options;
  }

  skip(id: string, reason: string): void {
    this.result.skipped.push({ id, reason });
  }

  add(post: SocialPost): void {
    const since = this.#options.since;
    if (since && new Date(post.published) < since) {
      this.result.older += 1;
      return;
    }
    if (post.text.length > maxTextLength) {
      this.skip(post.id, `text of ${post.text.length} characters, above ${maxTextLength}`);
      return;
    }
    if (post.text.trim() === '' && post.images.length === 0) {
      this.skip(post.id, 'no text and no image');
      return;
    }
    this.result.posts.push({ ...post, images: post.images.slice(0, maxImages) });
  }
}
