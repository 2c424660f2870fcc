/**
 * Facebook's and Instagram's "Download your information" JSON writes every byte of a non-ASCII
 * character's UTF-8 encoding as a character of its own (`"T\u00c3\u00b8mmedagene"` for
 * "Tømmedagene"), so a JSON reader sees "TÃ¸mmedagene". These functions undo that.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text with its double encoding undone. A string with a character above U+00FF cannot be
 * double-encoded, and one whose bytes are not valid UTF-8 was never encoded that way (a real
 * "é" on its own, say): both are returned as they are.
 */
export function repairMojibake(text: string): string {
  // Plain ASCII needs nothing, and most strings of an export are.
  if (!/[\u0080-\u00ff]/.test(text)) return text;
  if (/[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  try {
    return utf8.decode(bytes);
  } catch {
    return text;
  }
}

/** Every string in a parsed JSON value repaired with {@link repairMojibake}; keys too. */
export function repairMojibakeDeep(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) return value.map(repairMojibakeDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [repairMojibake(key), repairMojibakeDeep(inner)]),
    );
  }
  return value;
}
