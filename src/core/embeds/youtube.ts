/**
 * Everything the site knows about YouTube addresses, in one place: the video ID pattern the
 * schema, the post-embed matcher and the player all check against, and the two addresses a
 * video has (its watch page and the privacy-enhanced player).
 */

/** An 11-character YouTube video ID: letters, digits, `-` and `_`. */
export const youtubeIdPattern = /^[A-Za-z0-9_-]{11}$/;

/** True for a string that has the form of a YouTube video ID. */
export function isYoutubeId(value: string): boolean {
  return youtubeIdPattern.test(value);
}

/** Origin of the privacy-enhanced player: the only YouTube host the site's frames load from. */
export const youtubePlayerOrigin = 'https://www.youtube-nocookie.com';

/** The YouTube watch page of a video: where the link goes when scripts are off. */
export function youtubeWatchUrl(youtubeId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(youtubeId)}`;
}

/** The privacy-enhanced embed address, without the autoplay parameter the player adds. */
export function youtubeEmbedUrl(youtubeId: string): string {
  return `${youtubePlayerOrigin}/embed/${encodeURIComponent(youtubeId)}`;
}
