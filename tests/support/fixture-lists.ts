// The fixture site's paginated lists, computed from its entries and page sizes: where each starts,
// how many pages it has, and how its pages are named. The static checks and the browser tests of
// pagination both walk them.
import { defaultPageSizes, pageCount } from '../../src/core/pagination';
import { paths } from '../../src/core/urls';
import { fixture, fixtureEntries, fixtureJobs } from './fixture-content.ts';

export const sizes = { ...defaultPageSizes, ...fixture.pageSizes };

export const posts = fixtureEntries<{ channel: string }>('posts');
const openJobs = fixtureJobs().open;

/** The value that occurs most often, with its count: the channel or profession with most entries. */
function most(values: string[]): [string, number] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
}
const [channel, channelPosts] = most(posts.map((post) => post.channel));
const [profession, professionJobs] = most(openJobs.map((job) => job.profession));
const [videoProfession, professionVideos] = most(
  fixtureEntries<{ profession: string }>('videos').map((video) => video.profession),
);

/** One paginated list of the fixture site. */
export interface List {
  first: string;
  locale: 'nb' | 'en';
  label: string;
  pages: number;
  /** The name of page 1 in the titles of later pages. */
  title: RegExp;
  /** Where the link to page 1 leads, when not to `first` itself. */
  firstHref?: string;
}

/** The pagination's words in each language. */
export const nb = { previous: 'Forrige side', next: 'Neste side', page: 'Side', of: 'av' };
export const en = { previous: 'Previous page', next: 'Next page', page: 'Page', of: 'of' };
const jobsPages = pageCount(openJobs.length, sizes.jobs);
const videosPages = pageCount(fixtureEntries('videos').length, sizes.videos);

/** Every kind of paginated list, with enough entries in the fixture for at least two pages. */
export const lists: List[] = [
  {
    first: paths.channels,
    locale: 'nb',
    label: 'Sider med innlegg',
    pages: pageCount(posts.length, sizes.posts),
    title: /^Innlegg fra kanalene/,
  },
  {
    first: paths.channel(channel),
    locale: 'nb',
    label: 'Sider med innlegg',
    pages: pageCount(channelPosts, sizes.posts),
    title: /\S/,
  },
  {
    first: paths.news,
    locale: 'nb',
    label: 'Sider med nyheter',
    pages: pageCount(fixtureEntries('news').length, sizes.news),
    title: /^Nyheter/,
  },
  {
    first: paths.videos.nb,
    locale: 'nb',
    label: 'Sider med videoer',
    pages: videosPages,
    title: /^Rekrutteringsvideoer/,
  },
  {
    first: paths.videos.en,
    locale: 'en',
    label: 'Pages of videos',
    pages: videosPages,
    title: /^Recruitment videos/,
  },
  {
    first: paths.jobs.nb,
    locale: 'nb',
    label: 'Sider med stillinger',
    pages: jobsPages,
    title: /^Ledige stillinger/,
  },
  {
    first: paths.jobsNewest.nb,
    locale: 'nb',
    label: 'Sider med stillinger',
    pages: jobsPages,
    title: /^Ledige stillinger, nyeste først/,
  },
  {
    first: paths.jobs.en,
    locale: 'en',
    label: 'Pages of positions',
    pages: jobsPages,
    title: /^Open positions/,
  },
  {
    first: paths.jobsNewest.en,
    locale: 'en',
    label: 'Pages of positions',
    pages: jobsPages,
    title: /^Open positions, newest first/,
  },
  ...(['nb', 'en'] as const).map((locale) => ({
    first: paths.profession(profession, locale),
    locale,
    label: locale === 'nb' ? 'Sider med stillinger' : 'Pages of positions',
    pages: pageCount(professionJobs, sizes.jobs),
    title: /\S/,
    firstHref: `${paths.profession(profession, locale)}#jobs`,
  })),
  ...(['nb', 'en'] as const).map((locale) => ({
    first: paths.professionVideos(videoProfession, locale),
    locale,
    label: locale === 'nb' ? 'Sider med videoer' : 'Pages of videos',
    pages: pageCount(professionVideos, sizes.videos),
    title: /\S/,
  })),
];
