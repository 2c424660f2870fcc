/**
 * Facebook page posts from "Download your information" in JSON. The posts file is a JSON array
 * (`your_facebook_activity/posts/your_posts_1.json` in a profile's export,
 * `this_profile's_activity_across_facebook/posts/profile_posts_1.json` in a page's) of
 * `{ timestamp, data: [{ post }, { update_timestamp }], attachments: [{ data: [{ media: { uri,
 * creation_timestamp, description } } | { external_context: { url } }] }], title }`, with text
 * double-encoded (see ./mojibake.ts). The export has no address and no id for a post, and no
 * alt text for its pictures: posts are named by their time, and arrive as drafts an editor
 * finishes.
 */
import { repairMojibakeDeep } from './mojibake.ts';
import {
  MalformedPayload,
  PostCollector,
  httpsOnly,
  isoInstant,
  list,
  record,
  str,
  type ParseOptions,
  type ParsedPosts,
  type PostImage,
} from './social-post.ts';

/** Where the posts file is in the export folder, in the layouts Facebook has used. */
export const facebookPostFiles = [
  "this_profile's_activity_across_facebook/posts/profile_posts_1.json",
  'your_facebook_activity/posts/your_posts_1.json',
  'posts/your_posts_1.json',
];

/** The pictures and shared links of a post's attachments. */
function attachmentsOf(attachments: unknown): { images: PostImage[]; links: string[] } {
  const images: PostImage[] = [];
  const links: string[] = [];
  for (const attachment of list(attachments)) {
    for (const part of list(record(attachment)?.['data'])) {
      const media = record(record(part)?.['media']);
      const uri = str(media?.['uri']);
      if (uri && /\.(jpe?g|png|webp|gif)$/i.test(uri)) images.push({ source: uri, alt: undefined });
      const link = httpsOnly(str(record(record(part)?.['external_context'])?.['url']));
      if (link) links.push(link);
    }
  }
  return { images, links };
}

/**
 * The posts of a Facebook export's posts file (already parsed as JSON). Items without text of
 * their own and without a picture (a shared post, a profile picture change) are left out.
 */
export function parseFacebookPosts(payload: unknown, options: ParseOptions = {}): ParsedPosts {
  if (!Array.isArray(payload)) {
    throw new MalformedPayload('expected a JSON array of posts (Download your information, JSON)');
  }
  const out = new PostCollector(options);
  const seen = new Map<number, number>();
  (repairMojibakeDeep(payload) as unknown[]).forEach((item, index) => {
    const post = record(item);
    const timestamp = post?.['timestamp'];
    if (!post || typeof timestamp !== 'number' || !Number.isInteger(timestamp)) {
      return out.skip(`#${index + 1}`, 'no whole-number "timestamp"');
    }
    // Two posts in one second get their place in the file after the time.
    const count = (seen.get(timestamp) ?? 0) + 1;
    seen.set(timestamp, count);
    const id = count === 1 ? String(timestamp) : `${timestamp}-${count}`;
    const text = list(post['data'])
      .map((part) => str(record(part)?.['post']))
      .filter((part): part is string => part !== undefined)
      .join('\n\n')
      .trim();
    const { images, links } = attachmentsOf(post['attachments']);
    const extra = links.filter((link) => !text.includes(link));
    out.add({
      platform: 'facebook',
      id,
      url: undefined,
      published: isoInstant(timestamp * 1000)!,
      text: [text, ...extra].filter(Boolean).join('\n\n'),
      images,
    });
  });
  return out.result;
}
