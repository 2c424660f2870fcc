/**
 * One view per recruitment entry (profession, video, job) and language: everything the site
 * says about the entry, worked out once. Pages, cards, feeds, link previews, structured data
 * and the search all read these objects instead of the raw entry. The functions are pure; the
 * Astro side (`./recruitment-entries.ts`) looks up the related entries and processes the images
 * and then calls them.
 */
import { embedAddressFor, structuredDataFor } from '../../core/example-content';
import { formatDate, useTranslations, type Locale } from '../../core/i18n';
import {
  cardFacts,
  isClosingSoon,
  jobFactRows,
  type FactRow,
  type JobFactsInput,
} from './jobs/job-facts';
import type { JsonLd } from '../../core/jsonld';
import {
  employerOf,
  jobPostingForEntry,
  type JobEntryLike as JobJsonLdSource,
} from './jobs/job-jsonld';
import {
  videoObjectForEntry,
  type VideoEntryLike as VideoJsonLdSource,
} from './videos/video-jsonld';
import { formatDuration, langIfDifferent, pick, type LocalizedText } from './recruitment-format';
import type { SearchEntry } from '../search/search-entry';
import { paths } from '../../core/urls';
import {
  pagePaths,
  type FeedItemView,
  type ImageView,
  type PagePaths,
  type ProcessedImage,
} from '../../core/view-parts';

/** The fields of a profession entry a view is made from. */
export interface ProfessionEntryLike {
  id: string;
  data: {
    name: string;
    nameEn: string;
    description: string;
    descriptionEn: string;
    example: boolean;
  };
}

/** A profession as one language's pages show it. */
export interface ProfessionView extends PagePaths {
  id: string;
  locale: Locale;
  /** Name in the page's language (every profession has both). */
  name: string;
  /** Introduction in the page's language. */
  description: string;
  /** True while the entry is example content. */
  example: boolean;
  /** Keep an example profession's page out of search engines. */
  noindex: boolean;
}

/** The view of a profession in `locale`. */
export function professionView(entry: ProfessionEntryLike, locale: Locale): ProfessionView {
  const english = locale === 'en';
  return {
    id: entry.id,
    locale,
    ...pagePaths(locale, (l) => paths.profession(entry.id, l)),
    name: english ? entry.data.nameEn : entry.data.name,
    description: english ? entry.data.descriptionEn : entry.data.description,
    example: entry.data.example,
    noindex: entry.data.example,
  };
}

/** The fields of a video entry a view is made from. */
export interface VideoEntryLike<Image = unknown> extends VideoJsonLdSource {
  id: string;
  data: VideoJsonLdSource['data'] & {
    poster: { src: Image; alt: string };
    language: Locale;
    captions: Locale[];
    audioDescription: { url: string } | { notNeededReason: string };
    example: boolean;
  };
}

/** A recruitment video as one language's pages, cards, feeds and search show it. */
export interface VideoView<Image = unknown> extends PagePaths {
  id: string;
  locale: Locale;
  title: LocalizedText;
  description: LocalizedText;
  /** The profession the video is about. */
  profession: ProfessionView;
  /** The YouTube ID to play; none for an example video, whose made-up ID must load nothing. */
  youtubeId: string | undefined;
  /** ISO 8601 duration, for machines. */
  duration: string;
  /** The duration as a reader says it in the view's language. */
  durationText: string;
  uploadDate: Date;
  /** The language spoken in the video. */
  language: Locale;
  /** `lang` for the transcript, when the spoken language is not the page's. */
  transcriptLang: Locale | undefined;
  /** Languages the video has captions in. */
  captions: Locale[];
  /**
   * An audio-described version (its address left out for an example video), or why none is
   * needed (written in bokmål).
   */
  audioDescription: { url: string | undefined } | { notNeededReason: string };
  /** The poster: the source for the player and cards, and the one shared processed copy. */
  poster: ImageView<Image>;
  example: boolean;
  /** Keep an example video's page out of search engines and the sitemap. */
  noindex: boolean;
  /** How the video's page takes part in the site search. */
  search: SearchEntry;
  /** schema.org `VideoObject` for the page; none for an example video. */
  jsonLd: JsonLd | undefined;
  /** The item in the videos feed (made in bokmål, the feeds' language). */
  feed: FeedItemView;
}

/** What a video view needs besides the entry: its profession and processed poster. */
export interface VideoRelated {
  profession: ProfessionEntryLike;
  poster: ProcessedImage;
  /** The site's address, for absolute URLs in structured data. */
  siteUrl: string;
}

/** The view of a video in `locale`. */
export function videoView<Image>(
  entry: VideoEntryLike<Image>,
  locale: Locale,
  related: VideoRelated,
): VideoView<Image> {
  const { data } = entry;
  const profession = professionView(related.profession, locale);
  const pages = pagePaths(locale, (l) => paths.video(entry.id, l));
  const title = pick(locale, data.title, data.titleEn);
  const description = pick(locale, data.description, data.descriptionEn);
  const thumbnailUrl = new URL(related.poster.src, related.siteUrl).href;
  return {
    id: entry.id,
    locale,
    ...pages,
    title,
    description,
    profession,
    youtubeId: embedAddressFor(entry, data.youtubeId),
    duration: data.duration,
    durationText: formatDuration(data.duration, locale),
    uploadDate: data.uploadDate,
    language: data.language,
    transcriptLang: langIfDifferent(data.language, locale),
    captions: data.captions,
    audioDescription:
      'url' in data.audioDescription
        ? { url: embedAddressFor(entry, data.audioDescription.url) }
        : data.audioDescription,
    poster: { source: data.poster.src, alt: data.poster.alt, preview: related.poster },
    example: data.example,
    noindex: data.example,
    search: { type: 'video', filters: { profession: profession.name } },
    jsonLd: structuredDataFor(entry, () => videoObjectForEntry(entry, { thumbnailUrl, locale })),
    feed: {
      title: title.text,
      path: pages.path,
      date: data.uploadDate,
      summary: description.text,
      category: useTranslations(locale)('search.type.video'),
      thumbnail: {
        url: related.poster.src,
        width: related.poster.width,
        height: related.poster.height,
      },
    },
  };
}

/** The fields of a job entry a view is made from. */
export interface JobEntryLike extends JobJsonLdSource {
  data: JobJsonLdSource['data'] &
    JobFactsInput & {
      department: string;
      employmentType: 'FULL_TIME' | 'PART_TIME' | 'TEMPORARY' | 'INTERN' | 'PER_DIEM' | 'OTHER';
      video?: { id: string } | undefined;
      example: boolean;
      /** The day the ad was withdrawn at the source, if it was (see docs/sync.md). */
      withdrawn?: Date | undefined;
    };
}

/** A job as one language's pages, cards, feeds and search show it. */
export interface JobView extends PagePaths {
  id: string;
  locale: Locale;
  title: LocalizedText;
  summary: LocalizedText;
  /** Unit or service, as written (in bokmål). */
  department: string;
  /** Place of work, as written (in bokmål). */
  location: string;
  /** `lang` for what is written only in bokmål (department, location, the advertisement). */
  bokmalLang: Locale | undefined;
  /** The employment type in the view's language, e.g. "Heltid". */
  employmentType: string;
  posted: Date;
  deadline: Date;
  /** The deadline as a reader writes it, e.g. "1. desember 2026". */
  deadlineText: string;
  /** True while the position can be applied for. */
  open: boolean;
  /** The day the ad was withdrawn before its deadline, shown on its page; then it is not open. */
  withdrawn: Date | undefined;
  /** The withdrawal day as a reader writes it. */
  withdrawnText: string | undefined;
  /** True when the deadline is within a week of the build date (and the job still open). */
  closingSoon: boolean;
  /** The job page's fact list, in the view's language. */
  facts: FactRow[];
  /** What a card says to help choose: the position's size (and how many). */
  cardFacts: string;
  /** The deadline as an iCalendar file; none for a closed position. */
  calendarPath: string | undefined;
  /** The position in the application system; none for an example job, with nothing to apply to. */
  applicationUrl: string | undefined;
  /** The profession the job belongs to. */
  profession: ProfessionView;
  /** The id of the job's recruitment video, if it has one. */
  videoId: string | undefined;
  example: boolean;
  /** How the page takes part in the site search; closed positions stay out of it. */
  search: SearchEntry | undefined;
  /** Keep a closed or example position's page out of search engines and the sitemap. */
  noindex: boolean;
  /** schema.org `JobPosting`; none for a closed or example position, so job listings drop it. */
  jsonLd: JsonLd | undefined;
  /** The item in the jobs feed (made in bokmål, the feeds' language). */
  feed: FeedItemView;
}

/** What a job view needs besides the entry. */
export interface JobRelated {
  profession: ProfessionEntryLike;
  /** The day the site is built as of; the deadline day itself is still open. */
  today: Date;
  /** The employer, from the site configuration (see `employerOf`). */
  site: Parameters<typeof employerOf>[0];
}

/** The view of a job in `locale`. */
export function jobView(entry: JobEntryLike, locale: Locale, related: JobRelated): JobView {
  const { data } = entry;
  const t = useTranslations(locale);
  const profession = professionView(related.profession, locale);
  const pages = pagePaths(locale, (l) => paths.job(entry.id, l));
  const title = pick(locale, data.title, data.titleEn);
  const summary = pick(locale, data.summary, data.summaryEn);
  // A withdrawn ad is closed at once: out of lists, feeds, calendars, sitemap and JSON-LD.
  const open = data.deadline.getTime() >= related.today.getTime() && !data.withdrawn;
  return {
    id: entry.id,
    locale,
    ...pages,
    title,
    summary,
    department: data.department,
    location: data.location,
    bokmalLang: langIfDifferent('nb', locale),
    employmentType: t(`recruit.employment.${data.employmentType}`),
    posted: data.posted,
    deadline: data.deadline,
    deadlineText: formatDate(data.deadline, locale),
    open,
    withdrawn: data.withdrawn,
    withdrawnText: data.withdrawn ? formatDate(data.withdrawn, locale) : undefined,
    closingSoon: open && isClosingSoon(data.deadline, related.today),
    facts: jobFactRows(data, locale, t),
    cardFacts: cardFacts(data, locale, t),
    calendarPath: open ? paths.jobCalendar(entry.id) : undefined,
    applicationUrl: embedAddressFor(entry, data.applicationUrl),
    profession,
    videoId: data.video?.id,
    example: data.example,
    search: open ? { type: 'job', filters: { profession: profession.name } } : undefined,
    noindex: !open || data.example,
    jsonLd: open
      ? structuredDataFor(entry, () =>
          jobPostingForEntry(entry, {
            pageUrl: new URL(pages.path, related.site.siteUrl).href,
            locale,
            employer: employerOf(related.site),
          }),
        )
      : undefined,
    feed: {
      title: title.text,
      path: pages.path,
      date: data.posted,
      summary: summary.text,
      category: t('search.type.job'),
    },
  };
}
