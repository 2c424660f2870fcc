// Checks of the recruitment pages against what the content says they must show: the video pages'
// statements and player, the jobs a video or profession page lists, closed and open jobs, the
// job facts against their structured data, and the language links. Each takes the built site and
// the expected entries and returns the problems it finds as `path: what is wrong`.
import { paths } from '../../../src/core/urls';
import type { BuiltPage, BuiltSite } from '../../support/pages.ts';
import { headings, hrefs, links, listPages, navigation, region, squash } from './dom.ts';
import { jsonLdBlocks } from './page.ts';

/** The page at `path`, or a problem saying it is not built. */
function pageAt(site: BuiltSite, path: string): BuiltPage | string {
  return site.page(path) ?? `${path}: not built`;
}

/** Every text node of an element's subtree joined by spaces, as a reader sees separate cells. */
export function spacedText(page: BuiltPage, selector: string): string {
  const parts: string[] = [];
  page
    .$(selector)
    .find('*')
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    });
  return squash(parts.join(' '));
}

/** The JSON-LD blocks of a page that parse. */
function jsonLd(page: BuiltPage): Record<string, unknown>[] {
  return jsonLdBlocks(page).filter((block) => !(block instanceof Error)) as Record<
    string,
    unknown
  >[];
}

/** What a video page must show, in Norwegian or English. */
export interface VideoExpectation {
  id: string;
  title: string;
  titleEn?: string;
  youtubeId: string;
  example?: boolean;
}

/**
 * A video page in Norwegian: its captions, audio description and transcript stated; without
 * JavaScript (the built markup) a link to the video on YouTube and no button; the player's
 * control named for the video, and no frame before play; an example video has no player and no
 * JSON-LD, any other a VideoObject naming its youtube-nocookie.com player.
 */
export function checkVideoPage(site: BuiltSite, video: VideoExpectation): string[] {
  const path = paths.video(video.id, 'nb');
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  const problems: string[] = [];
  const at = (message: string) => problems.push(`${path}: ${message}`);
  const access = region(page, 'Teksting og synstolking');
  if (access.length !== 1) at('no region "Teksting og synstolking"');
  else {
    if (!access.find('dd').eq(1).text().includes('norsk'))
      at('the second fact about captions does not say "norsk"');
    if (!/synstolking på YouTube|Ingen synstolket versjon/.test(squash(access.text())))
      at('says nothing about audio description');
  }
  if (headings(page, 'Dette blir sagt i videoen').length === 0)
    at('no heading "Dette blir sagt i videoen"');
  if (page.$('iframe').length > 0) at('a frame before play is pressed');
  const blocks = jsonLd(page);
  if (video.example) {
    // An example video must never reach search engines' video results.
    if (blocks.length > 0) at('an example video with JSON-LD');
    if (page.$('[data-example-video]').length === 0) at('an example video without its note');
    if (page.$('[data-click-to-load]').length > 0) at('an example video with a player');
    return problems;
  }
  const embed = `https://www.youtube-nocookie.com/embed/${video.youtubeId}`;
  if (!blocks.some((b) => b['@type'] === 'VideoObject' && b['embedUrl'] === embed))
    at(`no VideoObject JSON-LD with embedUrl ${embed}`);
  const main = page.$('main');
  if (main.find('button').length > 0) at('a button in the main content without JavaScript');
  const watch = `https://www.youtube.com/watch?v=${video.youtubeId}`;
  const link = links(page, `Se videoen på YouTube: ${video.title}`, main);
  if (hrefs(link)[0] !== watch) at(`no link "Se videoen på YouTube: ${video.title}" to ${watch}`);
  for (const locale of ['nb', 'en'] as const) {
    const localePage = site.page(paths.video(video.id, locale));
    const label = locale === 'nb' ? `Spill av video: ${video.title}` : /^Play video: /;
    const player = localePage?.$('[data-click-to-load]');
    const playLabel = player?.attr('data-play-label') ?? '';
    if (!player || player.length !== 1 || player.attr('data-embed-src') !== embed)
      at(`${paths.video(video.id, locale)}: no click-to-load player for ${embed}`);
    else if (typeof label === 'string' ? playLabel !== label : !label.test(playLabel))
      at(`${paths.video(video.id, locale)}: the play button would be named "${playLabel}"`);
    if (localePage && localePage.$('iframe').length > 0)
      at(`${paths.video(video.id, locale)}: a frame before play is pressed`);
  }
  return problems;
}

/**
 * A video page lists the first `shown` of `expected` (its profession's open jobs, soonest
 * deadline first) and, when there are more, links to them all on the profession's page.
 */
export function checkVideoRelatedJobs(
  site: BuiltSite,
  video: { id: string; profession: string },
  expected: string[],
  shown: number,
): string[] {
  const path = paths.video(video.id, 'nb');
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  const problems: string[] = [];
  const section = region(page, 'Ledige stillinger i dette yrket');
  const listed = hrefs(section.find('a[href^="/jobb/stillinger/"]'));
  const want = expected.slice(0, shown).map((id) => paths.job(id, 'nb'));
  if (listed.join() !== want.join())
    problems.push(`${path}: lists ${listed.join(', ') || 'no job'}, not ${want.join(', ')}`);
  const all = links(page, /^Se alle \d+ ledige stillinger/, section);
  if (expected.length > shown) {
    const text = `Se alle ${expected.length} ledige stillinger i dette yrket`;
    if (squash(all.text()) !== text || all.attr('href') !== paths.profession(video.profession))
      problems.push(`${path}: no link "${text}" to ${paths.profession(video.profession)}`);
  } else if (all.length > 0) problems.push(`${path}: a link to all jobs, with none more to see`);
  return problems;
}

/** The video pages linked from the cards of a page, in order. */
function cardLinks(page: BuiltPage, prefix: string): string[] {
  return hrefs(page.$(`main .card-grid a[href^="${prefix}"]`));
}

/**
 * A profession's page shows at most `shown` of its videos (`expected`, as video ids) and, when it
 * has more, links to its list of them all, whose pages hold every one once, the page's first,
 * with breadcrumbs back to the profession.
 */
export function checkProfessionVideos(
  site: BuiltSite,
  profession: { id: string; name: string; nameEn: string },
  locale: 'nb' | 'en',
  expected: string[],
  shown: number,
): string[] {
  const path = paths.profession(profession.id, locale);
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  const problems: string[] = [];
  const at = (message: string) => problems.push(`${path}: ${message}`);
  const prefix = paths.videos[locale];
  const onPage = cardLinks(page, prefix);
  if (onPage.length !== Math.min(expected.length, shown))
    at(`${onPage.length} videos, not ${Math.min(expected.length, shown)}`);
  const all = links(page, locale === 'nb' ? /^Se alle \d+ videoene/ : /^See all \d+ videos/);
  if (expected.length <= shown) {
    if (all.length > 0) at('a link to all videos, with none more to see');
    return problems;
  }
  const text =
    locale === 'nb'
      ? `Se alle ${expected.length} videoene om dette yrket`
      : `See all ${expected.length} videos about this profession`;
  const first = paths.professionVideos(profession.id, locale);
  if (squash(all.text()) !== text || all.attr('href') !== first)
    return [...problems, `${path}: no link "${text}" to ${first}`];
  const pages = listPages(site, first);
  const listed = pages.flatMap((list) => cardLinks(list, prefix));
  if (listed.slice(0, shown).join() !== onPage.join())
    at(`${first} does not start with the videos the profession's page shows`);
  const want = expected.map((id) => paths.video(id, locale)).sort();
  if ([...listed].sort().join() !== want.join())
    at(`${first}'s pages list ${listed.join(', ')}, not ${want.join(', ')}`);
  const last = pages.at(-1) as BuiltPage;
  const crumbs = navigation(last, locale === 'nb' ? 'Du er her' : 'You are here');
  const name = locale === 'nb' ? profession.name : profession.nameEn;
  if (!squash(crumbs.text()).includes(name))
    at(`${last.path}: the breadcrumbs do not lead back to ${name}`);
  return problems;
}

/** No link on the page to a closed job, in either language. */
export function checkNoClosedJobs(site: BuiltSite, path: string, closed: string[]): string[] {
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  return closed.flatMap((id) =>
    [paths.job(id, 'nb'), paths.job(id, 'en')]
      .filter((href) => page.$(`a[href="${href}"]`).length > 0)
      .map((href) => `${path}: links the closed job ${href}`),
  );
}

/** The titles of the jobs on every page of a list, in order. */
export function listedJobTitles(site: BuiltSite, first: string): string[] {
  return listPages(site, first).flatMap((page) =>
    page
      .$('main .card-grid h2')
      .toArray()
      .map((heading) => squash(page.$(heading).text())),
  );
}

/**
 * A closed job says so in both languages, points to the open jobs, has nothing to apply to, no
 * JSON-LD, and stays out of the search index.
 */
export function checkClosedJob(site: BuiltSite, id: string): string[] {
  const problems: string[] = [];
  for (const [locale, heading, open, apply] of [
    [
      'nb',
      'Stillingen er ikke lenger ledig',
      'Se stillingene som er ledige nå',
      'Søk på stillingen',
    ],
    ['en', 'This position is closed', undefined, 'Apply for the position'],
  ] as const) {
    const path = paths.job(id, locale);
    const page = pageAt(site, path);
    if (typeof page === 'string') return [page];
    const at = (message: string) => problems.push(`${path}: ${message}`);
    if (headings(page, heading).length === 0) at(`no heading "${heading}"`);
    if (open && links(page, open).attr('href') !== paths.jobs.nb)
      at(`no link "${open}" to ${paths.jobs.nb}`);
    if (links(page, apply).length > 0) at(`a link "${apply}"`);
    if (jsonLdBlocks(page).length > 0) at('JSON-LD on a closed job');
    if (page.$('[data-pagefind-body]').length > 0) at('a closed job in the search index');
  }
  return problems;
}

/** An open example job has nothing to apply to and no JSON-LD. */
export function checkOpenExampleJob(site: BuiltSite, id: string): string[] {
  const path = paths.job(id, 'nb');
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  return [
    ...(links(page, 'Søk på stillingen').length > 0 ? [`${path}: a link to apply`] : []),
    ...(jsonLdBlocks(page).length > 0 ? [`${path}: JSON-LD on an example job`] : []),
  ];
}

/** The facts every open job's page lists. */
const factLabels = [
  'Søknadsfrist',
  'Stillingsstørrelse',
  'Antall stillinger',
  'Lønn',
  'Tiltredelse',
  'Kontaktperson',
  'Ansettelse',
  'Politiattest',
];

/**
 * An open job (no example) is not marked closed; it links to the application system, has
 * JobPosting JSON-LD with its title, is in the search index, lists its facts, cites the public
 * records act, links its deadline's calendar file, and its structured data states only what its
 * facts show: the working hours and every contact's name, telephone and e-mail.
 */
export function checkOpenJob(
  site: BuiltSite,
  job: { id: string; title: string },
  applicationSystemUrl: string,
  applicationHosts: string[] = [],
): string[] {
  const path = paths.job(job.id, 'nb');
  const page = pageAt(site, path);
  if (typeof page === 'string') return [page];
  const problems: string[] = [];
  const at = (message: string) => problems.push(`${path}: ${message}`);
  if (headings(page, 'Stillingen er ikke lenger ledig').length > 0) at('marked closed');
  const apply = links(page, 'Søk på stillingen').attr('href') ?? '';
  const applyHost = URL.canParse(apply) ? new URL(apply).host : '';
  if (!apply.startsWith(applicationSystemUrl) && !applicationHosts.includes(applyHost)) {
    at(`apply link "${apply}"`);
  }
  const data = jsonLd(page).find((block) => block['@type'] === 'JobPosting');
  if (!data || data['title'] !== job.title) at(`no JobPosting JSON-LD titled "${job.title}"`);
  if (page.$('[data-pagefind-body]').length !== 1) at('not in the search index once');
  const facts = page.$('section.job-facts dl');
  const labels = facts
    .find('dt')
    .toArray()
    .map((dt) => squash(page.$(dt).text()));
  for (const label of factLabels)
    if (!labels.some((shown) => shown.includes(label))) at(`no fact "${label}"`);
  if (!squash(page.$('main').text()).includes('offentleglova § 25'))
    at('no mention of offentleglova § 25');
  if (page.$(`a[href="/jobb/kalender/${job.id}.ics"]`).length !== 1) at('no calendar file link');
  if (!data) return problems;
  const factsText = spacedText(page, 'section.job-facts dl');
  const hours = squash(String(data['workHours']));
  if (!factsText.includes(hours)) at(`JSON-LD workHours "${hours}" is not among the facts`);
  const contacts = (data['applicationContact'] ?? []) as {
    name: string;
    telephone?: string;
    email?: string;
  }[];
  for (const contact of contacts)
    for (const value of [contact.name, contact.telephone, contact.email])
      if (value && !factsText.includes(value))
        at(`JSON-LD contact "${value}" is not among the facts`);
  return problems;
}

/**
 * Two pages that translate each other announce each other with hreflang, link each other by the
 * language switch's name, and say their language.
 */
export function checkLanguagePair(site: BuiltSite, nb: string, en: string): string[] {
  const problems: string[] = [];
  for (const [path, lang, other, otherLang, name] of [
    [nb, 'nb', en, 'en', 'Read this page in English'],
    [en, 'en', nb, 'nb', 'Les denne siden på norsk'],
  ] as const) {
    const page = pageAt(site, path);
    if (typeof page === 'string') return [page];
    const alternate = page.$(`link[rel="alternate"][hreflang="${otherLang}"]`).attr('href');
    if (alternate !== `${site.origin}${other}`)
      problems.push(`${path}: hreflang="${otherLang}" is ${alternate}, not ${site.origin}${other}`);
    if (links(page, name).attr('href') !== other)
      problems.push(`${path}: no link "${name}" to ${other}`);
    if (page.$('html').attr('lang') !== lang) problems.push(`${path}: lang is not ${lang}`);
  }
  return problems;
}
