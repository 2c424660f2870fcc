import { describe, expect, it } from 'vitest';
import { newsView, type NewsEntryLike } from '../../src/features/news/news-view';
import { planView, type PlanEntryLike } from '../../src/features/plan/plan-view';
import {
  channelView,
  postView,
  type ChannelEntryLike,
  type PostEntryLike,
} from '../../src/features/social/social-view';

const picture = { src: '/_astro/bilde.abc.jpeg', width: 1200, height: 800 };

function newsItem(data: Partial<NewsEntryLike<string>['data']> = {}): NewsEntryLike<string> {
  return {
    id: 'ny-bru',
    data: {
      title: 'Ny bru over elva',
      summary: 'Brua åpner i mai.',
      date: new Date('2026-05-04T00:00:00Z'),
      example: false,
      ...data,
    },
  };
}

function channel(data: Partial<ChannelEntryLike['data']> = {}): ChannelEntryLike {
  return {
    id: 'testby-facebook',
    data: {
      name: 'Testby på Facebook',
      platform: 'facebook',
      url: 'https://www.facebook.com/testby',
      handle: '@testby',
      purpose: 'Svare innbyggerne.',
      audience: ['Innbyggere'],
      responseTimeHours: 24,
      followers: [],
      example: false,
      ...data,
    },
  };
}

function post(data: Partial<PostEntryLike<string>['data']> = {}): PostEntryLike<string> {
  return {
    id: '2026-05-04-bru',
    body: 'Brua åpner i mai.',
    filePath: 'tests/posts/2026-05-04-bru.mdx',
    data: {
      url: 'https://www.facebook.com/testby/posts/1',
      date: new Date('2026-05-04T00:00:00Z'),
      example: false,
      ...data,
    },
  };
}

function chapter(data: Partial<PlanEntryLike['data']> = {}): PlanEntryLike {
  return {
    id: 'malgrupper',
    data: {
      title: 'Målgrupper',
      summary: 'Hvem vi snakker med.',
      order: 2,
      owner: 'Kommunikasjonssjef',
      lastReviewed: new Date('2026-03-01T00:00:00Z'),
      changes: [{ date: new Date('2026-03-01T00:00:00Z'), summary: 'Ny målgruppe.' }],
      example: false,
      ...data,
    },
  };
}

describe('newsView', () => {
  it('gives the page, card and feed the same address, text and date', () => {
    const view = newsView(newsItem());
    expect(view).toMatchObject({
      locale: 'nb',
      path: '/nyheter/ny-bru/',
      title: 'Ny bru over elva',
      summary: 'Brua åpner i mai.',
      isoDate: '2026-05-04',
      dateText: '4. mai 2026',
      image: undefined,
      search: { type: 'news' },
    });
    expect(view.feed).toEqual({
      title: 'Ny bru over elva',
      path: '/nyheter/ny-bru/',
      date: new Date('2026-05-04T00:00:00Z'),
      summary: 'Brua åpner i mai.',
      category: 'Nyhet',
    });
  });

  it('pairs the image with its one processed copy', () => {
    const view = newsView(newsItem({ image: { src: 'bru.jpg', alt: 'Brua i sol' } }), {
      image: picture,
    });
    expect(view.image).toEqual({ source: 'bru.jpg', alt: 'Brua i sol', preview: picture });
  });

  it('names the item when its image has no processed copy', () => {
    expect(() => newsView(newsItem({ image: { src: 'bru.jpg', alt: 'Brua' } }))).toThrow(
      /News item "ny-bru": its image has no processed copy/,
    );
  });
});

describe('channelView', () => {
  it.each([
    ['facebook', 'Facebook'],
    ['x', 'X (Twitter)'],
    ['cpoint', 'CPoint'],
  ] as const)('names the %s platform "%s"', (platform, name) => {
    expect(channelView(channel({ platform })).platformName).toBe(name);
  });

  it('gives the page its address, description and latest follower count', () => {
    const view = channelView(
      channel({
        followers: [
          { count: 10, date: new Date('2026-01-01T00:00:00Z') },
          { count: 12, date: new Date('2026-02-01T00:00:00Z') },
        ],
      }),
    );
    expect(view.path).toBe('/kanaler/testby-facebook/');
    expect(view.description).toContain('Testby på Facebook');
    expect(view.followers?.count).toBe(12);
  });
});

describe('postView', () => {
  it('gives the card, page, search and feed the same title, address and filters', () => {
    const view = postView(post(), { channel: channel() });
    expect(view).toMatchObject({
      path: '/kanaler/innlegg/2026-05-04-bru/',
      title: 'Innlegg på Facebook, 4. mai 2026',
      isoDate: '2026-05-04',
      text: { body: 'Brua åpner i mai.', source: 'tests/posts/2026-05-04-bru.mdx' },
      search: { type: 'post', filters: { channel: 'Facebook' } },
      channel: { path: '/kanaler/testby-facebook/', name: 'Testby på Facebook' },
    });
    expect(view.description).toContain('Testby på Facebook');
    expect(view.feed).toEqual({
      title: 'Innlegg på Facebook, 4. mai 2026',
      path: '/kanaler/innlegg/2026-05-04-bru/',
      date: new Date('2026-05-04T00:00:00Z'),
      category: 'Innlegg',
    });
  });

  it('names the post when its image has no processed copy', () => {
    expect(() =>
      postView(post({ image: { src: 'a.jpg', alt: 'A' } }), { channel: channel() }),
    ).toThrow(/Post "2026-05-04-bru": its image has no processed copy/);
  });
});

describe('planView', () => {
  it('gives the card, pager and page the chapter address and review date', () => {
    expect(planView(chapter())).toMatchObject({
      path: '/kommunikasjonsplan/malgrupper/',
      title: 'Målgrupper',
      order: 2,
      lastReviewedIso: '2026-03-01',
      lastReviewedText: '1. mars 2026',
      search: { type: 'plan' },
    });
  });
});

describe.each([
  ['a news item', (example: boolean) => newsView(newsItem({ example }))],
  ['a channel', (example: boolean) => channelView(channel({ example }))],
  ['a post', (example: boolean) => postView(post({ example }), { channel: channel() })],
  ['a plan chapter', (example: boolean) => planView(chapter({ example }))],
])('%s marked as an example', (_, view) => {
  it('keeps its page out of search engines only while it is an example', () => {
    expect(view(true)).toMatchObject({ example: true, noindex: true });
    expect(view(false)).toMatchObject({ example: false, noindex: false });
  });
});

describe.each([
  [false, 'https://www.facebook.com/testby/posts/1'],
  [true, undefined],
])('a post with example %s', (example, originalUrl) => {
  it('has an original address only when it is real', () => {
    expect(postView(post({ example }), { channel: channel() }).originalUrl).toBe(originalUrl);
  });
});
