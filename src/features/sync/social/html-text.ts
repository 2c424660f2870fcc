/**
 * HTML from a source (a Mastodon status, a Flickr description) reduced to the plain text a post
 * is written in. The maintained sanitiser (`sanitize-html`) does the parsing and drops scripts,
 * styles, event handlers and every link that is not https; what it leaves (paragraphs, line
 * breaks and https links, in its own well-formed output) is then written out as text.
 */
import sanitizeHtml from 'sanitize-html';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references in the sanitiser's output turned back into characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** `&`, `<` and `>` written as character references. */
function encodeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A link as text: hashtags and mentions (`#tag`, `@name`) stay as their text, as the site shows
 * them; a link whose text is its own address (in full, or without `https://`, or cut short with
 * "…") becomes the address; any other becomes "text (address)".
 */
function linkText(href: string, inner: string): string {
  const text = inner.trim();
  if (/^[#@]/.test(text)) return text;
  const bare = (value: string) => value.replace(/^(https?:\/\/)?(www\.)?/, '').replace(/…$/, '');
  if (text === '' || bare(href).startsWith(bare(text))) return href;
  return `${text} (${href})`;
}

/** The text of an HTML fragment: paragraphs separated by a blank line, `<br>` as a line break. */
export function htmlToText(html: string): string {
  const clean = sanitizeHtml(html, {
    allowedTags: ['a', 'p', 'br'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['https'],
    allowProtocolRelative: false,
    // Scripts, styles and the like lose their content too, not only their tags.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template'],
  });
  const text = clean
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_, href: string, inner: string) =>
      // Encoded again, so that the one decoding at the end reads every part once.
      encodeEntities(linkText(decodeEntities(href), decodeEntities(inner.replace(/<[^>]*>/g, '')))),
    )
    // A link the sanitiser stripped of its href (javascript:, http:) keeps only its text.
    .replace(/<a>([\s\S]*?)<\/a>/g, '$1')
    .replace(/<br \/>/g, '\n')
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<\/?p>/g, '');
  return (
    decodeEntities(text.replace(/<[^>]*>/g, ''))
      // What a dropped element leaves: two spaces where it was, a space before a line break.
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
