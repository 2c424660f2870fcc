/**
 * The recruitment views (`./recruitment-view.ts`) of collection entries: looks up the related
 * entries, processes the images, and hands the rest to the pure view functions.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { buildDate } from '../../core/build-date';
import { previewImage } from '../../core/content/images';
import type { Locale } from '../../core/i18n';
import { site } from '../../site.config';
import {
  jobView,
  professionView,
  videoView,
  type JobView,
  type ProfessionView,
  type VideoView,
} from './recruitment-view';

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
