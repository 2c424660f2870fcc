/** The query parameter that makes a result page mark the words searched for. */
export const highlightParam = 'markert';

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
  /** `{suggestion}` is replaced by a link that searches for the suggested spelling. */
  suggestion: string;
  /** `{heading}` is replaced by the heading of the part of a long page that matches. */
  section: string;
  /** The button that shows the next results. */
  more: string;
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
