import type { Plugin } from 'vite';

/** The module in which Astro puts the whole content store for the pages to read. */
const contentStoreModule = '\0astro:data-layer-content';
const opening = 'export default JSON.parse(';
const closing = ')';

/** Characters per string literal, about: V8 compiles one of 1 MB in milliseconds. */
export const pieceLength = 1_000_000;

/** An escape sequence in a string literal is at most six characters long: `\uXXXX`. */
const longestEscape = 6;

/**
 * The first position from `start` where a string literal's source `text` may be cut: not
 * within an escape sequence (no backslash in the six characters before it) and not between
 * the two halves of a character outside the Basic Multilingual Plane.
 */
function cutPoint(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const before = text.slice(Math.max(0, at - longestEscape), at);
    const unit = text.charCodeAt(at - 1);
    if (!before.includes('\\') && !(unit >= 0xd800 && unit <= 0xdbff)) return at;
    at += 1;
  }
  return text.length;
}

/**
 * Astro's content-store module, `export default JSON.parse("…")`, with its one string literal
 * cut into literals of about `pieceLength` characters joined when the module runs; the value
 * is the same. V8's time to compile a single string literal grows with the square of its
 * length: the 80 MB store of a 10,000-entry site took a minute to compile, every build, before
 * the first page rendered, and its pieces take about two seconds. The literal's source is cut
 * as it is, without decoding it, so the store is not held twice more while it is cut. Any
 * other code is returned as it is (`undefined`).
 */
export function cutStringLiteral(code: string): string | undefined {
  if (!code.startsWith(`${opening}"`) || !code.endsWith(`"${closing}`)) return undefined;
  const text = code.slice(opening.length + 1, -closing.length - 1);
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = cutPoint(text, Math.min(start + pieceLength, text.length));
    pieces.push(`"${text.slice(start, end)}"`);
    start = end;
  }
  return `${opening}[\n${pieces.join(',\n')}\n].join(''))`;
}

/** The Vite plugin that applies `cutStringLiteral` to Astro's content-store module. */
export function contentStoreInPieces(): Plugin {
  return {
    name: 'content-store-in-pieces',
    enforce: 'post',
    transform(code, id) {
      if (id !== contentStoreModule) return undefined;
      const cut = cutStringLiteral(code);
      return cut === undefined ? undefined : { code: cut, map: { mappings: '' } };
    },
  };
}
