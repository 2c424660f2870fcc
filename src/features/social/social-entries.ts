/**
 * The social views (`./social-view.ts`) of channel and post entries: looks up a post's channel,
 * processes its image, and hands the rest to the pure view functions.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { previewImage } from '../../core/content/images';
import {
  channelView,
  postView,
  type ChannelView,
  type PostEntryLike,
  type PostView,
} from './social-view';

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

/**
 * A published post's entry with what the schema only requires of published posts (its address,
 * its picture's alt text) checked; drafts never reach a view (`postsNewestFirst`, `postPaths`).
 */
function published(entry: CollectionEntry<'posts'>): PostEntryLike<ImageMetadata> {
  const { url, image } = entry.data;
  if (entry.data.draft || url === undefined || (image && image.alt === undefined)) {
    throw new Error(
      `content/posts/${entry.id}: a draft, or a post without url or image.alt, has no view.`,
    );
  }
  return {
    ...entry,
    data: { ...entry.data, url, image: image && { src: image.src, alt: image.alt! } },
  };
}

/** Everything the site says about one post. */
export async function loadPostView(
  entry: CollectionEntry<'posts'>,
): Promise<PostView<ImageMetadata>> {
  const [channel, image] = await Promise.all([
    channelOf(entry),
    entry.data.image && previewImage(entry.data.image.src),
  ]);
  return postView(published(entry), { channel, image });
}
