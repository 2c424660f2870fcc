// Puts soft hyphens into the long words of every built page's headings, card titles, fact lists
// and navigation (see hyphenate.ts). `npm run build` runs it last, after Pagefind has indexed the
// pages and the vocabulary has been read from that index, so the search keeps the plain words;
// feeds, calendars and the structured data are other files or scripts, which it never changes.
// Astro empties the output folder before each build and copies reused pages from its cache
// folder, which holds them as rendered, so every page is hyphenated exactly once.
// Usage: node src/build/hyphenate-site.ts [site folder, default dist]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hyphenateHtml } from './hyphenate.ts';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
let pages = 0;
let runs = 0;
for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  const path = join(site, file);
  const html = readFileSync(path, 'utf8');
  const { html: hyphenated, changed } = hyphenateHtml(html);
  if (changed === 0) continue;
  writeFileSync(path, hyphenated);
  pages += 1;
  runs += changed;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Hyphenation: ${runs} text runs in ${pages} pages of ${site} (${seconds} s)`);
