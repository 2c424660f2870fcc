import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Front matter of an MDX file, or the whole of a YAML file. */
export function readEntryData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return parse(frontMatter ? (frontMatter[1] ?? '') : text);
}
