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
