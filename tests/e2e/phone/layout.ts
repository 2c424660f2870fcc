// What a phone shows of a page, measured in the browser in one pass: horizontal overflow, text
// cut off by its box, and words of headings, card titles, fact lists and navigation split across
// two lines without a hyphen. Run with `page.evaluate(measureLayout, layoutArgs)`; the function
// takes everything it needs as its argument, since it runs in the page.
import { addressOrNumber } from '../../../src/build/hyphenate.ts';

/** The elements whose words must break only at a hyphen: hyphenate.ts's hyphenated elements. */
export const wordBreakRoots = 'h1, h2, h3, h4, h5, h6, dl, nav';

/** What measureLayout needs from outside the page. */
export interface LayoutArgs {
  /** CSS selector of the elements whose words are checked. */
  roots: string;
  /** Source of the regular expression of hyphenate.ts that tells an address or number from a word. */
  unhyphenatable: string;
}

export const layoutArgs: LayoutArgs = {
  roots: wordBreakRoots,
  unhyphenatable: addressOrNumber.source,
};

/** The findings on one page as laid out now. */
export interface LayoutReport {
  /** The document's width and the viewport's: wider means horizontal scrolling. */
  scrollWidth: number;
  viewportWidth: number;
  /** Elements reaching past the viewport's right edge or whose text runs out of them (the first few). */
  wide: string[];
  /** Boxes that cut their own text off (overflow hidden or clipped, text wider than the box). */
  clipped: string[];
  /** Words split across two lines without a hyphen, as `element: first part|rest`. */
  splitWords: string[];
  /** Words split at a soft hyphen: what hyphenation did (for the figures, not a failure). */
  hyphenatedBreaks: number;
}

/** Measures the page as laid out now (runs in the browser). */
export function measureLayout({ roots, unhyphenatable }: LayoutArgs): LayoutReport {
  const notWord = new RegExp(unhyphenatable, 'u');
  const viewportWidth = document.documentElement.clientWidth;
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;

  /** Hidden from sight but read out (a one-pixel box), or not drawn at all. */
  const unseen = (element: Element | null): boolean => {
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      if (style.position === 'absolute' && (style.clipPath !== 'none' || style.clip !== 'auto'))
        return true;
    }
    return false;
  };

  const wide: string[] = [];
  const clipped: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || unseen(element)) continue;
    const style = getComputedStyle(element);
    const ownText = [...element.childNodes].some(
      (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim(),
    );
    // A box past the screen's edge, or text running out of its own box.
    const overflows =
      rect.right > viewportWidth + 1 ||
      (ownText && style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1);
    if (overflows && wide.length < 10) wide.push(describe(element));
    const cuts = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (
      cuts &&
      element.scrollWidth > element.clientWidth + 1 &&
      (element.textContent ?? '').trim() &&
      !['IMG', 'VIDEO', 'IFRAME', 'PICTURE', 'svg'].includes(element.tagName)
    ) {
      clipped.push(`${describe(element)}: ${(element.textContent ?? '').trim().slice(0, 60)}`);
    }
  }

  const splitWords: string[] = [];
  let hyphenatedBreaks = 0;
  const range = document.createRange();
  /**
   * The top of the line the character at `index` of `node` is drawn on, or NaN for a character
   * drawn with no width (a soft hyphen where the line does not break). A range that starts where
   * a line breaks also holds an empty box at the end of the line before: only boxes with a width
   * count, the last of them.
   */
  const lineTop = (node: Text, index: number) => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    return rects.length ? (rects.at(-1) as DOMRect).top : Number.NaN;
  };
  for (const root of document.querySelectorAll(roots)) {
    if (root.parentElement?.closest(roots)) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (unseen(node.parentElement)) continue;
      const text = node.data;
      for (const token of text.matchAll(/\S+/gu)) {
        if (notWord.test(token[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))) continue;
        for (const word of token[0].matchAll(/[\p{L}\p{M}\u00AD]+/gu)) {
          const start = (token.index ?? 0) + (word.index ?? 0);
          const end = start + word[0].length;
          range.setStart(node, start);
          range.setEnd(node, end);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (new Set(rects.map((r) => Math.round(r.top))).size < 2) continue;
          // Each line change between two drawn characters: at a soft hyphen, or not.
          let last = start;
          let lastTop = Number.NaN;
          for (let i = start; i < end; i++) {
            const top = lineTop(node, i);
            if (Number.isNaN(top)) continue;
            if (top > lastTop + 1) {
              if (text.slice(last, i).includes('\u00AD')) hyphenatedBreaks += 1;
              else {
                splitWords.push(
                  `${describe(node.parentElement as Element)}: ${text.slice(start, i)}|${text.slice(i, end)}`.replaceAll(
                    '\u00AD',
                    '',
                  ),
                );
              }
            }
            last = i;
            lastTop = top;
          }
        }
      }
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    viewportWidth,
    wide,
    clipped,
    splitWords,
    hyphenatedBreaks,
  };
}
