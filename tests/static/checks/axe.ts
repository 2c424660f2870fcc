// axe-core in jsdom: the WCAG 2.0/2.1 A and AA rules that read the document alone, on every page.
// jsdom lays nothing out (every box is 0×0 at 0,0) and loads no stylesheet, so the rules that
// depend on where or how an element is drawn are left to the browser, which runs axe with
// layout once per page type and state (tests/e2e/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BuiltPage, BuiltSite } from '../../support/pages.ts';

/** The WCAG tags the browser's axe runs with; the same set here. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules of those tags that jsdom cannot decide, each with the reason; they run in the browser.
 * Every other rule of the tags runs here.
 */
export const layoutRules: Record<string, string> = {
  'color-contrast': 'needs the colours as drawn: the stylesheets, stacking and boxes',
  'link-in-text-block': 'compares the drawn colour of a link with the text around it',
  'css-orientation-lock': "reads the page's stylesheets, which jsdom does not load",
  'scrollable-region-focusable': 'needs scroll sizes, which are 0 without layout',
  'label-content-name-mismatch':
    'tells icon ligatures from text by drawing them on a canvas, which jsdom lacks (it ends in an error)',
};

// The axe source is compiled once per worker and run in each page's window.
const axeScript = new Script(
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  { filename: 'axe.min.js' },
);

const options: RunOptions = {
  runOnly: { type: 'tag', values: wcagTags },
  rules: Object.fromEntries(Object.keys(layoutRules).map((id) => [id, { enabled: false }])),
  resultTypes: ['violations'],
};

/**
 * jsdom computes an element's style anew on every call, matching every rule of its own
 * stylesheet, and axe asks for the same elements' styles many times (visibility walks up the
 * tree): a third of axe's time in jsdom. Nothing changes the document while axe runs, so the
 * first answer per element is kept.
 */
function memoizeComputedStyle(window: JSDOM['window']): void {
  const compute = window.getComputedStyle.bind(window);
  const computed = new WeakMap<Element, CSSStyleDeclaration>();
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    if (pseudo) return compute(element, pseudo);
    let style = computed.get(element);
    if (!style) {
      style = compute(element);
      computed.set(element, style);
    }
    return style;
  };
}

/** axe's violations on one page, as `path: rule: help (targets)`. */
export async function checkAxe(site: BuiltSite, page: BuiltPage): Promise<string[]> {
  const dom = new JSDOM(page.html, {
    url: `${site.origin}${page.path}`,
    runScripts: 'outside-only',
    pretendToBeVisual: false,
    virtualConsole: new VirtualConsole(),
  });
  try {
    memoizeComputedStyle(dom.window);
    axeScript.runInContext(dom.getInternalVMContext());
    const window = dom.window as unknown as {
      axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
    };
    const results = await window.axe.run(dom.window.document, options);
    // A rule that throws in jsdom is reported as incomplete, not failed: it would check nothing.
    const errors = results.incomplete
      .filter((rule) => 'error' in rule)
      .map((rule) => `${page.path}: ${rule.id}: axe could not run the rule in jsdom`);
    return [
      ...results.violations.map(
        (v) =>
          `${page.path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
      ...errors,
    ];
  } finally {
    dom.window.close();
  }
}
