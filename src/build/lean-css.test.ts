import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { leanCss, unrenderedFeatures } from './lean-css';

const fixture = resolve(import.meta.dirname, '../../tests/fixtures/lean-css');
const sheet = join(fixture, 'src/styles/global.css');

const css = `
:root { --used: 1px; --unused: 2px; --chain: 3px; --via-chain: var(--chain); --read-in-component: red; }
.card { margin: var(--used); padding: var(--via-chain); }
.missing { color: red; }
[data-color=warning] { color: orange; }
[data-color=success] { color: green; }
[data-tone=calm] { color: blue; }
table td { padding: 0; }
blockquote > p { margin: 0; }
.card > data { display: block; }
.card textarea { resize: none; }
.card [role=switch] { width: 2em; }
:is(.card,.gone):not([hidden]) { display: grid; }
.card:where(:visited) { color: purple; }
:where(.card,.gone)>:first-child { margin: 0; }
.missing:hover { color: red; }
.card:not([size],select:where([data-width=auto])) { width: 100%; }
.card:has(> :is(img,video)) { padding: 0; }
.missing:not(:where(.card)) { color: red; }
`;

/** The selectors and custom properties left after trimming `css` as the shared sheet. */
async function trim(contentDir: string, from = sheet) {
  const plugin = leanCss({
    srcDir: join(fixture, 'src'),
    contentDir: join(fixture, contentDir),
    siteConfig: join(fixture, 'site.config.ts'),
    sheet,
  });
  const result = await postcss([plugin]).process(css, { from });
  const selectors: string[] = [];
  const properties: string[] = [];
  result.root.walkRules((rule) => void selectors.push(rule.selector));
  result.root.walkDecls(/^--/, (decl) => void properties.push(decl.prop));
  return { selectors, properties, css: result.css };
}

const plain = await trim('content');
const withTextarea = await trim('content-textarea');

describe.each([
  ['a class the markup uses', '.card', true],
  ['a class nobody uses', '.missing', false],
  ['a value a component writes quoted', '[data-color=warning]', true],
  ['a value the code only names outside a string', '[data-color=success]', false],
  ['a value a content file names', '[data-tone=calm]', true],
  ['elements Markdown writes', 'table td', true],
  ['elements Markdown writes, nested', 'blockquote > p', true],
  ['suggestion chips no file renders', '.card > data', false],
  ['a text field no file renders', '.card textarea', false],
  ['a switch no file renders', '.card [role=switch]', false],
  ['a used class in :is() before :not()', ':is(.card):not([hidden])', true],
  ['a used class with a pseudo-class in :where()', '.card:where(:visited)', true],
  ['a used class in :where() before a pseudo-class', ':where(.card)>:first-child', true],
  ['an unused class with a pseudo-class', '.missing:hover', false],
  [
    'a used class whose :not() names something unused',
    '.card:not([size],select:where([data-width=auto]))',
    true,
  ],
  ['a used class with :has()', '.card:has(> :is(img,video))', true],
  ['an unused class before a :not()', '.missing:not(:where(.card))', false],
])('the shared sheet keeps %s', (_name, selector, kept) => {
  it(`${kept ? 'keeps' : 'drops'} ${selector}`, () => {
    expect(plain.selectors.includes(selector)).toBe(kept);
  });
});

describe.each([
  ['read by a kept rule', '--used', true],
  ['read by nobody', '--unused', false],
  ['read by another kept property', '--chain', true],
  ['read only in a component style block', '--read-in-component', true],
])('a custom property %s', (_name, property, kept) => {
  it(`is ${kept ? 'kept' : 'dropped'}: ${property}`, () => {
    expect(plain.properties.includes(property)).toBe(kept);
  });
});

describe('features with markup in the content', () => {
  it('keeps the text field rules once an entry renders a textarea', () => {
    expect(withTextarea.selectors).toContain('.card textarea');
  });
  it('still drops the features nothing renders', () => {
    expect(withTextarea.selectors).not.toContain('.card > data');
  });
});

describe('other stylesheets', () => {
  it('pass unchanged', async () => {
    const other = await trim('content', join(fixture, 'src/styles/other.css'));
    expect(other.css).toBe(css);
  });
});

describe.each(unrenderedFeatures)('the unrendered feature "$name"', (feature) => {
  // A pattern that matches nothing in the package any more would silently stop trimming.
  const files = ['input.css', 'search.css'];
  const packageCss = files
    .map((file) => readFileSync(`node_modules/@digdir/designsystemet-css/dist/src/${file}`, 'utf8'))
    .join('\n');
  it('still matches a selector of the Designsystemet component styles', () => {
    const selectors: string[] = [];
    postcss.parse(packageCss).walkRules((rule) => void selectors.push(...rule.selectors));
    expect(selectors.some((selector) => feature.selector.test(selector))).toBe(true);
  });
});
