import { stemmer as norwegianStemmer } from '@orama/stemmers/norwegian';
import {
  queryForIndex,
  readSearchState,
  searchFilterNames,
  searchParams,
  statusText,
  typeLabel,
  type SearchState,
  type SearchStrings,
} from '../../lib/search-query';
import { searchTypes } from '../../lib/search';

/** The part of Pagefind's browser API the page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

// Built by `pagefind --site dist` after Astro has built the site, so it cannot be bundled.
const pagefindUrl = '/pagefind/pagefind.js';

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

function resultItem(result: PagefindResult, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'ds-card';
  const heading = document.createElement('h3');
  heading.className = 'ds-heading';
  heading.dataset['size'] = 'xs';
  const link = document.createElement('a');
  link.className = 'ds-link';
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const type = document.createElement('p');
  type.className = 'ds-paragraph meta';
  type.textContent = typeLabel(strings, result.filters['type']?.[0]);
  const excerpt = document.createElement('p');
  excerpt.className = 'ds-paragraph';
  excerpt.append(excerptNodes(result.excerpt));
  item.append(heading, type, excerpt);
  return item;
}

/** Fills each filter's list with the values in the index; hides a filter with none. */
function fillFilters(
  root: Element,
  available: Record<string, Record<string, number>>,
  state: SearchState,
  strings: SearchStrings,
): void {
  for (const name of searchFilterNames) {
    const field = part<HTMLElement>(root, `[data-search-filter="${name}"]`);
    const select = part<HTMLSelectElement>(field, 'select');
    const values = Object.keys(available[name] ?? {});
    const ordered =
      name === 'type'
        ? searchTypes.filter((type) => values.includes(type))
        : values.sort((a, b) => a.localeCompare(b, document.documentElement.lang));
    for (const value of ordered) {
      select.append(new Option(name === 'type' ? typeLabel(strings, value) : value, value));
    }
    select.value = state.filters[name] ?? '';
    field.hidden = ordered.length === 0;
  }
}

/** Wires up the search page: reads `?q=` and filters, searches, shows and announces results. */
export async function runSiteSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const list = part<HTMLOListElement>(root, '[data-search-list]');
  part<HTMLElement>(root, '[data-search-noscript]').hidden = true;
  part<HTMLElement>(root, '[data-search-results]').hidden = false;

  const stem = document.documentElement.lang === 'nb' ? norwegianStemmer : undefined;
  let state = readSearchState(new URLSearchParams(location.search));
  if (state.query) input.value = state.query;

  // Listen before the index loads, so that a search typed meanwhile stays on this page.
  const loading = (async (): Promise<Pagefind> => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    fillFilters(root, await pagefind.filters(), state, strings);
    part<HTMLElement>(root, '[data-search-filters]').hidden = false;
    return pagefind;
  })();

  let latest = 0;
  const search = async () => {
    const run = ++latest;
    if (!state.query) {
      list.replaceChildren();
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.searching;
    let pagefind: Pagefind;
    try {
      pagefind = await loading;
    } catch {
      status.textContent = strings.error;
      return;
    }
    const filters = Object.fromEntries(
      Object.entries(state.filters).filter((entry): entry is [string, string] => !!entry[1]),
    );
    const found = await pagefind.search(queryForIndex(state.query, stem), { filters });
    const results = await Promise.all(found.results.map((result) => result.data()));
    // A newer search started while this one was loading: its results win.
    if (run !== latest) return;
    list.replaceChildren(...results.map((result) => resultItem(result, strings)));
    status.textContent = statusText(strings, found.results.length, state.query);
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
  await search();
}
