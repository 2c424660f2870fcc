import { getImage } from 'astro:assets';
import { previewImageOptions, type ProcessedImage } from '../view-parts';

/**
 * The one shared copy of an entry's image that link previews, structured data and feeds use
 * (see `previewImageOptions`). The build writes each copy once, however often it is asked for.
 */
export async function previewImage(src: ImageMetadata): Promise<ProcessedImage> {
  const image = await getImage({ src, ...previewImageOptions });
  return {
    src: image.src,
    width: Number(image.attributes['width'] ?? src.width),
    height: Number(image.attributes['height'] ?? src.height),
  };
}
