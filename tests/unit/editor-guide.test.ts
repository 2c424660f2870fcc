import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import AdminShell from '../../src/pages/admin/index.astro';
import GuidePage from '../../src/pages/admin/veiledning.astro';

/**
 * The editors' guide (docs/redaktorveiledning.md) is a page of the site at /admin/veiledning/,
 * and the browser editor's shell links to it where Decap CMS leaves the link in place.
 */
const guidePath = '/admin/veiledning/';
let container: AstroContainer;
let shell: cheerio.CheerioAPI;
let guide: cheerio.CheerioAPI;

beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://testvik.example' } });
  shell = cheerio.load(await container.renderToString(AdminShell));
  guide = cheerio.load(
    await container.renderToString(GuidePage, {
      request: new Request(`https://testvik.example${guidePath}`),
    }),
  );
});

describe('the editor shell', () => {
  it('links to the guide in a named navigation landmark', () => {
    const link = shell(`nav[aria-label] a[href="${guidePath}"]`);
    expect(link).toHaveLength(1);
    expect(link.text()).toContain('Veiledning for redaktører');
    expect(link.attr('rel')).toContain('noopener');
  });

  it('keeps the link outside the loading notice that Decap CMS removes, and outside <noscript>', () => {
    const link = shell(`a[href="${guidePath}"]`);
    expect(link.closest('#admin-shell')).toHaveLength(0);
    expect(link.closest('noscript')).toHaveLength(0);
  });
});

describe('the guide page', () => {
  it('is in Norwegian, with one h1 and the landmarks of the site', () => {
    expect(guide('html').attr('lang')).toBe('nb');
    expect(guide('h1')).toHaveLength(1);
    expect(guide('h1').text()).toBe('Veiledning for redaktører');
    expect(guide('main')).toHaveLength(1);
    expect(guide('header')).toHaveLength(1);
    expect(guide('footer')).toHaveLength(1);
    expect(guide('title').text()).toMatch(/^Veiledning for redaktører – /);
  });

  it('stays out of search engines, the sitemap and the site search', () => {
    expect(guide('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(guide('link[rel="canonical"]')).toHaveLength(0);
    expect(guide('[data-pagefind-body]')).toHaveLength(0);
  });

  it.each([
    'Legge inn en stilling',
    'Legge inn en video',
    'Legge inn et innlegg fra en kanal',
    'Legge inn et kapittel i kommunikasjonsplanen',
    'Legge inn en nyhet',
    'Redigeringsverktøyet',
    'Eksempelinnhold',
    'Når publiseringen stopper: slik leser du feilmeldingen',
    'Ord og skrivemåter',
  ])('has the section «%s»', (heading) => {
    const found = guide('h2').filter((_, element) => guide(element).text() === heading);
    expect(found).toHaveLength(1);
  });

  it('resolves every #fragment link on the page', () => {
    const ids = new Set(
      guide('[id]')
        .map((_, element) => guide(element).attr('id'))
        .get(),
    );
    const fragments = guide('a[href^="#"]')
      .map((_, element) => decodeURIComponent(guide(element).attr('href')!.slice(1)))
      .get();
    expect(fragments.length).toBeGreaterThan(5);
    expect(fragments.filter((fragment) => !ids.has(fragment))).toEqual([]);
  });

  it('links back to the editor', () => {
    expect(guide('a[href="/admin/"]').text()).toBe('Til redigeringsverktøyet');
  });

  it('asks no other host for anything and carries no inline style', () => {
    const loads = guide('[src], link[href]:not([rel="alternate"]):not([rel="canonical"])')
      .map((_, element) => guide(element).attr('src') ?? guide(element).attr('href'))
      .get();
    expect(loads.filter((url) => /^(?:https?:)?\/\//.test(url))).toEqual([]);
    // The examples' code blocks are coloured by the site's styles, not by style attributes.
    expect(guide('pre.guide__code').length).toBeGreaterThan(3);
    expect(guide('[style]')).toHaveLength(0);
    expect(guide('style')).toHaveLength(0);
  });
});
