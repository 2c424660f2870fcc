import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { openJobs, videosNewestFirst } from './collections';
import { langTag, type Locale } from '../i18n';

/** Professions sorted by their name in the page's language. */
export async function professionsByName(locale: Locale): Promise<CollectionEntry<'professions'>[]> {
  const name = (p: CollectionEntry<'professions'>) =>
    locale === 'en' ? p.data.nameEn : p.data.name;
  return (await getCollection('professions')).sort((a, b) =>
    name(a).localeCompare(name(b), langTag[locale]),
  );
}

/** The profession an entry points to; the schema has already checked that it exists. */
export async function professionOf(entry: {
  data: { profession: { id: string } };
}): Promise<CollectionEntry<'professions'>> {
  const profession = await getEntry('professions', entry.data.profession.id);
  if (!profession) throw new Error(`Unknown profession "${entry.data.profession.id}".`);
  return profession;
}

/** Open jobs in one profession, soonest deadline first. */
export async function openJobsIn(professionId: string): Promise<CollectionEntry<'jobs'>[]> {
  return (await openJobs()).filter((job) => job.data.profession.id === professionId);
}

/** Videos about one profession, newest first. */
export async function videosAbout(professionId: string): Promise<CollectionEntry<'videos'>[]> {
  return (await videosNewestFirst()).filter((video) => video.data.profession.id === professionId);
}

/** The most recently advertised open jobs. */
export async function newestOpenJobs(count: number): Promise<CollectionEntry<'jobs'>[]> {
  return (await openJobs())
    .sort((a, b) => b.data.posted.getTime() - a.data.posted.getTime())
    .slice(0, count);
}
