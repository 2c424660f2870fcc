import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';

describe.each([
  ['<p>Hei</p><p>på deg</p>', 'Hei\n\npå deg'],
  ['<p>linje én<br>linje to</p>', 'linje én\nlinje to'],
  // Mastodon's shortened link: the visible text is cut, the address is kept whole.
  [
    '<p><a href="https://www.testvik.example/brøytekart"><span class="invisible">https://www.</span><span class="ellipsis">testvik.example/brøyt</span><span class="invisible">ekart</span></a></p>',
    'https://www.testvik.example/brøytekart',
  ],
  [
    '<a href="https://www.testvik.example/a">testvik.example/a…</a>',
    'https://www.testvik.example/a',
  ],
  [
    '<a href="https://www.testvik.example/kart">brøytekartet</a>',
    'brøytekartet (https://www.testvik.example/kart)',
  ],
  // Hashtags and mentions stay text, as the site shows them.
  [
    '<a href="https://m.example/tags/v%C3%A6r" class="mention hashtag">#<span>vær</span></a>',
    '#vær',
  ],
  [
    '<span class="h-card"><a href="https://m.example/@drift" class="u-url mention">@<span>drift</span></a></span>',
    '@drift',
  ],
  // Hostile: scripts go with their content, handlers and non-https links with their markup.
  ['<p>a<script>alert(1)</script>b</p>', 'ab'],
  ['<img src="x" onerror="alert(1)">bilde', 'bilde'],
  ['<a href="javascript:alert(1)">klikk</a>', 'klikk'],
  ['<a href="http://www.testvik.example/">usikker</a>', 'usikker'],
  ['<a href="//evil.example/">relativ</a>', 'relativ'],
  ['<p>5 &lt; 6 &amp;&amp; &quot;sitat&quot; &#x2764;</p>', '5 < 6 && "sitat" ❤'],
  ['<p>&amp;lt;script&amp;gt;</p>', '&lt;script&gt;'],
])('htmlToText(%j)', (html, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(htmlToText(html)).toBe(expected));
});
