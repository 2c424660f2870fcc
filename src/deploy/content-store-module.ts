import type { Plugin } from 'vite';

/** The module in which Astro puts the whole content store for the pages to read. */
const contentStoreModule = '\0astro:data-layer-content';
const opening = 'export default JSON.parse(';
const closing = ')';

/** Characters per string literal: V8 compiles one of 1 MB in milliseconds. */
export const pieceLength = 1_000_000;

/**
 * Astro's content-store module, `export default JSON.parse("…")`, with its one string literal
 * cut into literals of at most `pieceLength` characters joined when the module runs; the value
 * is the same. V8's time to compile a single string literal grows with the square of its
 * length: the 80 MB store of a 10,000-entry site took a minute to compile, every build, before
 * the first page rendered, and its pieces take about two seconds. Any other code is returned
 * as it is (`undefined`).
 */
export function cutStringLiteral(code: string): string | undefined {
  if (!code.startsWith(opening) || !code.endsWith(closing)) return undefined;
  const text: unknown = JSON.parse(code.slice(opening.length, -closing.length));
  if (typeof text !== 'string') return undefined;
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += pieceLength) {
    pieces.push(JSON.stringify(text.slice(start, start + pieceLength)));
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
