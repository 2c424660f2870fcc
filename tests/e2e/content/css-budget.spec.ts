import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { gzipLevel, gzipSize, linkedStylesheets } from '../../support/page-css';
import { distDir, htmlFiles } from '../site';

/** The most CSS a page may load, gzip-compressed as nginx sends it. */
const budget = 12 * 1024;

const level = gzipLevel(
  readFileSync(resolve(import.meta.dirname, '../../../src/deploy/nginx.conf'), 'utf8'),
);

/**
 * Every built page for visitors (the browser editor at /admin/ brings its own styles) loads at
 * most `budget` bytes of CSS: the sum of the stylesheets it links, each counted once, as nginx
 * compresses them. No file or network is needed beyond the built site, so this runs on any
 * content.
 */
test(`every page loads at most ${budget / 1024} KB of compressed CSS`, () => {
  const sizes = new Map<string, number>();
  const over: string[] = [];
  let largest = { page: '', bytes: 0 };
  for (const file of htmlFiles().filter((name) => !name.startsWith('admin/'))) {
    const html = readFileSync(join(distDir, file), 'utf8');
    let bytes = 0;
    for (const href of linkedStylesheets(html)) {
      const path = join(distDir, new URL(href, 'https://site.invalid/').pathname);
      expect(existsSync(path), `${file} links ${href}, which is not in the built site`).toBe(true);
      if (!sizes.has(path)) sizes.set(path, gzipSize(readFileSync(path), level));
      bytes += sizes.get(path) ?? 0;
    }
    if (bytes > largest.bytes) largest = { page: file, bytes };
    if (bytes > budget) over.push(`${file}: ${bytes} bytes`);
  }
  expect(over, `pages over ${budget} bytes of CSS (gzip level ${level})`).toEqual([]);
  test.info().annotations.push({
    type: 'largest',
    description: `${largest.page}: ${largest.bytes} bytes`,
  });
});
