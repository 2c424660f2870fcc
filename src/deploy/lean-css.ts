import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import purgeCSS from '@fullhuman/postcss-purgecss';
import htmlTags from 'html-tags';
import type { Plugin, Root } from 'postcss';
import { quotedWords, readCustomProperties, wordsOf } from '../lib/css-custom-properties.ts';

/**
 * The shared stylesheet, which brings in the whole Designsystemet theme and every rule of the
 * component files it imports. Only this sheet is trimmed: the components' own `<style>` blocks
 * hold nothing unused.
 */
const sharedSheet = resolve('src/styles/global.css');

/**
 * Designsystemet features the site never renders, whose rules PurgeCSS cannot tell apart from
 * used ones (their words, such as "switch" or "data", appear in any code). Each names the
 * markup that would bring the feature in; a unit test fails as soon as the site's code or
 * content holds that markup, so the rules come back before anything looks broken.
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
    markup: /type=["']date["']|['"]date['"]\s*[,;)}]/,
  },
];

/** Removes the selectors of `unrenderedFeatures`, and each rule left without any. */
function dropUnrendered(root: Root): void {
  root.walkRules((rule) => {
    const kept = rule.selectors.filter(
      (selector) => !unrenderedFeatures.some((feature) => feature.selector.test(selector)),
    );
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
}

/** Files of the site's code whose words may name a class, an attribute or a value in the sheet. */
const sourceFile = /\.(astro|ts|tsx|js|mjs|mdx|md|yaml|yml|json)$/;

/** Every file below `dir` the test accepts, or none when the folder does not exist. */
function filesBelow(dir: string, accept: RegExp): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => accept.test(file))
      .map((file) => join(dir, file));
  } catch {
    return [];
  }
}

/**
 * A PostCSS plugin that drops, from the shared stylesheet only, the rules whose classes,
 * attributes and values appear nowhere in the site's code, content or configuration, and the
 * theme's custom properties nobody reads. PurgeCSS keeps a rule as soon as each of its words
 * appears anywhere in those files, so it errs on the side of keeping. Markdown writes elements
 * (tables, quotes, lists) no source file names, so every HTML element is kept; a custom
 * property read in a component's own styles (a file of its own at build time) is kept too.
 */
export function leanCss(options: { srcDir: string; contentDir: string; siteConfig: string }): Plugin {
  const content = [
    ...filesBelow(options.srcDir, sourceFile),
    ...filesBelow(options.contentDir, sourceFile),
    options.siteConfig,
  ];
  const readElsewhere = new Set<string>();
  for (const file of filesBelow(options.srcDir, /\.(astro|ts|css)$/)) {
    for (const name of readCustomProperties(readFileSync(file, 'utf8'))) readElsewhere.add(name);
  }
  const purge = purgeCSS({
    content,
    // In code, a word may still name a class, an element or an attribute, but an attribute's
    // value only counts when quoted, so `[data-color=success]` goes unless some file writes
    // "success" as a string. Content and data files keep the default: every word counts.
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
      standard: [...htmlTags, ':root', 'html', 'body'],
      variables: [...readElsewhere],
    },
  }) as Plugin & { OnceExit?: (root: Root, helpers: unknown) => Promise<void> };
  return {
    postcssPlugin: 'lean-css',
    async OnceExit(root, helpers) {
      const file = root.source?.input.file;
      if (!file || relative(sharedSheet, resolve(file)) !== '') return;
      dropUnrendered(root);
      await purge.OnceExit?.(root, helpers);
    },
  };
}
