/**
 * X (Twitter): posts from the account's archive ("Download an archive of your data"). The
 * archive's `data/tweets.js` is a script, `window.YTD.tweets.part0 = [ { "tweet": { … } } ]`, whose
 * tweets carry `id_str`, `full_text`, `created_at` ("Wed Oct 10 20:19:24 +0000 2018"),
 * `in_reply_to_user_id_str`, `entities.urls` (`url` → `expanded_url`) and `extended_entities.media`
 * (`url`, `media_url_https`, `type`); the pictures are in `data/tweets_media/<tweet id>-<file name>`.
 * `data/account.js` (`window.YTD.account.part0 = [ { "account": { accountId, username } } ]`) names
 * the account. A retweet is a tweet whose text starts "RT @".
 */
import {
  MalformedPayload,
  PostCollector,
  isoInstant,
  list,
  record,
  str,
  httpsOnly,
  type ParseOptions,
  type ParsedPosts,
} from './social-post.ts';

/** The JSON of an archive's `data/*.js` file: the array after `window.YTD.<name>.part<n> =`. */
export function readArchiveScript(text: string, file: string): unknown {
  const match = /^\s*window\.YTD\.\w+\.part\d+\s*=\s*/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new MalformedPayload(`${file}: expected it to start with "window.YTD.<name>.part0 = ["`);
  }
  try {
    return JSON.parse(
      text
        .replace(/^\uFEFF/, '')
        .slice(match[0].length)
        .replace(/;\s*$/, ''),
    );
  } catch (error) {
    throw new MalformedPayload(
      `${file}: the array after "=" is not JSON: ${(error as Error).message}`,
    );
  }
}

/** The account an archive belongs to, from `data/account.js`. */
export function parseXAccount(payload: unknown): { id: string; username: string } {
  const account = record(record(list(payload)[0])?.['account']);
  const id = str(account?.['accountId']);
  const username = str(account?.['username']);
  if (!id || !/^\d+$/.test(id) || !username || !/^\w{1,15}$/.test(username)) {
    throw new MalformedPayload(
      'data/account.js: expected an "account" with "accountId" and "username"',
    );
  }
  return { id, username };
}

const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `created_at` as X writes it ("Wed Oct 10 20:19:24 +0000 2018") as an ISO instant. */
export function parseXDate(value: string | undefined): string | undefined {
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(
    value ?? '',
  );
  const month = m ? months.indexOf(m[1]!) + 1 : 0;
  if (!m || month === 0) return undefined;
  return isoInstant(`${m[6]}-${String(month).padStart(2, '0')}-${m[2]}T${m[3]}${m[4]}:${m[5]}`);
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** Options of the X archive besides the date. */
export interface XOptions extends ParseOptions {
  /** Keep retweets (left out unless the source is configured with them). */
  includeRetweets?: boolean | undefined;
}

/**
 * The posts of `data/tweets.js` (already read with {@link readArchiveScript}) of `account`.
 * Replies to other accounts are left out (a thread of one's own stays), and retweets unless
 * `includeRetweets`. The shortened t.co links become their https destination; the links to the
 * tweet's own pictures are dropped, since the pictures come with the post.
 */
export function parseXTweets(
  payload: unknown,
  account: { id: string; username: string },
  options: XOptions = {},
): ParsedPosts {
  if (!Array.isArray(payload)) throw new MalformedPayload('data/tweets.js: expected an array');
  const out = new PostCollector(options);
  payload.forEach((item, index) => {
    const tweet = record(record(item)?.['tweet']);
    const id = str(tweet?.['id_str']);
    if (!tweet || !id || !/^\d+$/.test(id)) return out.skip(`#${index + 1}`, 'no numeric "id_str"');
    const replyTo = str(tweet['in_reply_to_user_id_str']);
    if (replyTo && replyTo !== account.id) return out.skip(id, 'a reply to another account');
    let text = str(tweet['full_text']) ?? '';
    if (/^RT @\w+:/.test(text) && !options.includeRetweets) return out.skip(id, 'a retweet');
    const published = parseXDate(str(tweet['created_at']));
    if (!published) return out.skip(id, 'no valid "created_at"');
    const media = list(
      record(tweet['extended_entities'])?.['media'] ?? record(tweet['entities'])?.['media'],
    ).map(record);
    for (const m of media) {
      const short = str(m?.['url']);
      if (short) text = text.split(short).join('');
    }
    for (const u of list(record(tweet['entities'])?.['urls']).map(record)) {
      const short = str(u?.['url']);
      if (short)
        text = text
          .split(short)
          .join(httpsOnly(str(u?.['expanded_url'])) ?? str(u?.['display_url']) ?? '');
    }
    text = text.replace(/&(amp|lt|gt);/g, (e) => entities[e]!).trim();
    out.add({
      platform: 'x',
      id,
      url: `https://x.com/${account.username}/status/${id}`,
      published,
      text,
      images: media.flatMap((m) => {
        const file = str(m?.['media_url_https'])?.split('/').pop();
        if (m?.['type'] !== 'photo' || !file) return [];
        const alt = str(m['ext_alt_text'])?.trim();
        return [{ source: `data/tweets_media/${id}-${file}`, alt: alt || undefined }];
      }),
    });
  });
  return out.result;
}
