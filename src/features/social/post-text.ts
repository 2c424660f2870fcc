/**
 * A post's text, as written below the front matter, split into paragraphs at blank lines.
 * MDX's backslash escapes (`\<`, `\{`) are undone so the text reads as it would in any MDX
 * file; nothing else is interpreted, so HTML stays text.
 */
export function postParagraphs(text: string | undefined): string[] {
  return (text ?? '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** How much of a long post a list shows, in characters, before "read the whole post". */
export const excerptLength = 500;

/**
 * The start of a post for a list of posts: every paragraph when the text has at most `limit`
 * characters; otherwise the paragraphs that fit and the start of the next, cut at a space and
 * ended with "…", with `cut` set, so that the list links to the whole post.
 */
export function postExcerpt(
  paragraphs: string[],
  limit: number = excerptLength,
): { paragraphs: string[]; cut: boolean } {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (total <= limit) return { paragraphs, cut: false };
  const shown: string[] = [];
  let left = limit;
  for (const paragraph of paragraphs) {
    if (paragraph.length <= left) {
      shown.push(paragraph);
      left -= paragraph.length;
      continue;
    }
    // A short start of a paragraph reads as a fragment: then the last whole one ends the excerpt.
    if (shown.length === 0 || left >= limit / 5) {
      const space = paragraph.slice(0, left + 1).search(/\s\S*$/);
      shown.push(`${paragraph.slice(0, space > 0 ? space : left).trimEnd()} …`);
    }
    break;
  }
  return { paragraphs: shown, cut: true };
}
