/** A video's schema.org `VideoObject`, for a YouTube video with a poster on this site. */
import { isoDay, markdownToPlainText, type JsonLd } from '../../../core/jsonld';
import { youtubeEmbedUrl, youtubeWatchUrl } from '../../../core/embeds/youtube';

/** What a `VideoObject` is built from; URLs absolute. */
export interface VideoInput {
  name: string;
  description: string;
  youtubeId: string;
  /** Absolute URL of the poster image. */
  thumbnailUrl: string;
  uploadDate: Date;
  /** ISO 8601 duration, e.g. PT2M10S. */
  duration: string;
  /** BCP 47 language of the spoken audio. */
  inLanguage: string;
  /** Transcript text, when there is one. */
  transcript?: string | undefined;
}

/** schema.org `VideoObject` for a YouTube video. */
export function videoObject(video: VideoInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.name,
    description: video.description,
    thumbnailUrl: [video.thumbnailUrl],
    uploadDate: isoDay(video.uploadDate),
    duration: video.duration,
    embedUrl: youtubeEmbedUrl(video.youtubeId),
    contentUrl: youtubeWatchUrl(video.youtubeId),
    inLanguage: video.inLanguage,
    ...(video.transcript ? { transcript: video.transcript } : {}),
  };
}

/** The fields of a video entry the structured data is made from. */
export interface VideoEntryLike {
  body?: string | undefined;
  data: {
    title: string;
    titleEn?: string | undefined;
    description: string;
    descriptionEn?: string | undefined;
    youtubeId: string;
    duration: string;
    uploadDate: Date;
    language: string;
  };
}

/** `VideoObject` for a video entry, in the language of the page it is shown on. */
export function videoObjectForEntry(
  video: VideoEntryLike,
  options: { thumbnailUrl: string; locale: 'nb' | 'en' },
): JsonLd {
  const { data } = video;
  const english = options.locale === 'en';
  return videoObject({
    name: english ? (data.titleEn ?? data.title) : data.title,
    description: english ? (data.descriptionEn ?? data.description) : data.description,
    youtubeId: data.youtubeId,
    thumbnailUrl: options.thumbnailUrl,
    uploadDate: data.uploadDate,
    duration: data.duration,
    inLanguage: data.language,
    transcript: markdownToPlainText(video.body ?? '') || undefined,
  });
}
