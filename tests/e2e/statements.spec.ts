import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { deviations } from '../../src/features/legal/accessibility-status';
import { htmlText } from '../support/word-runs';
import { fixtureSite, fixture as site } from './site';

/**
 * The privacy and accessibility statements, in both languages, say what the rules ask of them:
 * checked by what the built pages contain, with the values from the site configuration.
 */

const page = (path: string) => readFileSync(join(fixtureSite.dir, path, 'index.html'), 'utf8');
const nginx = readFileSync(new URL('../../src/deploy/nginx.conf', import.meta.url), 'utf8');

const privacy = [
  {
    path: 'personvern',
    basis: /artikkel 6 nr\. 1 bokstav e/,
    consent: /artikkel 6 nr\. 1 bokstav a/,
    noAccessLog: /ingen tilgangslogg/i,
    retention: /slettes automatisk etter 14 dager/,
    rights: [/innsyn/, /rettet/, /slettet/, /protestere/],
    embeds: /youtube-nocookie\.com[\s\S]*IP-adressen|IP-adressen[\s\S]*youtube-nocookie\.com/,
  },
  {
    path: 'en/privacy',
    basis: /Article 6\(1\)\(e\)/,
    consent: /Article 6\(1\)\(a\)/,
    noAccessLog: /no access log/i,
    retention: /deleted automatically after 14 days/,
    rights: [/right of access/, /corrected/, /erased/, /object/],
    embeds: /IP address[\s\S]*youtube-nocookie\.com/,
  },
];

for (const expected of privacy) {
  test(`/${expected.path}/ names the controller, basis, retention, rights, Datatilsynet and embeds`, () => {
    const html = page(expected.path);
    const text = htmlText(html).replace(/\s+/g, ' ');
    expect(text).toContain(site.name);
    expect(html).toContain(`href="mailto:${site.contact.privacyEmail}"`);
    // The data protection officer and the national basis come with the page, whatever the host.
    expect(html).toContain(`href="mailto:${site.dataProtectionOfficer.email}"`);
    if (site.dataProtectionOfficer.name) expect(text).toContain(site.dataProtectionOfficer.name);
    expect(html).toContain('href="https://lovdata.no/lov/2018-06-22-83/§4-1"');
    expect(text).toMatch(/ekomloven/i);
    expect(text).toMatch(expected.basis);
    expect(text).toMatch(expected.consent);
    expect(text).toMatch(expected.retention);
    for (const right of expected.rights) expect(text).toMatch(right);
    expect(text).toContain('Datatilsynet');
    expect(html).toMatch(/href="https:\/\/www\.datatilsynet\.no\/[^"]*"/);
    expect(text).toMatch(expected.embeds);
    // The page may only promise no access log while the shipped server keeps none; other hosts
    // get their own sentences (src/features/legal/hosting.test.ts).
    expect(site.hosting).toBe('nginx');
    expect(text).toMatch(expected.noAccessLog);
    expect(nginx).toMatch(/^\s*access_log off;/m);
  });
}

const accessibility = [
  {
    path: 'tilgjengelighet',
    locale: 'nb',
    automated: /Automatisk/,
    manual: /Manuelt/,
    days: 'virkedager',
  },
  {
    path: 'en/accessibility',
    locale: 'en',
    automated: /Automated/,
    manual: /Manual/,
    days: 'working days',
  },
] as const;

for (const expected of accessibility) {
  test(`/${expected.path}/ links uustatus.no and lists deviations, tests, feedback and complaints`, () => {
    const html = page(expected.path);
    const text = htmlText(html).replace(/\s+/g, ' ');
    const statement = site.uustatusUrl ?? '';
    expect(html).toContain(`href="${statement}"`);
    expect(new URL(statement).hostname).toMatch(/(^|\.)uustatus\.no$/);
    expect(deviations.length).toBeGreaterThan(0);
    for (const deviation of deviations) {
      expect(html).toContain(`data-criterion="${deviation.criterion}"`);
      expect(text).toContain(`${deviation.criterion} ${deviation.name[expected.locale]}`);
      expect(text).toContain(deviation.reason[expected.locale]);
    }
    expect(text).toMatch(expected.automated);
    expect(text).toMatch(expected.manual);
    expect(text).toContain('axe');
    expect(html).toContain(`href="mailto:${site.contact.accessibilityEmail}"`);
    expect(text).toContain(`${site.accessibilityResponseDays} ${expected.days}`);
    expect(html).toMatch(/href="https:\/\/www\.diskrimineringsnemnda\.no\/"/);
    expect(text).toContain('Diskrimineringsnemnda');
    expect(html).toMatch(/href="https:\/\/www\.uutilsynet\.no\/"/);
    expect(html).toContain(`<time datetime="${site.accessibilityLastTested}">`);
  });
}

test('the footer links each language to its own statements', () => {
  for (const [home, privacyPath, accessibilityPath] of [
    ['', '/personvern/', '/tilgjengelighet/'],
    ['en', '/en/privacy/', '/en/accessibility/'],
  ] as const) {
    const html = page(home);
    expect(html).toContain(`href="${privacyPath}"`);
    expect(html).toContain(`href="${accessibilityPath}"`);
  }
});
