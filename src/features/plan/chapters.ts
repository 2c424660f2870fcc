/**
 * Pure helpers for the communication plan: the table of contents, previous/next chapters,
 * the plan's review date and the ids on the printable page.
 */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One line in a table of contents, with the lower-level headings under it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests `##` and `###` headings (or another depth range) into a table of contents. A heading
 * deeper than its predecessor's child level is attached to the nearest shallower entry, so no
 * heading is lost when an author skips a level.
 */
export function tableOfContents(headings: Heading[], minDepth = 2, maxDepth = 3): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { depth: number; entry: TocEntry }[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const entry: TocEntry = { slug: heading.slug, text: heading.text, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.entry.children : root).push(entry);
    stack.push({ depth: heading.depth, entry });
  }
  return root;
}

/** The items before and after `index` in a list, where they exist. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  return {
    ...(previous === undefined ? {} : { previous }),
    ...(next === undefined ? {} : { next }),
  };
}

/** The most recent of the dates, or `undefined` for none: when the plan as a whole was reviewed. */
export function latestDate(dates: readonly Date[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (latest, date) => (latest === undefined || date > latest ? date : latest),
    undefined,
  );
}

/** Attributes that hold one or more ids of elements on the same page. */
const idReferences = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']);

/**
 * Prefixes every `id`, every reference to one (`aria-labelledby`, `for`, …) and every in-page
 * `href="#…"` in rendered HTML, so that several chapters can share one page (the printable
 * plan) without duplicate ids while links within a chapter still lead to their heading.
 */
export function prefixIds(html: string, prefix: string): string {
  return html.replace(/<[a-z][^<>]*>/gi, (tag) =>
    tag.replace(/(\s)([a-z-]+)="([^"]*)"/gi, (attr, space: string, name: string, value: string) => {
      const key = name.toLowerCase();
      if (key === 'id') return `${space}id="${prefix}-${value}"`;
      if (idReferences.has(key)) {
        const ids = value.split(/\s+/).filter(Boolean);
        return `${space}${name}="${ids.map((id) => `${prefix}-${id}`).join(' ')}"`;
      }
      if (key === 'href' && value.startsWith('#') && value.length > 1)
        return `${space}href="#${prefix}-${value.slice(1)}"`;
      return attr;
    }),
  );
}

/** Chapter file names that would land on an address another plan page already uses. */
export const reservedChapterIds = ['utskrift'] as const;

/** Throws, naming the file, when a chapter's id would hide another plan page. */
export function checkChapterIds(ids: readonly string[]): void {
  const taken = ids.filter((id) => (reservedChapterIds as readonly string[]).includes(id));
  if (taken.length > 0) {
    throw new Error(
      taken
        .map(
          (id) =>
            `content/plan/${id}.mdx: the name "${id}" is taken by another page of the plan; expected another file name.`,
        )
        .join('\n'),
    );
  }
}
