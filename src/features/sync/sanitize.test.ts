import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../build/render-at-sync';
import { capped, escapeMarkdown, htmlToMarkdown, httpsUrl, ItemError, plainText } from './sanitize';

describe('htmlToMarkdown', () => {
  it.each([
    [
      '<p>Hei <strong>du</strong> og <em>deg</em>.</p><p>Neste</p>',
      'Hei **du** og _deg_.\n\nNeste',
    ],
    [
      '<h2>Om stillingen</h2><ul><li>én</li><li>to</li></ul><p>Slutt</p>',
      '### Om stillingen\n\n- én\n- to\n\nSlutt',
    ],
    ['<ol><li>først</li><li>så</li></ol>', '1. først\n1. så'],
    ['Linje<br>neste<br/>', 'Linje\\\nneste'],
    [
      '<p>Les <a href="https://example.org/a(1)">mer</a></p>',
      'Les [mer](https://example.org/a%281%29)',
    ],
    // Hostile input: script and handlers are gone, a javascript: link keeps only its text.
    ['<p onerror="alert(1)">A<script>alert(1)</script><img src=x onerror=alert(1)></p>', 'A'],
    [
      '<a href="javascript:alert(1)">klikk</a> <a href="http://example.org/">http</a>',
      'klikk http',
    ],
    [
      '<style>p{color:red}</style><p>{x} <b>1 < 2</b> & <Foo/></p>',
      '&#123;x&#125; **1 &lt; 2** &amp;',
    ],
    [
      '<p># ikke overskrift</p><p>- ikke liste</p><p>1. ikke nummer</p>',
      '\\# ikke overskrift\n\n\\- ikke liste\n\n1\\. ikke nummer',
    ],
    [
      '<p>![bilde](https://x) [lenke] `kode` *stjerne* _u_</p>',
      '\\!\\[bilde\\](https://x) \\[lenke\\] \\`kode\\` \\*stjerne\\* \\_u\\_',
    ],
  ])('%j', (html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it('gives Markdown the site renders as plain Markdown, never as MDX with markup', () => {
    const hostile =
      '<p>import x from "y"</p><p>export const a = 1</p><p>{alert(1)}</p><p>&lt;script&gt;</p><p>    indented</p>';
    expect(isPlainMarkdown(htmlToMarkdown(hostile))).toBe(true);
  });
});

describe('plainText', () => {
  it.each([
    ['<b>Sykepleier</b>\n i  hjemmetjenesten', 'Sykepleier i hjemmetjenesten'],
    ['Tittel: "med" # tegn\n---\nog mer', 'Tittel: "med" # tegn --- og mer'],
    ['A &amp; B &lt;3', 'A & B <3'],
    ['<script>alert(1)</script>Tekst', 'Tekst'],
    ['null\u0000tegn\u202etest', 'null tegn\u202etest'],
    [42, ''],
  ])('%j → %j', (input, text) => {
    expect(plainText(input)).toBe(text);
  });
});

describe('httpsUrl', () => {
  it.each([
    ['https://example.org/x?y=1', 'https://example.org/x?y=1'],
    [' https://example.org ', 'https://example.org/'],
    ['http://example.org/', undefined],
    ['javascript:alert(1)', undefined],
    ['//example.org/x', undefined],
    ['https://user:pw@example.org/', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, url) => {
    expect(httpsUrl(input)).toBe(url);
  });
});

describe('capped and escapeMarkdown', () => {
  it('refuses a text over the limit, naming the field and both lengths', () => {
    expect(() => capped('x'.repeat(11), 10, 'description')).toThrow(
      new ItemError('description is 11 characters long, over the limit of 10.'),
    );
    expect(capped('ok', 10, 'description')).toBe('ok');
  });
  it('escapes what MDX would read as code', () => {
    expect(escapeMarkdown('<div>{x}</div>')).toBe('&lt;div&gt;&#123;x&#125;&lt;/div&gt;');
  });
});
