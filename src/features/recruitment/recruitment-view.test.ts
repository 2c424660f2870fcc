import { describe, expect, it } from 'vitest';
import { pagePaths } from '../../core/view-parts';
import {
  jobView,
  professionView,
  videoView,
  type JobEntryLike,
  type ProfessionEntryLike,
  type VideoEntryLike,
} from './recruitment-view';
import { missingProperties } from '../../core/jsonld';

const siteConfig = {
  name: 'Testby kommune',
  siteUrl: 'https://test.example',
  mainWebsite: 'https://www.testby.example',
  county: 'Testfylke',
  logo: { src: '/logo.svg' },
};

const profession: ProfessionEntryLike = {
  id: 'rorlegger',
  data: {
    name: 'Rørlegger',
    nameEn: 'Plumber',
    description: 'Legger rør.',
    descriptionEn: 'Lays pipes.',
    example: false,
  },
};

const poster = { src: '/_astro/poster.abc.jpeg', width: 1200, height: 675 };

function video(data: Partial<VideoEntryLike<string>['data']> = {}): VideoEntryLike<string> {
  return {
    id: 'rorlegger-dag',
    body: '## Tekst\n\nRørleggeren **snakker**.',
    data: {
      title: 'En dag med rørleggeren',
      description: 'Bli med på jobb.',
      youtubeId: 'abcdefghijk',
      duration: 'PT1M30S',
      uploadDate: new Date('2026-05-01T00:00:00Z'),
      poster: { src: 'poster.jpg', alt: 'Rørlegger under en vask' },
      language: 'nb',
      captions: ['nb'],
      audioDescription: { notNeededReason: 'Alt som vises, blir også sagt.' },
      example: false,
      ...data,
    },
  };
}

function job(data: Partial<JobEntryLike['data']> = {}): JobEntryLike {
  return {
    id: 'rorlegger-fast',
    body: 'Vi søker en rørlegger.',
    data: {
      title: 'Rørlegger i fast stilling',
      summary: 'Fast stilling i drift.',
      department: 'Drift',
      location: 'Testby sentrum',
      employmentType: 'FULL_TIME',
      posted: new Date('2026-11-01T00:00:00Z'),
      deadline: new Date('2026-11-20T00:00:00Z'),
      applicationUrl: 'https://jobb.example/123',
      positionSize: 80,
      positions: 2,
      pay: { scale: 'Lønnstrinn 30' },
      start: 'etter avtale',
      contacts: [{ name: 'Kari Testesen', title: 'Driftsleder', email: 'kari@testby.example' }],
      documents: [],
      policeCertificate: false,
      qualifications: [],
      example: false,
      ...data,
    },
  };
}

describe.each([
  ['nb', '/jobb/yrke/rorlegger/', '/en/jobs/professions/rorlegger/'],
  ['en', '/en/jobs/professions/rorlegger/', '/jobb/yrke/rorlegger/'],
] as const)('pagePaths on a %s page', (locale, path, alternatePath) => {
  it('gives the page, the other language and both', () => {
    const pages = pagePaths(locale, (l) =>
      l === 'en' ? '/en/jobs/professions/rorlegger/' : '/jobb/yrke/rorlegger/',
    );
    expect(pages).toEqual({
      path,
      alternatePath,
      paths: { nb: '/jobb/yrke/rorlegger/', en: '/en/jobs/professions/rorlegger/' },
    });
  });
});

describe.each([
  ['nb', 'Rørlegger', 'Legger rør.', '/jobb/yrke/rorlegger/'],
  ['en', 'Plumber', 'Lays pipes.', '/en/jobs/professions/rorlegger/'],
] as const)('professionView on a %s page', (locale, name, description, path) => {
  const view = professionView(profession, locale);
  it('names the profession in the page’s language', () => {
    expect(view).toMatchObject({ name, description, path, locale, example: false });
  });
});

describe.each([
  // locale, titleEn, expected title, its lang, transcript lang
  ['nb', undefined, 'En dag med rørleggeren', undefined, undefined],
  ['en', 'A day with the plumber', 'A day with the plumber', undefined, 'nb'],
  ['en', undefined, 'En dag med rørleggeren', 'nb', 'nb'],
] as const)(
  'videoView on a %s page (titleEn %s)',
  (locale, titleEn, text, lang, transcriptLang) => {
    const view = videoView(video({ titleEn }), locale, {
      profession,
      poster,
      siteUrl: siteConfig.siteUrl,
    });

    it('localises the title and marks Norwegian text on English pages', () => {
      expect(view.title).toEqual({ text, lang });
      expect(view.transcriptLang).toBe(transcriptLang);
    });

    it('links the page in both languages and its profession', () => {
      expect(view.paths).toEqual({
        nb: '/jobb/video/rorlegger-dag/',
        en: '/en/jobs/videos/rorlegger-dag/',
      });
      expect(view.path).toBe(view.paths[locale]);
      expect(view.profession.path).toBe(professionView(profession, locale).path);
    });

    it('uses the one processed poster for structured data and the feed', () => {
      expect(view.poster).toEqual({
        source: 'poster.jpg',
        alt: 'Rørlegger under en vask',
        preview: poster,
      });
      expect(view.jsonLd?.['thumbnailUrl']).toEqual([
        'https://test.example/_astro/poster.abc.jpeg',
      ]);
      expect(view.feed.thumbnail).toEqual({ url: poster.src, width: 1200, height: 675 });
    });

    it('puts the page in the search under its profession', () => {
      expect(view.search).toEqual({
        type: 'video',
        filters: { profession: locale === 'en' ? 'Plumber' : 'Rørlegger' },
      });
    });

    it('gives complete structured data in the page’s language', () => {
      expect(view.jsonLd && missingProperties(view.jsonLd)).toEqual([]);
      expect(view.jsonLd?.['name']).toBe(text);
    });

    it('gives the feed item the page’s title, summary and path', () => {
      expect(view.feed).toMatchObject({
        title: text,
        path: view.path,
        date: new Date('2026-05-01T00:00:00Z'),
      });
    });
  },
);

describe.each([
  // today, open
  ['2026-11-19', true],
  ['2026-11-20', true],
  ['2026-11-21', false],
])('jobView built as of %s', (today, open) => {
  const view = jobView(job(), 'nb', {
    profession,
    today: new Date(`${today}T00:00:00Z`),
    site: siteConfig,
  });

  it(open ? 'is open, searchable and has a JobPosting' : 'is closed and out of search', () => {
    expect(view.open).toBe(open);
    expect(view.noindex).toBe(!open);
    expect(view.search).toEqual(
      open ? { type: 'job', filters: { profession: 'Rørlegger' } } : undefined,
    );
    expect(view.jsonLd === undefined).toBe(!open);
  });
});

describe.each([
  ['nb', 'Rørlegger i fast stilling', undefined, 'Heltid', '20. november 2026', undefined],
  ['en', 'Plumber, permanent', undefined, 'Full time', '20 November 2026', 'nb'],
] as const)(
  'jobView on a %s page',
  (locale, title, titleLang, employment, deadline, bokmalLang) => {
    const view = jobView(job({ titleEn: 'Plumber, permanent' }), locale, {
      profession,
      today: new Date('2026-11-01T00:00:00Z'),
      site: siteConfig,
    });

    it('localises what a reader sees', () => {
      expect(view.title).toEqual({ text: title, lang: titleLang });
      expect(view.deadlineText).toBe(deadline);
      expect(view.bokmalLang).toBe(bokmalLang);
      expect(view.employmentType).toBe(employment);
    });

    it('gives a complete JobPosting at the page’s own address', () => {
      expect(view.jsonLd && missingProperties(view.jsonLd)).toEqual([]);
      expect(view.jsonLd?.['url']).toBe(`https://test.example${view.path}`);
    });

    it('gives the feed item the title, summary and posting date', () => {
      expect(view.feed).toMatchObject({
        title,
        path: view.path,
        date: new Date('2026-11-01T00:00:00Z'),
      });
    });
  },
);

describe.each([true, false])('an entry with example: %s', (example) => {
  const related = { profession, poster, siteUrl: siteConfig.siteUrl };
  const today = new Date('2026-11-01T00:00:00Z');

  it('keeps a video out of search engines and loads nothing from YouTube only when marked', () => {
    const view = videoView(
      video({ example, audioDescription: { url: 'https://video.example/syntolket' } }),
      'nb',
      related,
    );
    expect(view.noindex).toBe(example);
    expect(view.youtubeId).toBe(example ? undefined : 'abcdefghijk');
    expect(view.audioDescription).toEqual({
      url: example ? undefined : 'https://video.example/syntolket',
    });
    expect(view.jsonLd === undefined).toBe(example);
  });

  it('gives a job no structured data and nothing to apply to only when marked', () => {
    const view = jobView(job({ example }), 'nb', { profession, today, site: siteConfig });
    expect(view.open).toBe(true);
    expect(view.noindex).toBe(example);
    expect(view.applicationUrl).toBe(example ? undefined : 'https://jobb.example/123');
    expect(view.jsonLd === undefined).toBe(example);
  });

  it('keeps a profession page out of search engines only when marked', () => {
    expect(
      professionView({ ...profession, data: { ...profession.data, example } }, 'nb').noindex,
    ).toBe(example);
  });
});

describe.each([
  // build day, closing soon, calendar file
  ['2026-11-01', false, '/jobb/kalender/rorlegger-fast.ics'],
  ['2026-11-14', true, '/jobb/kalender/rorlegger-fast.ics'],
  ['2026-11-20', true, '/jobb/kalender/rorlegger-fast.ics'],
  ['2026-11-21', false, undefined],
] as const)('a job with deadline 2026-11-20 built on %s', (today, closingSoon, calendarPath) => {
  const view = jobView(job(), 'nb', {
    profession,
    today: new Date(`${today}T00:00:00Z`),
    site: siteConfig,
  });

  it('is marked as closing soon only in its last week', () => {
    expect(view.closingSoon).toBe(closingSoon);
  });

  it('offers its deadline as a calendar file only while open', () => {
    expect(view.calendarPath).toBe(calendarPath);
  });

  it('lists its facts and tells cards its size', () => {
    expect(view.facts.map((row) => row.key)).toContain('positionSize');
    expect(view.cardFacts).toContain('80');
  });
});
