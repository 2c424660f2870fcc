import type { ImageMetadata } from 'astro';

/** What an author writes on a post component in MDX, e.g. `<FacebookPost url="…" date="…">`. */
export interface MdxPostProps {
  /** Address of the original post on the platform. */
  url: string;
  /** When it was published: YYYY-MM-DD. */
  date: string | Date;
  /** Who published it, e.g. "Sarpsborg kommune". */
  author?: string;
  /** A local image, imported at the top of the MDX file: `import bilde from './bilde.jpg'`. */
  image?: ImageMetadata;
  /** What the image shows; required with `image` (`alt=""` only for a decorative image). */
  alt?: string;
  /** Level of the card's heading, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** Marks the post as example content. */
  example?: boolean;
}
