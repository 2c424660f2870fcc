import type { RSSFeedItem } from '@astrojs/rss';
import {
  ELEMENT_NODE,
  TEXT_NODE,
  parse,
  renderSync,
  walkSync,
  type ElementNode,
  type TextNode,
} from 'ultrahtml';
import { useTranslations } from '../../core/i18n';
import { paths } from '../../core/urls';
import type { FeedItemView } from '../../core/view-parts';
import { site } from '../../site.config';

/** The site's feeds: everything, and one per kind of content. */
export const feedIds = ['all', 'news', 'videos', 'jobs', 'posts'] as const;
export type FeedId = (typeof feedIds)[number];

/** The feeds that have their own file under /rss/ (everything lives at /rss.xml). */
export const topicFeedIds = feedIds.filter((id): id is Exclude<FeedId, 'all'> => id !== 'all');

/** Site path of a feed, e.g. `/rss/nyheter.xml`. */
export function feedPath(id: FeedId): string {
  return paths.feed[id];
}

const nb = useTranslations('nb');

/** A feed's short name, e.g. "Nyheter" (the feeds are in bokmål). */
export function feedName(id: FeedId): string {
  return nb(`feed.${id}.title`);
}

/** A feed's full title, with the site's name, as feed readers list it. */
export function feedTitle(id: FeedId): string {
  return withSiteName(feedName(id));
}

/** A feed's title as feed readers list it: the feed's own name, then the site's. */
export function withSiteName(title: string): string {
  return `${title} – ${site.name}`;
}

/** A feed's one-sentence description. */
export function feedDescription(id: FeedId): string {
  return nb(`feed.${id}.description`);
}

/** The feed id whose file is `/rss/<name>.xml`, or `undefined`. */
export function feedIdFromFileName(name: string): Exclude<FeedId, 'all'> | undefined {
  return topicFeedIds.find((id) => paths.feed[id] === `/rss/${name}.xml`);
}

/** Namespaces the feeds use beyond RSS 2.0 (`content:` is added by @astrojs/rss). */
export const feedNamespaces = { media: 'http://search.yahoo.com/mrss/' } as const;

/** RSS `<language>` value for a BCP 47 tag: lower case, as RSS readers expect (`nb-no`). */
export function rssLanguage(tag: string): string {
  return tag.toLowerCase();
}

/** One piece of content as a feed shows it, before URLs are made absolute. */
export interface FeedEntry extends FeedItemView {
  /** The full content as HTML; relative links and images are allowed. */
  html: string;
}

/** Elements dropped from feed content: they do nothing in a feed reader, or are not allowed. */
const droppedElements = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'form']);
/** Attributes that hold a single URL. */
const urlAttributes = ['href', 'src', 'poster', 'cite'];

/** Resolves `value` against `base`, leaving fragments-only, mail and phone links untouched. */
export function absoluteUrl(value: string, base: string | URL): string {
  const trimmed = value.trim();
  if (trimmed === '' || /^(mailto|tel|data):/i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/** A `srcset` with every candidate's URL resolved against `base`. */
export function absoluteSrcset(srcset: string, base: string | URL): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.split(/\s+/);
      return [absoluteUrl(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/**
 * Prepares rendered HTML for a feed reader, which has no idea where the item came from:
 * every link and image points to an absolute URL (resolved against the item's page), and
 * scripts, styles and embeds that need the page are removed.
 */
export function feedHtml(html: string, base: string | URL): string {
  const tree = parse(html);
  const dropped = new Set<ElementNode>();
  walkSync(tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    if (droppedElements.has(element.name.toLowerCase())) {
      dropped.add(element);
      return;
    }
    // Text pasted from a platform may carry handlers and script URLs; a reader must not run them.
    for (const name of Object.keys(element.attributes)) {
      if (/^on/i.test(name)) delete element.attributes[name];
    }
    for (const name of urlAttributes) {
      const value = element.attributes[name];
      if (value === undefined) continue;
      if (/^\s*(javascript|vbscript):/i.test(value)) delete element.attributes[name];
      else element.attributes[name] = absoluteUrl(value, base);
    }
    const srcset = element.attributes['srcset'];
    if (srcset !== undefined) element.attributes['srcset'] = absoluteSrcset(srcset, base);
  });
  for (const element of dropped) {
    const parent = element.parent as { children?: unknown[] } | undefined;
    if (parent?.children) parent.children = parent.children.filter((child) => child !== element);
  }
  return renderSync(tree).trim();
}

/**
 * The text of an HTML fragment, whitespace collapsed, cut at a word before `max` characters.
 * Character references stay as they are: an RSS description is HTML, so readers decode them.
 */
export function plainText(html: string, max: number): string {
  const parts: string[] = [];
  walkSync(parse(html), (node, parent) => {
    const inside = (parent as ElementNode | undefined)?.name?.toLowerCase();
    if (node.type === TEXT_NODE && !droppedElements.has(inside ?? '')) {
      parts.push((node as TextNode).value);
    }
  });
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/&[^;\s]*$/, '').replace(/[\s,.;:]+$/, '')}…`;
}

/** Escapes text for use inside an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A Media RSS thumbnail element for an item. */
export function mediaThumbnail(url: string, width: number, height: number): string {
  return `<media:thumbnail url="${escapeXml(url)}" width="${width}" height="${height}"/>`;
}

/** The RSS item for one entry: absolute link (also the guid), full content, RFC 822 date. */
export function feedItem(entry: FeedEntry, site: string | URL): RSSFeedItem {
  const link = new URL(entry.path, site).href;
  return {
    title: entry.title,
    link,
    pubDate: entry.date,
    description: entry.summary,
    content: feedHtml(entry.html, link),
    categories: [entry.category],
    ...(entry.thumbnail && {
      customData: mediaThumbnail(
        absoluteUrl(entry.thumbnail.url, site),
        entry.thumbnail.width,
        entry.thumbnail.height,
      ),
    }),
  };
}

/** Entries newest first; entries on the same date keep a stable order by path. */
export function newestEntriesFirst<T extends Pick<FeedEntry, 'date' | 'path'>>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path),
  );
}

/**
 * How many items a feed holds: the newest. A feed reader fetches the whole file every time it
 * looks for news, and keeps the items it has seen; at 10,000 entries a feed of everything was
 * 42 MB.
 */
export const feedItemLimit = 100;

/**
 * A feed item whose content (the rendered entry) is made only if the item is kept; an item
 * whose summary comes from its content (a post's first words) gets it from `content` too.
 */
export interface FeedDraft extends Omit<FeedEntry, 'html' | 'summary'> {
  summary?: string | undefined;
  content: () => Promise<{ html: string; summary?: string }>;
}

/** A finished item as a draft, for feeds that merge both. */
export function asDraft({ html, ...item }: FeedEntry): FeedDraft {
  return { ...item, content: () => Promise.resolve({ html }) };
}

/** The newest `limit` items, newest first, with the content of only those made. */
export async function latestEntries(
  drafts: FeedDraft[],
  limit: number = feedItemLimit,
): Promise<FeedEntry[]> {
  return Promise.all(
    newestEntriesFirst(drafts)
      .slice(0, limit)
      .map(async ({ content, ...item }) => {
        const made = await content();
        const summary = made.summary ?? item.summary;
        if (summary === undefined) throw new Error(`The feed item ${item.path} has no summary.`);
        return { ...item, html: made.html, summary };
      }),
  );
}
