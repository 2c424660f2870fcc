import {
  highlightParam,
  readSearchState,
  searchFilterNames,
  searchParams,
  statusText,
  typeLabel,
  type SearchState,
  type SearchStrings,
} from './search-query';
import { searchTypes } from './search-entry';
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

/** Puts the values of each filter in its list: those in the index once loaded, else the chosen one. */
function fillFilters(
  root: Element,
  available: Record<string, Record<string, number>> | undefined,
  state: SearchState,
  strings: SearchStrings,
): void {
  for (const name of searchFilterNames) {
    const select = part<HTMLSelectElement>(root, `[data-search-filter="${name}"] select`);
    const chosen = state.filters[name];
    const values = available ? Object.keys(available[name] ?? {}) : chosen ? [chosen] : [];
    const ordered =
      name === 'type'
        ? searchTypes.filter((type) => values.includes(type))
        : values.sort((a, b) => a.localeCompare(b, document.documentElement.lang));
    // The first option, "all", stays.
    select.replaceChildren(
      ...[...select.options].slice(0, 1),
      ...ordered.map(
        (value) => new Option(name === 'type' ? typeLabel(strings, value) : value, value),
      ),
    );
    select.value = chosen ?? '';
    select.disabled = available !== undefined && ordered.length === 0;
  }
}

/** Wires up the search page: reads `?q=` and filters, searches, shows and announces results. */
export async function runSiteSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const form = part<HTMLFormElement>(root, 'form');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const filterSet = part<HTMLFieldSetElement>(form, '[data-search-filters]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const suggestion = part<HTMLElement>(root, '[data-search-suggestion]');
  const list = part<HTMLOListElement>(root, '[data-search-list]');
  const more = part<HTMLButtonElement>(root, '[data-search-more]');
  const lang = document.documentElement.lang;
  part<HTMLElement>(root, '[data-search-noscript]').hidden = true;
  part<HTMLElement>(root, '[data-search-results]').removeAttribute('data-search-pending');

  let state = readSearchState(new URLSearchParams(location.search));
  if (state.query) input.value = state.query;
  fillFilters(root, undefined, state, strings);
  const filterToggle = part<HTMLButtonElement>(form, '[data-search-filters-toggle]');
  const showChosenFilters = () => {
    const chosen = searchFilterNames.filter((name) => state.filters[name]).length;
    const { none = '', count = '' } = filterToggle.dataset;
    part<HTMLElement>(filterToggle, '[data-search-filters-count]').textContent =
      `(${chosen ? count.replace('{count}', String(chosen)) : none})`;
  };
  showChosenFilters();

  // The engine (about 100 KB with its index) loads when the visitor starts to search, not with
  // the page, so that visiting the page costs nothing and does not move anything.
  let engine: SearchEngine | undefined;
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): SearchEngine => {
    if (!engine || !pagefind) {
      pagefind = (async () => {
        const loaded = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
        // Pagefind's worker would cost a file of its own and a hop before the index loads; the
        // searches are small enough for the page's own thread.
        await loaded.options({ excerptLength: 24, highlightParam, noWorker: true });
        await loaded.init();
        return loaded;
      })();
      // A failure is reported by the search that needs the engine, not as a stray rejection.
      pagefind.catch(() => undefined);
      engine = new SearchEngine(pagefind, `${vocabularyUrl}${lang}/`, lang === 'nb');
    }
    return engine;
  };
  for (const event of ['focus', 'pointerdown'] as const) {
    input.addEventListener(event, () => void load(), { once: true, passive: true });
  }
  // While the visitor types, the vocabulary and index of the words typed so far are fetched, so
  // that Enter only has to rank and fetch the excerpts.
  input.addEventListener('input', () => load().prepare(input.value), { passive: true });

  // The filters' values take three files of the index; they are fetched when the visitor turns
  // to the filters, or a second after the first results, which do not need them.
  let filtersLoaded = false;
  const loadFilters = () => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    load();
    pagefind
      ?.then((loaded) => loaded.filters())
      .then((available) => fillFilters(root, available, state, strings))
      .catch(() => undefined);
  };
  for (const event of ['focusin', 'pointerover', 'pointerdown'] as const) {
    filterSet.addEventListener(event, loadFilters, { once: true, passive: true });
  }
  filterToggle.addEventListener('click', () => {
    const open = filterSet.toggleAttribute('data-open');
    filterToggle.setAttribute('aria-expanded', String(open));
    loadFilters();
  });

  let latest = 0;
  let outcome: SearchOutcome = { results: [] };
  let shown = 0;

  let loadingMore = false;

  /** Shows the next `count` results, in order, each as soon as its excerpt has arrived. */
  const draw = async (run: number, count: number) => {
    const next = outcome.results.slice(shown, shown + count).map((result) => result.data());
    shown += next.length;
    for (const data of next) {
      const result = await data;
      if (run !== latest) return;
      list.append(resultItem(result, strings));
    }
  };

  const showMore = async (run: number) => {
    if (loadingMore) return;
    loadingMore = true;
    try {
      // Added at once, so that the button does not move under the pointer while they arrive.
      const next = await Promise.all(
        outcome.results.slice(shown, shown + batch).map((result) => result.data()),
      );
      if (run !== latest) return;
      list.append(...next.map((result) => resultItem(result, strings)));
      shown += next.length;
      more.hidden = shown >= outcome.results.length;
    } finally {
      loadingMore = false;
    }
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
    // The first result's excerpt alone, so that it is not held up by the others'.
    await draw(run, 1);
    if (run !== latest) return;
    await draw(run, firstBatch - 1);
    if (run !== latest) return;
    more.hidden = shown >= outcome.results.length;
    status.textContent = statusText(strings, found.results.length, state.query);
    setTimeout(loadFilters, 1000);
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
    showChosenFilters();
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
