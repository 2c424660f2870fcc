/**
 * Instagram posts from "Download your information" in JSON: `your_instagram_activity/content/
 * posts_1.json` (`content/posts_1.json` in older exports), a JSON array of `{ media: [{ uri,
 * creation_timestamp, title }], title?, creation_timestamp? }`: a post with one picture has its
 * caption in the picture's `title`, one with several in its own. Text is double-encoded like
 * Facebook's (./mojibake.ts). The export has no address of the post and no alt text, so posts
 * arrive as drafts an editor finishes.
 */
import { repairMojibakeDeep } from './mojibake.ts';
import {
  MalformedPayload,
  PostCollector,
  isoInstant,
  list,
  record,
  str,
  type ParseOptions,
  type ParsedPosts,
} from './social-post.ts';

/** Where the posts file is in the export folder, in the layouts Instagram has used. */
export const instagramPostFiles = [
  'your_instagram_activity/content/posts_1.json',
  'content/posts_1.json',
];

/** The posts of an Instagram export's posts file (already parsed as JSON). */
export function parseInstagramPosts(payload: unknown, options: ParseOptions = {}): ParsedPosts {
  if (!Array.isArray(payload)) {
    throw new MalformedPayload('expected a JSON array of posts (Download your information, JSON)');
  }
  const out = new PostCollector(options);
  const seen = new Map<number, number>();
  (repairMojibakeDeep(payload) as unknown[]).forEach((item, index) => {
    const post = record(item);
    const media = list(post?.['media']).map(record);
    const first = media[0];
    const timestamp = post?.['creation_timestamp'] ?? first?.['creation_timestamp'];
    if (!post || typeof timestamp !== 'number' || !Number.isInteger(timestamp)) {
      return out.skip(`#${index + 1}`, 'no whole-number "creation_timestamp"');
    }
    const count = (seen.get(timestamp) ?? 0) + 1;
    seen.set(timestamp, count);
    const id = count === 1 ? String(timestamp) : `${timestamp}-${count}`;
    const caption = str(post['title']) ?? (media.length === 1 ? str(first?.['title']) : undefined);
    out.add({
      platform: 'instagram',
      id,
      url: undefined,
      published: isoInstant(timestamp * 1000)!,
      text: (caption ?? '').trim(),
      images: media.flatMap((m) => {
        const uri = str(m?.['uri']);
        return uri && /\.(jpe?g|png|webp)$/i.test(uri) ? [{ source: uri, alt: undefined }] : [];
      }),
    });
  });
  return out.result;
}
