import { describe, expect, it } from 'vitest';
import { excerptLength, postExcerpt, postParagraphs } from './post-text';
import { paths } from '../../core/urls';

describe.each([
  [1, '/kanaler/'],
  [2, '/kanaler/side/2/'],
  [7, '/kanaler/side/7/'],
])('paths.channelsPage(%i)', (page, expected) => {
  it(`is ${expected}`, () => expect(paths.channelsPage(page)).toBe(expected));
});

describe.each<[string | undefined, string[]]>([
  [undefined, []],
  ['\n\n  \n', []],
  ['Én linje.', ['Én linje.']],
  ['Første.\n\nAndre.\n', ['Første.', 'Andre.']],
  ['Linje 1\nLinje 2', ['Linje 1\nLinje 2']],
  ['A\r\n\r\nB', ['A', 'B']],
  ['<script>alert(1)</script>', ['<script>alert(1)</script>']],
  ['Vi \\<3 Testvik \\{ og \\}', ['Vi <3 Testvik { og }']],
  ['C:\\mappe', ['C:\\mappe']],
])('postParagraphs(%j)', (text, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(postParagraphs(text)).toEqual(expected));
});

describe('postExcerpt', () => {
  const words = (count: number, word = 'ord') =>
    Array.from({ length: count }, () => word).join(' ');

  it('keeps a text of at most the limit whole', () => {
    const text = ['a'.repeat(10), 'b'.repeat(10)];
    expect(postExcerpt(text, 20)).toEqual({ paragraphs: text, cut: false });
  });

  it('cuts a single long paragraph at the last space within the limit, with "…"', () => {
    // "ord ord …": 3 characters per word and a space between.
    const { paragraphs, cut } = postExcerpt([words(10)], 10);
    expect(cut).toBe(true);
    expect(paragraphs).toEqual(['ord ord …']);
  });

  it('cuts a word that has no space before the limit at the limit', () => {
    expect(postExcerpt(['x'.repeat(30)], 10).paragraphs).toEqual([`${'x'.repeat(10)} …`]);
  });

  it('cuts at a line break inside a paragraph as at a space', () => {
    expect(postExcerpt(['ord ord\nord ord'], 9).paragraphs).toEqual(['ord ord …']);
  });

  it('keeps the paragraphs that fit and the start of the next when much room is left', () => {
    const { paragraphs } = postExcerpt(['a'.repeat(40), words(50)], 100);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toBe('a'.repeat(40));
    expect(paragraphs[1]).toMatch(/^ord( ord)* …$/);
    expect(paragraphs[1]!.length).toBeLessThanOrEqual(60 + 2);
  });

  it('ends after the last whole paragraph when little room is left for the next', () => {
    const { paragraphs, cut } = postExcerpt(['a'.repeat(95), words(50)], 100);
    expect(cut).toBe(true);
    expect(paragraphs).toEqual(['a'.repeat(95)]);
  });

  it(`shows at most ${excerptLength} characters of text by default`, () => {
    const { paragraphs, cut } = postExcerpt([words(100), words(100), words(100)]);
    expect(cut).toBe(true);
    const shown = paragraphs.join('').replace(/ …$/, '');
    expect(shown.length).toBeLessThanOrEqual(excerptLength);
    expect(shown.length).toBeGreaterThan(excerptLength - 10);
  });
});
