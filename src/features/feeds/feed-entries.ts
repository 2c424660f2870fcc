/**
 * Reads the collections and renders each entry's MDX for the feeds. Kept apart from
 * `feeds.ts`, which stays free of Astro so that it can be unit-tested on its own.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import {
  newsNewestFirst,
  openJobs,
  postsNewestFirst,
  videosNewestFirst,
} from '../../core/content/collections';
import {
  asDraft,
  escapeXml,
  latestEntries,
  plainText,
  type FeedDraft,
  type FeedEntry,
  type FeedId,
} from './feeds';
import { fill } from '../../core/fill';
import { useTranslations } from '../../core/i18n';
import { jobsOfProfession } from '../recruitment/jobs/job-alerts';
import { postParagraphs } from '../social/post-text';
import { oncePerBuild } from '../../core/content/once-per-build';
import { planFeedEntries } from './plan-feed-entries';
import type { ImageView } from '../../core/view-parts';
import { loadJobView, loadVideoView } from '../recruitment/recruitment-entries';
import { loadNewsView } from '../news/news-entries';
import { loadPostView } from '../social/social-entries';

const t = useTranslations('nb');
let container: AstroContainer | undefined;

/**
 * The entry's MDX body rendered to an HTML string, as the page shows it: the HTML rendered as
 * the content was read (src/build/render-at-sync.ts), or else rendered once per build, since
 * an entry is in its own feed, in `/rss.xml` and, for jobs, in its profession's feed.
 */
function renderBody(entry: CollectionEntry<'news' | 'videos' | 'jobs'>): Promise<string> {
  if (entry.rendered) return Promise.resolve(entry.rendered.html);
  return oncePerBuild(`body ${entry.collection}/${entry.id}`, async () => {
    container ??= await AstroContainer.create({
      renderers: await loadRenderers([getContainerRenderer()]),
    });
    const { Content } = await render(entry);
    return container.renderToString(Content);
  });
}

/** HTML for the parts of an item that come from its front matter. */
function paragraph(html: string): string {
  return `<p>${html}</p>`;
}

/**
 * A post's text as its page shows it (`PostText.astro`): paragraphs of plain text, with the
 * line breaks inside them; markup an editor pasted stays text.
 */
function postTextHtml(text: string | undefined): string {
  return postParagraphs(text)
    .map((text) => paragraph(escapeXml(text).replace(/\r?\n/g, '<br>\n')))
    .join('\n');
}

function link(href: string, text: string): string {
  return `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`;
}

/** The example-content notice at the top of an item the municipality has not confirmed. */
function exampleNotice(example: boolean): string {
  return example ? paragraph(`<em>${escapeXml(t('example.notice'))}</em>`) : '';
}

/** An entry's own image, as its shared JPEG copy for feed readers, as an HTML paragraph. */
function imageParagraph(image: ImageView | undefined): string {
  if (!image) return '';
  return paragraph(`<img src="${escapeXml(image.preview.src)}" alt="${escapeXml(image.alt)}">`);
}

async function newsEntries(): Promise<FeedDraft[]> {
  return Promise.all(
    (await newsNewestFirst()).map(async (entry) => {
      const item = await loadNewsView(entry);
      return {
        ...item.feed,
        content: async () => ({
          html: [
            exampleNotice(item.example),
            paragraph(`<strong>${escapeXml(item.summary)}</strong>`),
            imageParagraph(item.image),
            await renderBody(entry),
          ].join('\n'),
        }),
      };
    }),
  );
}

async function videoEntries(): Promise<FeedDraft[]> {
  return Promise.all(
    (await videosNewestFirst()).map(async (entry) => {
      const video = await loadVideoView(entry, 'nb');
      const { preview, alt } = video.poster;
      return {
        ...video.feed,
        content: async () => ({
          html: [
            exampleNotice(video.example),
            paragraph(
              `<img src="${escapeXml(preview.src)}" alt="${escapeXml(alt)}" width="${preview.width}" height="${preview.height}">`,
            ),
            paragraph(escapeXml(video.description.text)),
            await renderBody(entry),
            paragraph(link(video.path, t('feed.item.watch'))),
          ].join('\n'),
        }),
      };
    }),
  );
}

async function jobEntries(profession?: string): Promise<FeedDraft[]> {
  const jobs = await openJobs();
  return Promise.all(
    (profession ? jobsOfProfession(jobs, profession) : jobs).map(async (entry) => {
      const job = await loadJobView(entry, 'nb');
      const deadline = `${t('jobs.deadline')}: ${job.deadlineText}`;
      return {
        ...job.feed,
        content: async () => ({
          html: [
            exampleNotice(job.example),
            paragraph(`<strong>${escapeXml(job.summary.text)}</strong>`),
            paragraph(
              `${escapeXml(job.department)}, ${escapeXml(job.location)}<br>${escapeXml(deadline)}`,
            ),
            await renderBody(entry),
            job.applicationUrl
              ? paragraph(link(job.applicationUrl, t('feed.item.apply')))
              : paragraph(escapeXml(t('example.noApplication'))),
          ].join('\n'),
        }),
      };
    }),
  );
}

async function postEntries(): Promise<FeedDraft[]> {
  return Promise.all(
    (await postsNewestFirst()).map(async (entry) => {
      const post = await loadPostView(entry);
      const platform = post.channel.platformName;
      return {
        ...post.feed,
        content: async () => {
          const body = postTextHtml(post.text.body);
          return {
            summary: plainText(body, 200),
            html: [
              exampleNotice(post.example),
              body,
              imageParagraph(post.image),
              // An example post has no original address: its made-up one could lead to a stranger's post.
              post.originalUrl
                ? paragraph(link(post.originalUrl, fill(t('feed.item.original'), { platform })))
                : paragraph(escapeXml(fill(t('example.noPost'), { platform }))),
            ].join('\n'),
          };
        },
      };
    }),
  );
}

const sources: Record<Exclude<FeedId, 'all'>, () => Promise<FeedDraft[]>> = {
  news: newsEntries,
  videos: videoEntries,
  jobs: () => jobEntries(),
  posts: postEntries,
};

/** The newest open jobs of one profession, newest first: the profession's own feed. */
export async function professionFeedEntries(profession: string): Promise<FeedEntry[]> {
  return latestEntries(await jobEntries(profession));
}

/** The newest entries of one feed, newest first; `all` merges every other feed. */
export async function feedEntries(id: FeedId): Promise<FeedEntry[]> {
  if (id !== 'all') return latestEntries(await sources[id]());
  const lists = await Promise.all(Object.values(sources).map((source) => source()));
  return latestEntries([...lists.flat(), ...(await planFeedEntries()).map(asDraft)]);
}
