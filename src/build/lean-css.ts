import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import purgeCSS from '@fullhuman/postcss-purgecss';
import htmlTags from 'html-tags';
import type { AstroIntegration } from 'astro';
import type { Plugin, Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { quotedWords, readCustomProperties, wordsOf } from './css-custom-properties.ts';

/**
 * Designsystemet features whose rules PurgeCSS cannot tell apart from used ones (their words,
 * such as "switch" or "data", appear in any code or text). Each names the markup that brings
 * the feature in: its rules are dropped only while no file of the site's code or content holds
 * that markup, so a component or an MDX entry that starts using one gets its styles back.
 */
export const unrenderedFeatures = [
  {
    name: 'the switch (a checkbox with role="switch")',
    selector: /\[role=["']?switch/,
    markup: /role=["']switch["']/,
  },
  {
    name: 'the search field with suggestions (chips, a list and its toggle button)',
    selector: /u-datalist|>\s*data(?![\w-])|button\[aria-expanded\]|input\[aria-expanded=true\]/,
    markup: /<u-datalist|<u-combobox|<data[\s>]|ds-suggestion/,
  },
  {
    name: 'the multi-line text field',
    selector: /textarea/,
    markup: /<textarea|['"]textarea['"]/,
  },
  {
    name: 'the date field',
    selector: /\[type=["']?date\b/,
    markup: /type=["']date["']/,
  },
];

/** Files whose words may name a class, an element, an attribute or a value in the sheet. */
const sourceFile = /\.(astro|ts|tsx|js|mjs|mdx|md|yaml|yml|json)$/;

/** Whether a file below `src/` may be a test (`*.test.ts`, beside the code it tests). */
function isTest(file: string): boolean {
  return /\.test\.ts$/.test(file);
}

/** Whether the file can put markup on a page: not build, deployment, editor or test code. */
function rendersOnPage(srcDir: string, file: string): boolean {
  return !/^(build|deploy|features[/\\]editor)[/\\]/.test(relative(srcDir, file)) && !isTest(file);
}

/** Every file below `dir` whose name the pattern accepts, or none when the folder is missing. */
function filesBelow(dir: string, accept: RegExp): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => accept.test(file))
      .map((file) => join(dir, file));
  } catch {
    return [];
  }
}

/** Removes the selectors matching any of the patterns, and each rule left without a selector. */
function dropSelectors(root: Root, patterns: RegExp[]): void {
  if (patterns.length === 0) return;
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !patterns.some((re) => re.test(selector)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
}

/**
 * Swaps the argument of every `:not()`, `:has()` and other functional pseudo-class except
 * `:is()` and `:where()` for a placeholder, and returns the originals. PurgeCSS ignores what
 * such an argument names, but still looks into an `:is()` or `:where()` nested in it and then
 * drops the whole selector when that comes out empty: `.ds-input:not([size],
 * select:where([data-width=auto]))`, which sizes every field, would go.
 */
function hideArguments(root: Root): Map<string, string> {
  const hidden = new Map<string, string>();
  root.walkRules((rule) => {
    if (!rule.selector.includes('(')) return;
    rule.selector = selectorParser((selectors) => {
      const outermost: selectorParser.Pseudo[] = [];
      selectors.walkPseudos((pseudo) => {
        if (pseudo.nodes.length === 0 || [':is', ':where'].includes(pseudo.value)) return;
        let parent = pseudo.parent;
        while (parent && !outermost.includes(parent as selectorParser.Pseudo)) {
          parent = parent.parent;
        }
        if (!parent) outermost.push(pseudo);
      });
      for (const pseudo of outermost) {
        const key = `:lean-css-${hidden.size}`;
        hidden.set(key, pseudo.toString().trim());
        pseudo.replaceWith(selectorParser.pseudo({ value: key }));
      }
    }).processSync(rule.selector);
  });
  return hidden;
}

/** Puts back the arguments `hideArguments` swapped for placeholders. */
function restoreArguments(root: Root, hidden: Map<string, string>): void {
  if (hidden.size === 0) return;
  root.walkRules((rule) => {
    rule.selector = rule.selector.replace(/:lean-css-\d+/g, (key) => hidden.get(key) ?? key);
  });
}

/** Where the site's code, content and configuration are, and which sheet to trim. */
export interface LeanCssOptions {
  /** The site's code (`src/`); its build, deployment and editor code and tests render no page. */
  srcDir: string;
  /** The content folder the site is built from. */
  contentDir: string;
  /** The site configuration file the site is built with. */
  siteConfig: string;
  /** The stylesheet to trim; every other sheet passes unchanged. */
  sheet?: string;
}

/**
 * A PostCSS plugin that drops, from the shared stylesheet only, the rules whose classes,
 * elements, attributes and values appear nowhere in the site's code, content or configuration,
 * and the theme's custom properties nobody reads. PurgeCSS keeps a rule as soon as each of its
 * words appears anywhere in those files, so it errs on the side of keeping. Markdown writes
 * elements (tables, quotes, lists) no source file names, so every HTML element is kept; a
 * custom property read in a component's own styles (a sheet of its own at build time) is kept.
 */
export function leanCss(options: LeanCssOptions): Plugin {
  const sheet = resolve(options.sheet ?? join(options.srcDir, 'styles/global.css'));
  const content = [
    ...filesBelow(options.srcDir, sourceFile).filter((file) => rendersOnPage(options.srcDir, file)),
    ...filesBelow(options.contentDir, sourceFile),
    options.siteConfig,
  ];
  // Each file is read once, here, and handed to PurgeCSS as it is (at thousands of entries a
  // second reading by PurgeCSS doubled the work).
  const texts = content.map((file) => readFileSync(file, 'utf8'));
  const raw = content.map((file, index) => ({
    raw: texts[index]!,
    extension: extname(file).slice(1),
  }));
  const unrendered = unrenderedFeatures
    .filter((feature) => !texts.some((text) => feature.markup.test(text)))
    .map((feature) => feature.selector);
  const readElsewhere = new Set<string>();
  for (const file of filesBelow(options.srcDir, /\.(astro|ts|css)$/)) {
    if (resolve(file) === sheet || isTest(file)) continue;
    for (const name of readCustomProperties(readFileSync(file, 'utf8'))) readElsewhere.add(name);
  }
  const purge = purgeCSS({
    content: raw,
    // In code a word may name a class, an element or an attribute, but an attribute's value
    // only counts when quoted, so a rule for one colour goes unless some file writes that
    // colour's name as a string. In content and data files every word counts.
    extractors: [
      {
        extensions: ['astro', 'ts', 'tsx', 'js', 'mjs'],
        extractor: (text: string) => {
          const words = wordsOf(text);
          return {
            attributes: { names: words, values: quotedWords(text) },
            classes: words,
            ids: words,
            tags: words,
            undetermined: [],
          };
        },
      },
    ],
    variables: true,
    safelist: {
      // A selector part that is only a pseudo-class (`:is(…):not([hidden])`, `:where(:hover)`)
      // counts as found; PurgeCSS would otherwise drop a selector made of nothing else.
      standard: [...htmlTags, ':root', 'html', 'body', /^:/],
      variables: [...readElsewhere],
    },
  }) as Plugin & { OnceExit?: (root: Root, helpers: unknown) => Promise<void> };
  return {
    postcssPlugin: 'lean-css',
    async OnceExit(root, helpers) {
      const file = root.source?.input.file;
      if (!file || resolve(file) !== sheet) return;
      dropSelectors(root, unrendered);
      const hidden = hideArguments(root);
      await purge.OnceExit?.(root, helpers);
      restoreArguments(root, hidden);
    },
  };
}

/**
 * Trims the shared stylesheet in `astro build` only: the development server keeps the whole
 * sheet, so a class a component starts using shows before the server is restarted.
 */
export function leanCssIntegration(options: LeanCssOptions): AstroIntegration {
  return {
    name: 'lean-css',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { css: { postcss: { plugins: [leanCss(options)] } } } });
      },
    },
  };
}
