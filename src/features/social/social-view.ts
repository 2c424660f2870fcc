/**
 * One view per channel and per post from the municipality's social channels: everything the
 * site says about the entry, worked out once. The channel register, the post listing, the
 * channel and post pages, their link previews, the search and the posts feed all read these.
 * Channels and posts are written in bokmål only, so there is one view per entry. The functions
 * are pure; the Astro side (`./social-entries.ts`) looks up each post's channel and
 * processes its image and then calls them.
 */
import { latestFollowers, type FollowerCount } from './channels';
import { embedAddressFor } from '../../core/example-content';
import { fill } from '../../core/fill';
import { formatDate, isoDate, useTranslations } from '../../core/i18n';
import { platforms, type Platform } from '../../core/embeds/platforms';
import type { SearchEntry } from '../search/search-entry';
import { paths } from '../../core/urls';
import type { FeedItemView, ImageView, ProcessedImage } from '../../core/view-parts';

/** The fields of a channel entry a view is made from. */
export interface ChannelEntryLike {
  id: string;
  data: {
    name: string;
    platform: Platform;
    url: string;
    handle: string;
    purpose: string;
    audience: string[];
    responseTimeHours: number;
    followers: readonly FollowerCount[];
    example: boolean;
  };
}

/** A channel as its page, the channel register and its posts' cards show it. */
export interface ChannelView {
  id: string;
  /** Channels are described in bokmål only. */
  locale: 'nb';
  /** The channel's page on this site. */
  path: string;
  /** Display name, e.g. "Sarpsborg kommune på Facebook". */
  name: string;
  platform: Platform;
  /** The platform as readers know it, e.g. "Facebook". */
  platformName: string;
  /** The channel itself, on the platform. */
  url: string;
  handle: string;
  purpose: string;
  audience: string[];
  responseTimeHours: number;
  /** The most recent follower count, if any is given. */
  followers: FollowerCount | undefined;
  /** The channel page's description, for link previews and search engines. */
  description: string;
  example: boolean;
  /** Keep an example channel's page out of search engines and the sitemap. */
  noindex: boolean;
}

/** The view of a channel. */
export function channelView(entry: ChannelEntryLike): ChannelView {
  const { data } = entry;
  const t = useTranslations('nb');
  return {
    id: entry.id,
    locale: 'nb',
    path: paths.channel(entry.id),
    name: data.name,
    platform: data.platform,
    platformName: platforms[data.platform].name,
    url: data.url,
    handle: data.handle,
    purpose: data.purpose,
    audience: data.audience,
    responseTimeHours: data.responseTimeHours,
    followers: latestFollowers(data.followers),
    description: fill(t('social.channel.description'), { name: data.name }),
    example: data.example,
    noindex: data.example,
  };
}

/** The fields of a post entry a view is made from. */
export interface PostEntryLike<Image = unknown> {
  id: string;
  /** The post's text, as written in its MDX file. */
  body?: string | undefined;
  /** The post's file, for error messages about its text. */
  filePath?: string | undefined;
  data: {
    url: string;
    date: Date;
    image?: { src: Image; alt: string } | undefined;
    example: boolean;
  };
}

/** A post as its card, its page, the search and the posts feed show it. */
export interface PostView<Image = unknown> {
  id: string;
  /** Posts are shown in bokmål only. */
  locale: 'nb';
  /** The post's own page on this site. */
  path: string;
  /** The channel the post was published in. */
  channel: ChannelView;
  /** What the post is called on its page and card, e.g. "Innlegg på Facebook, 1. mai 2026". */
  title: string;
  /** The post page's description, for link previews and search engines. */
  description: string;
  date: Date;
  /** The date for machines (`datetime`), YYYY-MM-DD. */
  isoDate: string;
  /** The date as a reader writes it, e.g. "1. mai 2026". */
  dateText: string;
  /** The post's text (Markdown) and the file it comes from, for error messages. */
  text: { body: string | undefined; source: string };
  /** Address of the original post, checked against the platform; shown as text on the card. */
  url: string;
  /** The original post to link to or embed; none for an example post, whose address is made up. */
  originalUrl: string | undefined;
  /** The post's picture, if it has one, with the one shared processed copy. */
  image: ImageView<Image> | undefined;
  example: boolean;
  /** Keep an example post's page out of search engines and the sitemap. */
  noindex: boolean;
  /** How the post's page takes part in the site search. */
  search: SearchEntry;
  /** The item in the posts feed; its summary comes from the rendered text, so the feed adds it. */
  feed: Omit<FeedItemView, 'summary'>;
}

/** What a post view needs besides the entry: its channel and its image's processed copy. */
export interface PostRelated {
  channel: ChannelEntryLike;
  image?: ProcessedImage | undefined;
}

/** The view of a post. */
export function postView<Image>(
  entry: PostEntryLike<Image>,
  related: PostRelated,
): PostView<Image> {
  const { data } = entry;
  const t = useTranslations('nb');
  const channel = channelView(related.channel);
  const path = paths.post(entry.id);
  const dateText = formatDate(data.date, 'nb');
  if (data.image && !related.image) {
    throw new Error(`Post "${entry.id}": its image has no processed copy.`);
  }
  return {
    id: entry.id,
    locale: 'nb',
    path,
    channel,
    title: `${fill(t('social.postHeading'), { platform: channel.platformName })}, ${dateText}`,
    description: fill(t('social.post.description'), { channel: channel.name, date: dateText }),
    date: data.date,
    isoDate: isoDate(data.date),
    dateText,
    text: { body: entry.body, source: entry.filePath ?? `content/posts/${entry.id}` },
    url: data.url,
    originalUrl: embedAddressFor(entry, data.url),
    image:
      data.image && related.image
        ? { source: data.image.src, alt: data.image.alt, preview: related.image }
        : undefined,
    example: data.example,
    noindex: data.example,
    search: { type: 'post', filters: { channel: channel.platformName } },
    feed: {
      title: fill(t('feed.item.postTitle'), { channel: channel.platformName, date: dateText }),
      path,
      date: data.date,
      category: t('search.type.post'),
    },
  };
}
