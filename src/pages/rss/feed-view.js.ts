import type { APIRoute } from 'astro';
import { feedViewScript } from '../../features/feeds/feed-view';
import { useTranslations } from '../../core/i18n';
import { paths } from '../../core/urls';
import { site } from '../../site.config';

const t = useTranslations('nb');

/**
 * The script that shows a feed opened in a browser as a page when the browser no longer applies
 * the XSL stylesheet itself. Generated so that its text comes from the dictionaries.
 */
export const GET: APIRoute = () =>
  new Response(
    feedViewScript({
      siteName: site.name,
      howToHeading: t('feeds.howTo.heading'),
      howToText: t('feeds.howTo.step3'),
      feedsTitle: t('feeds.title'),
      feedsPath: paths.feeds,
      css: paths.feedStylesheetCss,
    }),
    { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } },
  );
