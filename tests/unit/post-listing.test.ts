import { describe, expect, it } from 'vitest';
import { postParagraphs } from '../../src/lib/post-text';
import { paths } from '../../src/lib/urls';

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
