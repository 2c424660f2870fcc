import GithubSlugger from 'github-slugger';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every relative link in the README and in docs/ leads to a file of the repository, and every
 * #fragment to a heading of its file, as GitHub names them (the site's Markdown names the guide's
 * headings the same way).
 */
const root = resolve(import.meta.dirname, '../..');
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text without code blocks and code spans, where a link is an example, not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The fragment names of a Markdown file's headings. */
function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = prose(markdown).match(/^#{1,6} .+$/gm) ?? [];
  return new Set(headings.map((line) => slugger.slug(line.replace(/^#+ /, ''))));
}

/** Link targets that are neither web addresses, mail addresses nor the site's own paths. */
function relativeLinks(markdown: string): string[] {
  const targets = [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
    (match) => match[1]!,
  );
  return targets.filter((target) => !/^(?:[a-z]+:|\/)/i.test(target));
}

describe.each(files)('%s', (file) => {
  const markdown = readFileSync(join(root, file), 'utf8');

  it('links only to files and headings that exist', () => {
    const broken = relativeLinks(markdown).filter((target) => {
      const [path = '', fragment] = target.split('#');
      const targetFile = path
        ? join(dirname(join(root, file)), decodeURIComponent(path))
        : join(root, file);
      if (!existsSync(targetFile)) return true;
      if (fragment === undefined || !statSync(targetFile).isFile()) return false;
      if (!targetFile.endsWith('.md')) return false;
      return !anchors(readFileSync(targetFile, 'utf8')).has(decodeURIComponent(fragment));
    });
    expect(broken, `broken links in ${relative(root, join(root, file))}`).toEqual([]);
  });
});
