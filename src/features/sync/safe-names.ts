import { isAbsolute, relative, resolve } from 'node:path';
import { slug } from 'github-slugger';
import { ItemError } from './sanitize.ts';

/** Longest id kept from a source, in characters. */
const maxIdLength = 64;
/** Longest file name stem the sync writes. */
const maxStemLength = 80;

/** Norwegian letters as they are written in addresses: æ → ae, ø → o, å → a. */
const transliterate = (text: string) =>
  text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');

/**
 * A source's id made safe for a file name and a URL: lowercase letters, digits and hyphens, at
 * most 64 characters. An id with a path in it (`../x`, `a/b`) never becomes a path; an id that
 * leaves nothing behind is refused.
 */
export function safeId(raw: unknown): string {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
  if (!text.trim()) throw new ItemError('the item has no id.');
  if (text.length > 200) throw new ItemError(`the id is ${text.length} characters long.`);
  const id = transliterate(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxIdLength)
    .replace(/-+$/, '');
  if (!id) throw new ItemError(`the id "${text.slice(0, 40)}" has no letter or digit.`);
  return id;
}

/**
 * The file name stem of a new entry: the title's slug and the source's id, so a reader sees what
 * the file is and two ads with one title never share a file (`sykepleier-tune-jobbnorge-12345`).
 */
export function entryStem(title: string, system: string, id: string): string {
  const tail = `${safeId(system)}-${safeId(id)}`;
  const head = slug(transliterate(title))
    .normalize('NFKD')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, Math.max(0, maxStemLength - tail.length - 1))
    .replace(/-+$/, '');
  return head ? `${head}-${tail}` : tail;
}

/** `name` inside `dir`, or an error when the joined path would leave the folder. */
export function pathInside(dir: string, name: string): string {
  const path = resolve(dir, name);
  const rel = relative(resolve(dir), path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ItemError(`"${name}" is not a file name inside ${dir}.`);
  }
  return path;
}
