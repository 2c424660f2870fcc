/**
 * What the `example: true` mark changes outside the page. An example entry is shown on the
 * site with its notice, but it must never pass for real elsewhere: search engines are told not to
 * index it, it has no structured data (no job listing, no video result), the sitemap leaves it
 * out, and its video or post embed has no third-party address to load. Removing the mark is all
 * it takes to publish the entry normally.
 */

/** Anything with the content schema's `example` flag. */
export interface MaybeExample {
  data: { example?: boolean | undefined };
}

/** True when the entry is example content the municipality has not confirmed. */
export function isExample(entry: MaybeExample): boolean {
  return entry.data.example === true;
}

/** `noindex` for the page of an example entry (or of any entry `also` keeps out of search). */
export function keepOutOfSearch(entry: MaybeExample, also = false): boolean {
  return also || isExample(entry);
}

/**
 * The entry's structured data, or `undefined` for an example entry: `build` is not even called,
 * so an example can never reach a search engine's job or video listings.
 */
export function structuredDataFor<T>(entry: MaybeExample, build: () => T): T | undefined {
  return isExample(entry) ? undefined : build();
}

/**
 * The third-party address an embed may load, or `undefined` for an example entry: its made-up
 * ID must not load a stranger's real video or post, so the player shows the example notice
 * instead of a play or consent button.
 */
export function embedAddressFor(
  entry: MaybeExample,
  address: string | undefined,
): string | undefined {
  return isExample(entry) ? undefined : address;
}

/** True when a built page's HTML tells search engines not to index it. */
export function hasNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\bname\s*=\s*["']?robots["']?/i.test(tag);
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    if (name && /\bnoindex\b/i.test(content)) return true;
  }
  return false;
}
