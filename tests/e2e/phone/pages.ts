// One page of every type a visitor reaches, found in a built site (any content: the first entry
// of each folder, an open job with its apply link), for the phone layout tests and the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nb } from '../../../src/core/i18n/nb.ts';

/** The apply link's text, which only an open job with an application address shows. */
export const applyText = nb['recruit.job.apply'];

/** Folders below a list that are pages of the list, not entries. */
const listFolders = ['side', 'page', 'nyeste', 'newest', 'innlegg', 'utskrift', 'videos'];

/** The entry pages below a list folder of the built site, in path order. */
function entries(siteDir: string, folder: string): string[] {
  const dir = join(siteDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !listFolders.includes(entry.name))
    .filter((entry) => existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => `/${folder}/${entry.name}/`)
    .sort();
}

/** Whether the built page at `path` contains `text`. */
function shows(siteDir: string, path: string, text: string): boolean {
  return readFileSync(join(siteDir, path, 'index.html'), 'utf8').includes(text);
}

/** A page type and the page that stands for it. */
export interface PageOfType {
  type: string;
  path: string;
}

/** One page of each type the built site in `siteDir` has. */
export function pagesByType(siteDir: string): PageOfType[] {
  const first = (folder: string) => entries(siteDir, folder)[0];
  const list: [string, string | undefined][] = [
    ['home', '/'],
    ['plan', '/kommunikasjonsplan/'],
    ['plan chapter', first('kommunikasjonsplan')],
    ['printable plan', '/kommunikasjonsplan/utskrift/'],
    ['news', '/nyheter/'],
    ['news item', first('nyheter')],
    ['careers', '/jobb/'],
    ['videos', '/jobb/video/'],
    ['video', first('jobb/video')],
    ['profession', first('jobb/yrke')],
    ['jobs', '/jobb/stillinger/'],
    // An open job with its apply link where the site has one.
    [
      'job',
      entries(siteDir, 'jobb/stillinger').find((path) => shows(siteDir, path, applyText)) ??
        first('jobb/stillinger'),
    ],
    ['channels', '/kanaler/'],
    ['channel', first('kanaler')],
    ['post', first('kanaler/innlegg')],
    ['search', '/sok/'],
    ['feeds', '/rss/'],
    ['privacy', '/personvern/'],
    ['accessibility', '/tilgjengelighet/'],
    ['English home', '/en/'],
    ['English job', first('en/jobs/positions')],
  ];
  return list
    .filter((item): item is [string, string] => item[1] !== undefined)
    .filter(([, path]) => existsSync(join(siteDir, path, 'index.html')))
    .map(([type, path]) => ({ type, path }));
}
