import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { professionFeedEntries } from '../../../features/feeds/feed-entries';
import { rssResponse } from '../../../features/feeds/feed-response';
import { useTranslations } from '../../../core/i18n';
import { paths } from '../../../core/urls';

const t = useTranslations('nb');

export const getStaticPaths = (async () =>
  (await getCollection('professions')).map((profession) => ({
    params: { id: profession.id },
    props: { profession },
  }))) satisfies GetStaticPaths;

/** One feed per profession: its open jobs, for job seekers who want only those. */
export const GET: APIRoute<{ profession: CollectionEntry<'professions'> }> = async ({
  props,
  site,
}) => {
  const { profession } = props;
  const name = profession.data.name;
  return rssResponse(
    {
      title: t('feed.profession.title').replace('{profession}', name),
      description: t('feed.profession.description').replace('{profession}', name.toLowerCase()),
      path: paths.professionFeed(profession.id),
      entries: await professionFeedEntries(profession.id),
    },
    site,
  );
};
