/**
 * The responsive poster settings, one set per place a poster is shown, so that every card and
 * every player asks the build for the same files.
 */
import type { ImageOutputFormat } from 'astro';

/** The `<Picture>` properties that decide which files the build writes. */
interface PosterSettings {
  widths: number[];
  sizes: string;
  formats: ImageOutputFormat[];
  fallbackFormat: ImageOutputFormat;
}

/** A poster on a video card: at most a third of a wide page. */
export const cardPoster: PosterSettings = {
  widths: [320, 640],
  sizes: '(min-width: 40rem) 20rem, 100vw',
  formats: ['avif', 'webp'],
  fallbackFormat: 'jpg',
};

/** The poster inside the video player, up to the player's full width. */
export const playerPoster: PosterSettings = {
  widths: [320, 640, 960, 1280],
  sizes: '(min-width: 48rem) 45rem, 100vw',
  formats: ['avif', 'webp'],
  fallbackFormat: 'jpg',
};
