/**
 * A feed opened in a browser is shown as a page by the XSL stylesheet. Browsers are removing
 * XSLT, so the feed also loads this script: where the stylesheet was not applied, it builds the
 * same page from the feed's XML with the DOM, and writes dates in Norwegian.
 */
import { langTag, longDate } from '../../core/i18n';
import { dateFormat } from '../../core/intl';

/** The texts and addresses the page shows, from the dictionaries and the route table. */
export interface FeedViewText {
  siteName: string;
  howToHeading: string;
  howToText: string;
  feedsTitle: string;
  feedsPath: string;
  css: string;
}

/** "Tue, 24 Nov 2026 00:00:00 GMT" as "24. november 2026"; unreadable dates are kept as given. */
export function norwegianFeedDate(rfc822: string): string {
  const date = new Date(rfc822);
  if (Number.isNaN(date.getTime())) return rfc822;
  return dateFormat(langTag.nb, longDate).format(date);
}

/**
 * Runs in the browser, inside the feed's XML document. Kept free of outside references, because
 * it is sent as its own source text.
 */
function renderFeedPage(text: FeedViewText): void {
  const root = document.documentElement;
  // The browser applied the stylesheet: the document is already the page.
  if (!root || root.localName !== 'rss') return;
  const xhtml = 'http://www.w3.org/1999/xhtml';
  const el = (name: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const node = document.createElementNS(xhtml, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  const value = (parent: Element, name: string) =>
    Array.from(parent.children)
      .find((child) => child.localName === name)
      ?.textContent?.trim() ?? '';
  // An item's description is HTML holding text only (RSS 2.0): its character references
  // ("&lt;", "&amp;") are read, and the result is shown as text.
  const htmlText = (html: string) =>
    new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';
  const date = (raw: string) => {
    const parsed = new Date(raw);
    return Number.isNaN(parsed.getTime())
      ? raw
      : new Intl.DateTimeFormat('nb-NO', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(parsed);
  };
  const channel = Array.from(root.children).find((child) => child.localName === 'channel');
  if (!channel) return;
  const title = value(channel, 'title');
  const items = Array.from(channel.children)
    .filter((child) => child.localName === 'item')
    .map((item) => {
      const raw = value(item, 'pubDate');
      const time = el('time', { datetime: new Date(raw).toISOString().slice(0, 10) }, date(raw));
      return el(
        'li',
        {},
        el('h2', {}, el('a', { href: value(item, 'link') }, value(item, 'title'))),
        el('p', { class: 'meta' }, `${value(item, 'category')} · `, time),
        el('p', {}, htmlText(value(item, 'description'))),
      );
    });
  const page = el(
    'html',
    { lang: 'nb', 'data-feed-view': 'script' },
    el(
      'head',
      {},
      el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      el('title', {}, title),
      el('link', { rel: 'stylesheet', href: text.css }),
    ),
    el(
      'body',
      {},
      el('header', {}, el('p', {}, el('a', { href: '/' }, text.siteName))),
      el(
        'main',
        {},
        el('h1', {}, title),
        el('p', {}, value(channel, 'description')),
        el(
          'div',
          { class: 'about' },
          el('h2', {}, text.howToHeading),
          el('p', {}, text.howToText),
          el('p', {}, el('a', { href: text.feedsPath }, text.feedsTitle)),
        ),
        el('ol', { class: 'items' }, ...items),
      ),
    ),
  );
  document.replaceChild(page, root);
}

/** The browser script: the renderer and its texts, run once the feed has been parsed. */
export function feedViewScript(text: FeedViewText): string {
  return `(() => {
const render = ${renderFeedPage.toString()};
const text = ${JSON.stringify(text)};
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => render(text));
} else {
  render(text);
}
})();
`;
}

/** The element that loads the script from a feed: XHTML, so browsers run it in an XML document. */
export function feedViewScriptElement(src: string): string {
  return `<script xmlns="http://www.w3.org/1999/xhtml" src="${src}" defer="defer"></script>`;
}
