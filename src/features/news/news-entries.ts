/** The news view (`./news-view.ts`) of a collection entry, its image processed by the build. */
import type { CollectionEntry } from 'astro:content';
import { previewImage } from '../../core/content/images';
import { newsView, type NewsView } from './news-view';

/** Everything the site says about one news item. */
export async function loadNewsView(
  entry: CollectionEntry<'news'>,
): Promise<NewsView<ImageMetadata>> {
  const image = entry.data.image && (await previewImage(entry.data.image.src));
  return newsView(entry, { image });
}
