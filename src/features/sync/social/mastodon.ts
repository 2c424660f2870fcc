/**
 * Mastodon: an account's public statuses from its server's REST API, which needs no key for
 * public statuses (https://docs.joinmastodon.org/methods/accounts/#statuses):
 * `GET /api/v1/accounts/lookup?acct=<name>` gives the account's id, then
 * `GET /api/v1/accounts/<id>/statuses?exclude_reblogs=true&exclude_replies=true&limit=40`
 * gives its statuses, newest first, with the next page in the `Link` header (`rel="next"`).
 * The Status entity is documented at https://docs.joinmastodon.org/entities/Status/.
 */
import { htmlToText } from './html-text.ts';
import {
  MalformedPayload,
  PostCollector,
  fetchableUrl,
  httpsOnly,
  isoInstant,
  list,
  maxHtmlLength,
  record,
  str,
  type ParseOptions,
  type ParsedPosts,
} from './social-post.ts';

/** The address of the statuses of account `id` on `server` (an https origin). */
export function mastodonStatusesUrl(server: string, id: string): string {
  const url = new URL(`/api/v1/accounts/${encodeURIComponent(id)}/statuses`, server);
  url.search = new URLSearchParams({
    exclude_reblogs: 'true',
    exclude_replies: 'true',
    limit: '40',
  }).toString();
  return url.href;
}

/** The address that looks up account `name` (without the server) on `server`. */
export function mastodonLookupUrl(server: string, name: string): string {
  const url = new URL('/api/v1/accounts/lookup', server);
  url.search = new URLSearchParams({ acct: name.replace(/^@/, '').split('@')[0] ?? '' }).toString();
  return url.href;
}

/** The account id in a lookup response (an Account entity). */
export function parseMastodonAccount(payload: unknown): string {
  const id = str(record(payload)?.['id']);
  if (!id || !/^\d+$/.test(id)) {
    throw new MalformedPayload(
      'expected an Account with a numeric "id" from /api/v1/accounts/lookup',
    );
  }
  return id;
}

/** The next page's address from a `Link` header (RFC 8288), if it stays on `server`. */
export function nextPageFromLink(link: string | null, server: string): string | undefined {
  const next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link ?? '')?.[1];
  const url = next ? fetchableUrl(next) : undefined;
  return url && new URL(url).origin === new URL(server).origin ? url : undefined;
}

/**
 * The posts of one page of statuses. Boosts (`reblog`), replies to other accounts, statuses
 * that are not public, and statuses of other accounts are left out with their reason.
 */
export function parseMastodonStatuses(
  payload: unknown,
  accountId: string,
  options: ParseOptions = {},
): ParsedPosts {
  if (!Array.isArray(payload)) {
    throw new MalformedPayload('expected a JSON array of Status entities');
  }
  const out = new PostCollector(options);
  payload.forEach((item, index) => {
    const status = record(item);
    const id = str(status?.['id']) ?? `#${index + 1}`;
    if (!status) return out.skip(id, 'not a Status object');
    // Mastodon's ids are numbers written as strings; anything else names no status.
    if (!/^\d{1,30}$/.test(id)) return out.skip(id, 'an "id" that is not a Mastodon status id');
    if (status['reblog']) return out.skip(id, 'a boost of another post');
    if (str(record(status['account'])?.['id']) !== accountId) {
      return out.skip(id, 'a status of another account');
    }
    const replyTo = str(status['in_reply_to_account_id']);
    if (replyTo && replyTo !== accountId) return out.skip(id, 'a reply to another account');
    if (status['visibility'] !== 'public') return out.skip(id, 'not a public status');
    const url = httpsOnly(str(status['url']));
    const published = isoInstant(str(status['created_at']));
    if (!url) return out.skip(id, 'no https "url"');
    if (!published) return out.skip(id, 'no valid "created_at"');
    const html = str(status['content']) ?? '';
    if (html.length > maxHtmlLength) {
      return out.skip(id, `HTML of ${html.length} characters, above ${maxHtmlLength}`);
    }
    const warning = str(status['spoiler_text'])?.trim();
    const body = htmlToText(html);
    out.add({
      platform: 'mastodon',
      id,
      url,
      published,
      text: warning ? `${warning}\n\n${body}` : body,
      images: list(status['media_attachments']).flatMap((media) => {
        const m = record(media);
        const source = fetchableUrl(str(m?.['url']));
        if (!m || m['type'] !== 'image' || !source) return [];
        return [{ source, alt: str(m['description'])?.trim() || undefined }];
      }),
    });
  });
  return out.result;
}
