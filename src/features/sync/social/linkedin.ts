/**
 * LinkedIn: posts from the data export ("Get a copy of your data"), whose `Shares.csv` has one
 * row per post with the columns `Date` ("2024-05-02 08:15:00", UTC), `ShareLink` (the post's
 * address, `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A…`), `ShareCommentary` (the
 * text, across lines), `SharedUrl`, `MediaUrl` and `Visibility`. LinkedIn exports a page's posts
 * only through the archive of the member who wrote them; the rows are filtered to the posts with
 * an address, and pictures (`MediaUrl`, on LinkedIn's servers) are not copied, since they need a
 * signed-in session.
 */
import {
  MalformedPayload,
  PostCollector,
  httpsOnly,
  isoInstant,
  type ParseOptions,
  type ParsedPosts,
} from './social-post.ts';

/**
 * Rows of a CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Small
 * enough to keep here rather than add a dependency for one file format.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) throw new MalformedPayload('expected a closing quote for the last quoted field');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

const columns = ['Date', 'ShareLink', 'ShareCommentary'] as const;

/** The post's id from its address: the number of its `urn:li:share:` or `urn:li:activity:`. */
function idOf(url: string): string | undefined {
  return /urn:li:(?:share|activity|ugcPost):(\d+)/.exec(decodeURIComponent(url))?.[1];
}

/** The posts of `Shares.csv`. */
export function parseLinkedInShares(text: string, options: ParseOptions = {}): ParsedPosts {
  const [header, ...rows] = parseCsv(text);
  const at = Object.fromEntries(columns.map((name) => [name, header?.indexOf(name) ?? -1]));
  const missing = columns.filter((name) => at[name] === -1);
  if (missing.length > 0) {
    throw new MalformedPayload(
      `Shares.csv: expected the columns ${missing.join(', ')} in the first row`,
    );
  }
  const shared = header!.indexOf('SharedUrl');
  const out = new PostCollector(options);
  rows.forEach((row, index) => {
    const link = httpsOnly(row[at['ShareLink']!]);
    const id = link && idOf(link);
    if (!link || !id)
      return out.skip(`row ${index + 2}`, 'no LinkedIn post address in "ShareLink"');
    const date = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(row[at['Date']!] ?? '');
    const published = date ? isoInstant(`${date[1]}T${date[2]}Z`) : undefined;
    if (!published) return out.skip(id, 'no "Date" written YYYY-MM-DD HH:MM:SS');
    const commentary = (row[at['ShareCommentary']!] ?? '').trim();
    const sharedUrl = shared >= 0 ? httpsOnly(row[shared]) : undefined;
    const urn = /urn:li:(share|activity|ugcPost):\d+/.exec(decodeURIComponent(link))![0];
    out.add({
      platform: 'linkedin',
      id,
      url: `https://www.linkedin.com/feed/update/${urn}/`,
      published,
      text:
        sharedUrl && !commentary.includes(sharedUrl)
          ? `${commentary}\n\n${sharedUrl}`.trim()
          : commentary,
      images: [],
    });
  });
  return out.result;
}
