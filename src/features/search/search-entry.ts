/** Content types the site search can be filtered by. */
export const searchTypes = ['plan', 'video', 'job', 'post', 'news'] as const;
export type SearchType = (typeof searchTypes)[number];

/** How a page takes part in the site search (see BaseLayout's `search` prop). */
export interface SearchEntry {
  /** The content type, used as the `type` filter. */
  type: SearchType;
  /** Further filters, e.g. `{ profession: 'Sykepleier' }` or `{ channel: 'Facebook' }`. */
  filters?: Record<string, string>;
}
