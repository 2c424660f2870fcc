import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  absoluteSrcset,
  absoluteUrl,
  escapeXml,
  feedHtml,
  feedIdFromFileName,
  feedIds,
  feedItem,
  feedPath,
  mediaThumbnail,
  feedItemLimit,
  latestEntries,
  newestEntriesFirst,
  type FeedDraft,
  plainText,
  rssLanguage,
  type FeedEntry,
} from './feeds';

const page = 'https://kommunikasjon.example.no/nyheter/en-nyhet/';

describe.each([
  ['/jobb/', 'https://kommunikasjon.example.no/jobb/'],
  ['../', 'https://kommunikasjon.example.no/nyheter/'],
  ['bilde.webp', 'https://kommunikasjon.example.no/nyheter/en-nyhet/bilde.webp'],
  ['#avsnitt', 'https://kommunikasjon.example.no/nyheter/en-nyhet/#avsnitt'],
  ['https://www.testvik.example/', 'https://www.testvik.example/'],
  ['mailto:post@example.no', 'mailto:post@example.no'],
  ['tel:+4769108000', 'tel:+4769108000'],
  ['  /med-mellomrom/ ', 'https://kommunikasjon.example.no/med-mellomrom/'],
])('absoluteUrl(%j)', (value, expected) => {
  it(`gives ${expected}`, () => expect(absoluteUrl(value, page)).toBe(expected));
});

describe('absoluteSrcset', () => {
  it('resolves every candidate and keeps its descriptor', () => {
    expect(absoluteSrcset('/_astro/a.webp 1x, /_astro/b.webp 2x', page)).toBe(
      'https://kommunikasjon.example.no/_astro/a.webp 1x, https://kommunikasjon.example.no/_astro/b.webp 2x',
    );
  });
});

describe.each([
  [
    'a link',
    '<p>Se <a href="/jobb/">jobbene</a>.</p>',
    '<p>Se <a href="https://kommunikasjon.example.no/jobb/">jobbene</a>.</p>',
  ],
  [
    'an image with srcset',
    '<img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/b.webp 2x" alt="Et bilde">',
    '<img src="https://kommunikasjon.example.no/_astro/a.webp" srcset="https://kommunikasjon.example.no/_astro/a.webp 1x, https://kommunikasjon.example.no/_astro/b.webp 2x" alt="Et bilde">',
  ],
  ['a script', '<p>Tekst</p><script>alert(1)</script>', '<p>Tekst</p>'],
  ['a style', '<style>p{color:red}</style><p>Tekst</p>', '<p>Tekst</p>'],
  [
    'an embed frame inside a figure',
    '<figure><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><figcaption>Video</figcaption></figure>',
    '<figure><figcaption>Video</figcaption></figure>',
  ],
  [
    'a video poster and a quote source',
    '<video poster="/p.jpg"></video><blockquote cite="/kilde/">Sitat</blockquote>',
    '<video poster="https://kommunikasjon.example.no/p.jpg"></video><blockquote cite="https://kommunikasjon.example.no/kilde/">Sitat</blockquote>',
  ],
  [
    'an event handler and a script URL',
    '<img src="/x" onerror="alert(1)" alt=""> <a href=" JavaScript:alert(1)" onclick="x()">lenke</a>',
    '<img src="https://kommunikasjon.example.no/x" alt=""> <a>lenke</a>',
  ],
])('feedHtml with %s', (_name, html, expected) => {
  it('makes the HTML fit for a feed reader', () => expect(feedHtml(html, page)).toBe(expected));
});

describe.each([
  ['<p>Kort tekst.</p>', 40, 'Kort tekst.'],
  [
    '<p>Når kommer <strong>søppelbilen</strong>?</p>\n<p>Sjekk kalenderen.</p>',
    80,
    'Når kommer søppelbilen? Sjekk kalenderen.',
  ],
  [
    '<p>Et langt innlegg om tømming av avfall i hele kommunen</p>',
    30,
    'Et langt innlegg om tømming…',
  ],
  ['<p>Tekst</p><script>var x = 1;</script>', 40, 'Tekst'],
])('plainText(%j, %i)', (html, max, expected) => {
  it(`gives ${expected}`, () => expect(plainText(html, max)).toBe(expected));
});

describe('escapeXml and mediaThumbnail', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
  it('writes a Media RSS thumbnail with an escaped URL', () => {
    expect(mediaThumbnail('https://example.no/a.jpg?w=1&h=2', 1280, 720)).toBe(
      '<media:thumbnail url="https://example.no/a.jpg?w=1&amp;h=2" width="1280" height="720"/>',
    );
  });
});

describe('feed paths', () => {
  it.each(feedIds)('%s has a path ending in .xml that maps back to it', (id) => {
    const path = feedPath(id);
    expect(path).toMatch(/\.xml$/);
    if (id !== 'all') expect(feedIdFromFileName(path.replace(/^\/rss\/|\.xml$/g, ''))).toBe(id);
  });
  it('knows no feed by an unknown name', () => {
    expect(feedIdFromFileName('finnes-ikke')).toBeUndefined();
  });
  it('writes the language in lower case', () => expect(rssLanguage('nb-NO')).toBe('nb-no'));
});

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  title: 'En nyhet',
  path: '/nyheter/en-nyhet/',
  date: new Date('2026-11-20T00:00:00Z'),
  summary: 'Kort om nyheten.',
  html: '<p>Les <a href="/rss/">om strømmene</a>.</p><img src="/_astro/x.webp" alt="">',
  category: 'Nyhet',
  ...over,
});

describe('feedItem', () => {
  const site = 'https://kommunikasjon.example.no';
  it('gives an absolute link and content with absolute URLs only', () => {
    const item = feedItem(entry(), site);
    expect(item.link).toBe(page);
    expect(item.content).toContain('href="https://kommunikasjon.example.no/rss/"');
    expect(item.content).toContain('src="https://kommunikasjon.example.no/_astro/x.webp"');
    expect(item.content).not.toMatch(/(href|src)="\//);
    expect(item.categories).toEqual(['Nyhet']);
    expect(item.customData).toBeUndefined();
  });
  it('adds a thumbnail with an absolute URL that a feed parser reads', () => {
    const item = feedItem(
      entry({ thumbnail: { url: '/_astro/poster.jpg', width: 1280, height: 720 } }),
      site,
    );
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(item.customData ?? '');
    expect(parsed['media:thumbnail']['@_url']).toBe(
      'https://kommunikasjon.example.no/_astro/poster.jpg',
    );
  });
});

describe('newestEntriesFirst', () => {
  it('sorts by date, then by path for a stable order', () => {
    const sorted = newestEntriesFirst([
      entry({ path: '/b/', date: new Date('2026-01-01') }),
      entry({ path: '/c/', date: new Date('2026-03-01') }),
      entry({ path: '/a/', date: new Date('2026-01-01') }),
    ]);
    expect(sorted.map((e) => e.path)).toEqual(['/c/', '/a/', '/b/']);
  });
});

describe('latestEntries', () => {
  const draft = (path: string, date: string, made: string[]): FeedDraft => ({
    title: path,
    path,
    date: new Date(date),
    summary: `About ${path}`,
    category: 'Nyhet',
    content: () => {
      made.push(path);
      return Promise.resolve({ html: `<p>${path}</p>` });
    },
  });

  it('keeps the newest items, newest first, and makes the content of those only', async () => {
    const made: string[] = [];
    const drafts = [
      draft('/a/', '2026-01-01', made),
      draft('/b/', '2026-03-01', made),
      draft('/c/', '2026-02-01', made),
    ];
    const entries = await latestEntries(drafts, 2);
    expect(entries.map((entry) => [entry.path, entry.html])).toEqual([
      ['/b/', '<p>/b/</p>'],
      ['/c/', '<p>/c/</p>'],
    ]);
    expect(made.sort()).toEqual(['/b/', '/c/']);
  });

  it('takes the summary from the content when the item has none of its own', async () => {
    const [entry] = await latestEntries([
      {
        ...draft('/post/', '2026-01-01', []),
        summary: undefined,
        content: () => Promise.resolve({ html: '<p>Brøyting</p>', summary: 'Brøyting' }),
      },
    ]);
    expect(entry?.summary).toBe('Brøyting');
  });

  it('holds at most feedItemLimit items', async () => {
    const many = Array.from({ length: feedItemLimit + 5 }, (_, i) =>
      draft(`/n${i}/`, '2026-01-01', []),
    );
    expect(await latestEntries(many)).toHaveLength(feedItemLimit);
  });
});
