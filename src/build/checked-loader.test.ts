import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFileNames, dataFiles, markdownFiles } from './checked-loader';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'collection-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const files = (...names: string[]) => {
  for (const name of names) {
    mkdirSync(join(base, name, '..'), { recursive: true });
    writeFileSync(join(base, name), '---\ntitle: x\n---\n');
  }
};

describe('checkFileNames', () => {
  it.each([
    [['a.mdx', 'b.md', 'a-poster.png', 'a.vtt', '.gitkeep', '.sync/x.json'], markdownFiles],
    [['a.yaml', 'b.yml', 'c.json'], dataFiles],
  ])('accepts %j', (names, reads) => {
    files(...names);
    expect(() => checkFileNames(base, reads)).not.toThrow();
  });

  it.each([
    [['x.mdx', 'x.md'], markdownFiles, /x\.md and .*x\.mdx both become the entry "x"/],
    [['Stilling.mdx', 'stilling.mdx'], markdownFiles, /both become the entry "stilling"/],
    [['a b.mdx', 'a-b.mdx'], markdownFiles, /both become the entry "a-b"/],
    [['kanal.yaml', 'kanal.yml'], dataFiles, /both become the entry "kanal"/],
    [
      ['nyhet.markdown'],
      markdownFiles,
      /nyhet\.markdown: this file is not read.*\.mdx or \.md file/,
    ],
    [['kanal.yaml'], markdownFiles, /kanal\.yaml: this file is not read/],
    [['yrke.mdx'], dataFiles, /yrke\.mdx: this file is not read.*\.yaml file/],
  ])('refuses %j, naming the files', (names, reads, message) => {
    files(...names);
    expect(() => checkFileNames(base, reads)).toThrow(message);
  });
});
