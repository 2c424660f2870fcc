// Proof that the static checks catch what they are for: a copy of the built fixture site gets one
// defect of each kind, each on a page of its own, and the same check functions the static tests
// run on the real builds must report each one on its page. (On the real builds those checks
// report nothing: pages.test.ts, site.test.ts, axe.*.test.ts, vnu.test.ts.)
//
// A low-contrast colour needs the page drawn: axe's color-contrast rule reports nothing without
// layout (checks/axe.ts). The copy therefore also gets a low-contrast rule in /brand.css, which
// only the browser's axe with layout catches (tests/e2e/, the page types' sweep) when served
// from tests/.output/defects/fixture/dist; see the note written beside it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openSite, type BuiltSite } from '../support/pages.ts';
import { repo, sites } from '../support/sites.ts';
import { checkAxe } from './checks/axe.ts';
import {
  checkInternalLinks,
  checkJsonLd,
  checkLandmarks,
  checkLang,
  checkMeta,
  checkNoForeignLoads,
  checkOneH1,
} from './checks/page.ts';
import { checkCssBudget, checkExampleContent, checkFeeds, checkSitemap } from './checks/site.ts';
import { checkList } from './checks/lists.ts';
import {
  checkLanguagePair,
  checkNoClosedJobs,
  checkOpenJob,
  checkVideoPage,
} from './checks/recruitment.ts';
import { fixture, fixtureEntries, fixtureJobs } from '../support/fixture-content.ts';
import type { FixtureVideo } from '../support/fixture-content.ts';
import { lists } from '../support/fixture-lists.ts';
import { paths } from '../../src/core/urls';
import { validateHtml } from './checks/vnu.ts';
import { checkPlanNumbers, checkRepealedReferences } from './checks/plan.ts';
import { checkNameNowhere } from './checks/municipality.ts';

const copy = join(repo, 'tests/.output/defects/fixture');
/** A closed job of the fixture, which no list may link. */
const closedJob = fixtureJobs().closed[0]!.id;
const dist = `${join(copy, 'dist')}/`;

/** Replaces `find` in a built file of the copy, failing if the file does not hold it. */
function inject(file: string, find: string | RegExp, replace: string): void {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`${file}: nothing matches ${String(find)} to inject into`);
  writeFileSync(path, changed);
}

interface Defect {
  /** The kind of defect, as the test names it. */
  kind: string;
  /** The built file it is injected into; the page's address is in every problem reported. */
  file: string;
  /** Puts the defect into the copy. */
  put: () => void;
  /** The check that must report it, run on the copy. */
  check: (site: BuiltSite) => string[] | Promise<string[]>;
  /** What the report says. */
  report: RegExp;
}

/** The check of one page of the copy, by its file. */
const onPage =
  (
    file: string,
    check: (
      site: BuiltSite,
      page: NonNullable<ReturnType<BuiltSite['page']>>,
    ) => string[] | Promise<string[]>,
  ) =>
  (site: BuiltSite) => {
    const page = site.pages.find((p) => p.file === file);
    if (!page) throw new Error(`${file} is not in the copy`);
    return check(site, page);
  };

const defects: Defect[] = [
  {
    kind: 'an image without alt',
    file: 'personvern/index.html',
    put: () =>
      inject('personvern/index.html', /<img src="\/logo\.svg" alt=""/, '<img src="/logo.svg"'),
    check: onPage('personvern/index.html', checkAxe),
    report: /\/personvern\/: image-alt:/,
  },
  {
    kind: 'a broken internal link',
    file: 'tilgjengelighet/index.html',
    put: () =>
      inject('tilgjengelighet/index.html', '</main>', '<a href="/finnes-ikke/">Borte</a></main>'),
    check: onPage('tilgjengelighet/index.html', checkInternalLinks),
    report: /\/tilgjengelighet\/: <a href> "\/finnes-ikke\/" names no built file/,
  },
  {
    kind: 'a broken #fragment',
    file: 'nyheter/index.html',
    put: () =>
      inject(
        'nyheter/index.html',
        '</main>',
        '<a href="/kommunikasjonsplan/#finnes-ikke">Avsnittet</a></main>',
      ),
    check: onPage('nyheter/index.html', checkInternalLinks),
    report: /\/nyheter\/: .*no element with id "finnes-ikke" on \/kommunikasjonsplan\//,
  },
  {
    kind: 'a second h1',
    file: 'kanaler/index.html',
    put: () => inject('kanaler/index.html', '</main>', '<h1>Enda en tittel</h1></main>'),
    check: onPage('kanaler/index.html', checkOneH1),
    report: /\/kanaler\/: 2 h1 elements/,
  },
  {
    kind: 'a script from another host',
    file: 'jobb/index.html',
    put: () =>
      inject(
        'jobb/index.html',
        '</head>',
        '<script src="https://cdn.example.net/spor.js"></script></head>',
      ),
    check: onPage('jobb/index.html', checkNoForeignLoads),
    report: /\/jobb\/: <script src> loads https:\/\/cdn\.example\.net\/spor\.js from another host/,
  },
  {
    kind: 'a background image from another host in an inline style',
    file: 'jobb/video/index.html',
    put: () =>
      inject(
        'jobb/video/index.html',
        '</main>',
        '<div style="background: url(https://pixel.example.net/p.gif)"></div></main>',
      ),
    check: onPage('jobb/video/index.html', checkNoForeignLoads),
    report: /\/jobb\/video\/: <div style> loads https:\/\/pixel\.example\.net\/p\.gif/,
  },
  {
    kind: 'an invalid feed',
    file: 'rss/nyheter.xml',
    put: () => inject('rss/nyheter.xml', '</channel>', ''),
    check: checkFeeds,
    report: /\/rss\/nyheter\.xml: not well-formed XML/,
  },
  {
    kind: 'invalid HTML',
    file: 'kommunikasjonsplan/index.html',
    put: () =>
      inject('kommunikasjonsplan/index.html', '</main>', '<li>Et punkt uten liste</li></main>'),
    check: async () => {
      const file = join(dist, 'kommunikasjonsplan/index.html');
      return (await validateHtml([file])).get(file) ?? [];
    },
    report: /Element “li” not allowed as child of element “main”/,
  },
  {
    kind: 'a missing lang',
    file: 'en/index.html',
    put: () => inject('en/index.html', '<html lang="en"', '<html'),
    check: onPage('en/index.html', checkLang),
    report: /\/en\/: no lang on <html>/,
  },
  {
    kind: 'an example entry with JSON-LD',
    file: 'jobb/stillinger/eksempel-stilling-merket/index.html',
    put: () =>
      inject(
        'jobb/stillinger/eksempel-stilling-merket/index.html',
        '</head>',
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Eksempel"}</script></head>',
      ),
    check: checkExampleContent,
    report: /example page \/jobb\/stillinger\/eksempel-stilling-merket\/: JSON-LD JobPosting/,
  },
  {
    kind: 'JSON-LD that does not parse',
    file: 'jobb/video/brannvakt/index.html',
    put: () =>
      inject(
        'jobb/video/brannvakt/index.html',
        '"@type":"VideoObject",',
        '"@type":"VideoObject",,',
      ),
    check: onPage('jobb/video/brannvakt/index.html', checkJsonLd),
    report: /\/jobb\/video\/brannvakt\/: JSON-LD does not parse/,
  },
  {
    kind: 'a missing canonical link',
    file: 'kommunikasjonsplan/maal/index.html',
    put: () =>
      inject('kommunikasjonsplan/maal/index.html', /<link rel="canonical" href="[^"]*">/, ''),
    check: onPage('kommunikasjonsplan/maal/index.html', checkMeta),
    report: /\/kommunikasjonsplan\/maal\/: canonical missing/,
  },
  {
    kind: 'a second main landmark',
    file: 'nyheter/side/2/index.html',
    put: () => inject('nyheter/side/2/index.html', '</footer>', '</footer><main></main>'),
    check: onPage('nyheter/side/2/index.html', checkLandmarks),
    report: /\/nyheter\/side\/2\/: 2 main landmarks/,
  },
  {
    kind: 'a page in the sitemap that is not built',
    file: 'sitemap-0.xml',
    put: () =>
      inject(
        'sitemap-0.xml',
        '</urlset>',
        '<url><loc>https://testvik.example/ikke-bygget/</loc></url></urlset>',
      ),
    check: checkSitemap,
    report: /sitemap-0\.xml: \/ikke-bygget\/ is not a built page/,
  },
  {
    kind: 'a response time written by hand in a plan chapter',
    file: 'kommunikasjonsplan/kanaler/index.html',
    put: () =>
      inject(
        'kommunikasjonsplan/kanaler/index.html',
        '</main>',
        '<p>Vi svarer på Facebook innen 2 timer.</p></main>',
      ),
    check: onPage('kommunikasjonsplan/kanaler/index.html', checkPlanNumbers),
    report: /\/kommunikasjonsplan\/kanaler\/: a time or deadline written by hand, "2 timer"/,
  },
  {
    kind: 'a reference to the archive act of 1992',
    file: 'kommunikasjonsplan/sok-avfall-og-tomming/index.html',
    put: () =>
      inject(
        'kommunikasjonsplan/sok-avfall-og-tomming/index.html',
        '</main>',
        '<p>Innlegg arkiveres etter arkivloven av 1992.</p></main>',
      ),
    check: onPage('kommunikasjonsplan/sok-avfall-og-tomming/index.html', checkRepealedReferences),
    report:
      /\/kommunikasjonsplan\/sok-avfall-og-tomming\/: "arkivloven av 1992" refers to the archive act of 1992/,
  },
  {
    kind: 'the default municipality named outside the configuration',
    file: 'rss.xml',
    put: () =>
      inject('rss.xml', '</channel>', '<item><title>Sarpsborgs plan</title></item></channel>'),
    check: (copy) => checkNameNowhere(copy, 'Sarpsborg'),
    report: /^\/rss\.xml: names "Sarpsborg"/,
  },
  {
    kind: 'a page over the CSS budget',
    file: 'brand.css',
    // Random names do not compress: 20 KB of them is over 12 KB gzip-compressed on every page.
    put: () =>
      inject('brand.css', /$/, `\n.x${randomBytes(10 * 1024).toString('hex')} { color: red; }\n`),
    check: (site) => checkCssBudget(site).problems,
    report: /^\/: \d+ bytes of CSS/m,
  },
  {
    kind: 'a closed job listed',
    file: 'en/jobs/index.html',
    put: () =>
      inject(
        'en/jobs/index.html',
        '</main>',
        `<a href="${paths.job(closedJob, 'en')}">Closed</a></main>`,
      ),
    check: (site) => checkNoClosedJobs(site, paths.jobsHome.en, [closedJob]),
    report: /\/en\/jobs\/: links the closed job/,
  },
  {
    kind: "a job's structured data stating what its facts do not show",
    file: 'jobb/stillinger/brannkonstabel-fast/index.html',
    put: () =>
      inject(
        'jobb/stillinger/brannkonstabel-fast/index.html',
        /"workHours":"[^"]*"/,
        '"workHours":"Kun nattevakter"',
      ),
    check: (site) =>
      checkOpenJob(
        site,
        fixtureJobs().open.find((job) => job.id === 'brannkonstabel-fast')!,
        fixture.applicationSystemUrl,
      ),
    report: /brannkonstabel-fast\/: JSON-LD workHours "Kun nattevakter" is not among the facts/,
  },
  {
    kind: 'a video page without its transcript',
    file: 'jobb/video/renhold/index.html',
    put: () => inject('jobb/video/renhold/index.html', 'Dette blir sagt i videoen', 'Tekst'),
    check: (site) =>
      checkVideoPage(
        site,
        fixtureEntries<FixtureVideo>('videos').find((v) => v.id === 'renhold')!,
      ),
    report: /\/jobb\/video\/renhold\/: no heading "Dette blir sagt i videoen"/,
  },
  {
    kind: 'a list page without its "next" link',
    file: 'jobb/video/side/2/index.html',
    put: () => inject('jobb/video/side/2/index.html', / rel="next"/, ''),
    check: (site) =>
      checkList(
        site,
        lists.find((list) => list.first === paths.videos.nb)!,
      ),
    report: /\/jobb\/video\/: "next" leads through \/jobb\/video\/, \/jobb\/video\/side\/2\/, not/,
  },
  {
    kind: 'a language link to the wrong page',
    file: 'jobb/stillinger/index.html',
    put: () =>
      inject(
        'jobb/stillinger/index.html',
        /hreflang="en" href="[^"]*"/,
        'hreflang="en" href="https://testvik.example/en/"',
      ),
    check: (site) => checkLanguagePair(site, paths.jobs.nb, paths.jobs.en),
    report: /\/jobb\/stillinger\/: hreflang="en" is https:\/\/testvik\.example\/en\/, not/,
  },
];

/** The defect only the browser catches: text drawn at 1.3:1 on white. */
const lowContrast = `
/* Injected defect: text too pale to read, for the browser's axe (color-contrast). */
main p { color: #e8e8e8 !important; background: #ffffff !important; }
`;

let site: BuiltSite;

beforeAll(() => {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  cpSync(sites.fixture.dir, dist, { recursive: true });
  for (const defect of defects) defect.put();
  writeFileSync(
    join(dist, 'brand.css'),
    readFileSync(join(dist, 'brand.css'), 'utf8') + lowContrast,
  );
  writeFileSync(
    join(copy, 'README.txt'),
    `The built fixture site with one defect of each kind (tests/static/defects.test.ts).\n` +
      `Low contrast is in /brand.css (main p): only axe with layout in the browser reports it.\n` +
      `Serve dist/ (node tests/e2e/serve.ts <port> ${dist}) and run axe on any page.\n`,
  );
  site = openSite('fixture with defects', dist);
}, 120_000);

describe.each(defects)('$kind', ({ check, report }) => {
  test('is reported', async () => {
    const problems = await check(site);
    expect(
      problems.some((problem) => report.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });
});

test('every defect is on a file of its own, so no report can stand for another', () => {
  const files = defects.map((defect) => defect.file);
  expect(new Set(files).size).toBe(files.length);
  expect(defects.length).toBeGreaterThanOrEqual(10);
});
