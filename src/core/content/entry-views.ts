/**
 * The entry views (`src/lib/views/`) for collection entries: looks up the related entries,
 * processes the images, and hands the rest to the pure view functions.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { buildDate } from '../build-date';
import type { Locale } from '../i18n';
import {
  jobView,
  professionView,
  videoView,
  type JobView,
  type ProfessionView,
  type VideoView,
} from '../../features/recruitment/recruitment-view';
import { newsView, type NewsView } from '../../features/news/news-view';
import { planView, type PlanView } from '../../features/plan/plan-view';
import { channelView, postView, type ChannelView, type PostView } from '../../features/social/social-view';
import { site } from '../../site.config';
import { previewImage } from './images';

/** A video view whose poster is an image file processed by the build. */
export type VideoEntryView = VideoView<ImageMetadata>;

/** The profession an entry points to; the schema has already checked that it exists. */
export async function professionOf(entry: {
  data: { profession: { id: string } };
}): Promise<CollectionEntry<'professions'>> {
  const profession = await getEntry('professions', entry.data.profession.id);
  if (!profession) throw new Error(`Unknown profession "${entry.data.profession.id}".`);
  return profession;
}

/** Everything the site says about one profession in `locale`. */
export function loadProfessionView(
  entry: CollectionEntry<'professions'>,
  locale: Locale,
): ProfessionView {
  return professionView(entry, locale);
}

/** Everything the site says about one video in `locale`. */
export async function loadVideoView(
  entry: CollectionEntry<'videos'>,
  locale: Locale,
): Promise<VideoEntryView> {
  const [profession, poster] = await Promise.all([
    professionOf(entry),
    previewImage(entry.data.poster.src),
  ]);
  return videoView(entry, locale, { profession, poster, siteUrl: site.siteUrl });
}

/** Everything the site says about one job in `locale`. */
export async function loadJobView(
  entry: CollectionEntry<'jobs'>,
  locale: Locale,
  today: Date = buildDate(),
): Promise<JobView> {
  return jobView(entry, locale, { profession: await professionOf(entry), today, site });
}

/** Everything the site says about one news item. */
export async function loadNewsView(
  entry: CollectionEntry<'news'>,
): Promise<NewsView<ImageMetadata>> {
  const image = entry.data.image && (await previewImage(entry.data.image.src));
  return newsView(entry, { image });
}

/** Everything the site says about one channel. */
export function loadChannelView(entry: CollectionEntry<'channels'>): ChannelView {
  return channelView(entry);
}

/** The channel a post belongs to; the schema has already checked that it exists. */
export async function channelOf(
  post: CollectionEntry<'posts'>,
): Promise<CollectionEntry<'channels'>> {
  const channel = await getEntry(post.data.channel);
  if (!channel) throw new Error(`content/posts/${post.id}: no channel "${post.data.channel.id}".`);
  return channel;
}

/** Everything the site says about one post. */
export async function loadPostView(
  entry: CollectionEntry<'posts'>,
): Promise<PostView<ImageMetadata>> {
  const [channel, image] = await Promise.all([
    channelOf(entry),
    entry.data.image && previewImage(entry.data.image.src),
  ]);
  return postView(entry, { channel, image });
}

/** Everything the site says about one plan chapter. */
export function loadPlanView(entry: CollectionEntry<'plan'>): PlanView {
  return planView(entry);
}
