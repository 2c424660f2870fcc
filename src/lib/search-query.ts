/** The filters the search page offers, in the order it shows them. */
export const searchFilterNames = ['type', 'profession', 'channel'] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/** What a search asks for: the words and the chosen filter values. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string>>;
}

/** Interface text the search script needs, in the page's language. */
export interface SearchStrings {
  empty: string;
  searching: string;
  /** `{query}` is replaced by the words searched for. */
  none: string;
  one: string;
  /** `{count}` and `{query}` are replaced. */
  many: string;
  error: string;
  /** Label of each content type. */
  types: Record<string, string>;
}

/** The search in an address such as `/sok/?q=sykepleier&type=job`. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of searchFilterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a search, so that it can be shared and reloaded. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of searchFilterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The sentence announced after a search, e.g. "3 treff på «sykepleier»." */
export function statusText(strings: SearchStrings, count: number, query: string): string {
  const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.many;
  return template.replace('{count}', String(count)).replace('{query}', query);
}

/** The label of a content type, or the raw value when the page set an unknown one. */
export function typeLabel(strings: SearchStrings, type: string | undefined): string {
  if (type === undefined) return '';
  return strings.types[type] ?? type;
}

/**
 * The words handed to Pagefind. Pagefind stems Norwegian with Snowball and then matches words
 * that start with the stemmed query, but Snowball gives "sykepleiere" the stem "sykepleier" and
 * "sykepleier" the stem "sykeplei", so the plural would miss the singular. Stemming the query
 * once before Pagefind stems it again yields the shorter stem, which every form starts with.
 */
export function queryForIndex(query: string, stem: ((word: string) => string) | undefined): string {
  if (!stem) return query;
  return query
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => (/^[\p{L}]+$/u.test(word) ? stem(word.toLowerCase()) : word))
    .join(' ');
}
