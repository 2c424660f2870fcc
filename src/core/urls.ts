/**
 * Every route of the site in one place, so that pages, feeds, search and tests agree on
 * where an entry lives.
 */
/** The folder of a list's later pages, in each language: `/nyheter/side/2/`, `/en/jobs/videos/page/2/`. */
export const pageSegment = { nb: 'side', en: 'page' } as const;

/** Page `page` of the list whose first page is `first`: page 1 is `first` itself. */
export function listPage(first: string, page: number, locale: 'nb' | 'en' = 'nb'): string {
  return page <= 1 ? first : `${first}${pageSegment[locale]}/${page}/`;
}

export const paths = {
  home: { nb: '/', en: '/en/' },
  plan: '/kommunikasjonsplan/',
  planChapter: (id: string) => `/kommunikasjonsplan/${id}/`,
  planPrint: '/kommunikasjonsplan/utskrift/',
  planDocx: '/kommunikasjonsplan/kommunikasjonsplan.docx',
  channels: '/kanaler/',
  channel: (id: string) => `/kanaler/${id}/`,
  /** Page `page` of the post listing: page 1 is `channels`, later ones under `side/`. */
  channelsPage: (page: number) => listPage('/kanaler/', page),
  post: (id: string) => `/kanaler/innlegg/${id}/`,
  jobsHome: { nb: '/jobb/', en: '/en/jobs/' },
  videos: { nb: '/jobb/video/', en: '/en/jobs/videos/' },
  video: (id: string, locale: 'nb' | 'en' = 'nb') =>
    locale === 'en' ? `/en/jobs/videos/${id}/` : `/jobb/video/${id}/`,
  profession: (id: string, locale: 'nb' | 'en' = 'nb') =>
    locale === 'en' ? `/en/jobs/professions/${id}/` : `/jobb/yrke/${id}/`,
  /** Every video about one profession, for those with more than its page shows. */
  professionVideos: (id: string, locale: 'nb' | 'en' = 'nb') =>
    locale === 'en' ? `/en/jobs/professions/${id}/videos/` : `/jobb/yrke/${id}/video/`,
  jobs: { nb: '/jobb/stillinger/', en: '/en/jobs/positions/' },
  job: (id: string, locale: 'nb' | 'en' = 'nb') =>
    locale === 'en' ? `/en/jobs/positions/${id}/` : `/jobb/stillinger/${id}/`,
  /** An open job's deadline as a calendar event, and all open jobs' deadlines in one calendar. */
  jobCalendar: (id: string) => `/jobb/kalender/${id}.ics`,
  jobsCalendar: '/jobb/kalender.ics',
  /** Open jobs of one profession as RSS. */
  professionFeed: (id: string) => `/rss/yrke/${id}.xml`,
  /** The jobs list ordered newest first (the list itself is by deadline). */
  jobsNewest: { nb: '/jobb/stillinger/nyeste/', en: '/en/jobs/positions/newest/' },
  news: '/nyheter/',
  newsItem: (id: string) => `/nyheter/${id}/`,
  search: { nb: '/sok/', en: '/en/search/' },
  feeds: '/rss/',
  /** RSS feeds: everything, and one per kind of content. */
  feed: {
    all: '/rss.xml',
    news: '/rss/nyheter.xml',
    videos: '/rss/videoer.xml',
    jobs: '/rss/stillinger.xml',
    posts: '/rss/innlegg.xml',
  },
  feedStylesheet: '/rss/feed.xsl',
  feedStylesheetCss: '/rss/feed.css',
  /** Shows a feed as a page where the browser no longer applies the XSL stylesheet. */
  feedViewScript: '/rss/feed-view.js',
  accessibility: '/tilgjengelighet/',
  privacy: '/personvern/',
  accessibilityEn: '/en/accessibility/',
  privacyEn: '/en/privacy/',
} as const;
