import {
  highlightParam,
  readSearchState,
  searchFilterNames,
  searchParams,
  statusText,
  typeLabel,
  type SearchState,
  type SearchStrings,
} from '../../lib/search-query';
import { searchTypes } from '../../lib/search';
import {
  SearchEngine,
  type Pagefind,
  type PagefindData,
  type SearchOutcome,
} from './search-engine';

// Built by `pagefind --site dist` after Astro has built the site, so it cannot be bundled.
const pagefindUrl = '/pagefind/pagefind.js';
const vocabularyUrl = '/pagefind/vocabulary/';
/**
 * Results shown first, and then at each press of "show more". Each needs its own fragment from
 * the index, so the first batch is small: it decides how soon the first result appears.
 */
const firstBatch = 5;
const batch = 10;

function part<T extends Element>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The search page lacks ${selector}.`);
  return element;
}

/** Copies Pagefind's excerpt keeping only its text and <mark> elements. */
function excerptNodes(excerpt: string): DocumentFragment {
  const source = document.createElement('template');
  source.innerHTML = excerpt;
  const out = document.createDocumentFragment();
  for (const node of source.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

function paragraph(className: string, ...content: (Node | string)[]): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.append(...content);
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const element = document.createElement('a');
  element.className = 'ds-link';
  element.href = href;
  element.textContent = text;
  return element;
}

function resultItem(result: PagefindData, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'ds-card';
  const heading = document.createElement('h3');
  heading.className = 'ds-heading';
  heading.dataset['size'] = 'xs';
  heading.append(link(result.url, result.meta.title ?? result.url));
  item.append(
    heading,
    paragraph('ds-paragraph meta', typeLabel(strings, result.filters['type']?.[0])),
  );
  // On a long page (a plan chapter, a transcript), lead to the heading the match is under.
  const section = result.sub_results
    ?.filter((sub) => sub.url.includes('#'))
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  if (section) {
    item.append(
      paragraph('ds-paragraph', excerptNodes(section.excerpt)),
      paragraph(
        'ds-paragraph search-section',
        link(section.url, strings.section.replace('{heading}', section.title)),
      ),
    );
  } else {
    item.append(paragraph('ds-paragraph', excerptNodes(result.excerpt)));
  }
  return item;
}

/** Fills each filter's list with the values in the index; disables a filter with none. */
function fillFilters(
  root: Element,
  available: Record<string, Record<string, number>>,
  state: SearchState,
  strings: SearchStrings,
): void {
  for (const name of searchFilterNames) {
    const select = part<HTMLSelectElement>(root, `[data-search-filter="${name}"] select`);
    const values = Object.keys(available[name] ?? {});
    const ordered =
      name === 'type'
        ? searchTypes.filter((type) => values.includes(type))
        : values.sort((a, b) => a.localeCompare(b, document.documentElement.lang));
    for (const value of ordered) {
      select.append(new Option(name === 'type' ? typeLabel(strings, value) : value, value));
    }
    select.value = state.filters[name] ?? '';
    select.disabled = ordered.length === 0;
  }
}

/** Wires up the search page: reads `?q=` and filters, searches, shows and announces results. */
export async function runSiteSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const suggestion = part<HTMLElement>(root, '[data-search-suggestion]');
  const list = part<HTMLOListElement>(root, '[data-search-list]');
  const more = part<HTMLButtonElement>(root, '[data-search-more]');
  const lang = document.documentElement.lang;
  part<HTMLElement>(root, '[data-search-noscript]').hidden = true;
  part<HTMLElement>(root, '[data-search-results]').removeAttribute('data-search-pending');

  let state = readSearchState(new URLSearchParams(location.search));
  if (state.query) input.value = state.query;

  // The engine (about 100 KB with its index) loads when the visitor starts to search, not with
  // the page, so that visiting the page costs nothing and does not move anything.
  let engine: SearchEngine | undefined;
  let filtersOf: Pagefind | undefined;
  const load = (): SearchEngine => {
    if (!engine) {
      const pagefind = (async () => {
        const loaded = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        await loaded.options({ excerptLength: 24, highlightParam });
        await loaded.init();
        filtersOf = loaded;
        return loaded;
      })();
      // A failure is reported by the search that needs the engine, not as a stray rejection.
      pagefind.catch(() => undefined);
      engine = new SearchEngine(pagefind, `${vocabularyUrl}${lang}/`, lang === 'nb');
    }
    return engine;
  };
  for (const event of ['focus', 'pointerdown', 'input'] as const) {
    input.addEventListener(event, () => void load(), { once: true, passive: true });
  }

  let latest = 0;
  let outcome: SearchOutcome = { results: [] };
  let shown = 0;

  const showMore = async (run: number) => {
    const next = await Promise.all(
      outcome.results
        .slice(shown, shown + (shown === 0 ? firstBatch : batch))
        .map((result) => result.data()),
    );
    if (run !== latest) return;
    list.append(...next.map((result) => resultItem(result, strings)));
    shown += next.length;
    more.hidden = shown >= outcome.results.length;
  };

  const search = async () => {
    const run = ++latest;
    suggestion.replaceChildren();
    more.hidden = true;
    if (!state.query) {
      list.replaceChildren();
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.searching;
    const filters = Object.fromEntries(
      Object.entries(state.filters).filter((entry): entry is [string, string] => !!entry[1]),
    );
    let found: SearchOutcome;
    try {
      found = await load().search(state.query, filters);
    } catch {
      status.textContent = strings.error;
      return;
    }
    // A newer search started while this one was loading: its results win.
    if (run !== latest) return;
    outcome = found;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== latest) return;
    status.textContent = statusText(strings, found.results.length, state.query);
    // The filters' values are fetched after the first results, which do not need them.
    filtersOf
      ?.filters()
      .then((available) => fillFilters(root, available, state, strings))
      .catch(() => undefined);
    filtersOf = undefined;
    if (found.suggestion) {
      const params = searchParams({ ...state, query: found.suggestion });
      const [before = '', after = ''] = strings.suggestion.split('{suggestion}');
      suggestion.append(before, link(`?${params.toString()}`, found.suggestion), after);
    }
  };

  const update = () => {
    // The form holds only text fields, which URLSearchParams reads; the DOM types do not say so.
    state = readSearchState(new URLSearchParams(new FormData(form) as unknown as string[][]));
    const query = searchParams(state).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void search();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update();
  });
  more.addEventListener('click', () => void showMore(latest));
  await search();
}
