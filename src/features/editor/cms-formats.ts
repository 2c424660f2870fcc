/**
 * How the browser editor reads and writes content files. Decap CMS's own front-matter
 * formatter rewrites every file it saves (quotes, list style, comments), so opening and saving
 * an unchanged entry would still change it. These formats remember each file as it was read
 * and give back those exact bytes when the data has not changed; only an edited entry is
 * written anew.
 */
import { parse, stringify } from 'yaml';

/** A Decap CMS file format: text to entry data and back, `order` naming the fields in order. */
export interface EntryFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, order?: readonly string[]): string;
}

/**
 * Puts the keys of `value` and of every object in it in the order the editor's fields come in
 * (`order`), so that a saved entry reads like the form; keys the editor does not know keep
 * their place after them. Decap names nested fields by their path (`contacts.name`), so a
 * nested key is looked up by its path first: a contact's `title` comes after its `name`, not
 * first because the job's own `title` does.
 */
export function inFieldOrder(value: unknown, order: readonly string[], prefix = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, order, prefix));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => {
    const index = order.indexOf(`${prefix}${key}`);
    const plain = index === -1 ? order.indexOf(key) : index;
    return plain === -1 ? order.length : plain;
  };
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, child], index) => ({ key, child, index }))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.index - b.index)
      .map(({ key, child }) => [key, inFieldOrder(child, order, `${prefix}${key}.`)]),
  );
}

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/**
 * Drops what the editor leaves behind in empty optional fields (`''`, `null`, empty lists and
 * objects): the schemas treat a missing optional field as absent, but an empty one as wrong.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const cleaned = withoutEmpty(child);
    if (cleaned === undefined || cleaned === null || cleaned === '') continue;
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    if (typeof cleaned === 'object' && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0)
      continue;
    result[key] = cleaned;
  }
  return result;
}

/**
 * Writes an image the editor stored beside the entry as `./name.png`: the editor gives its
 * file name alone (`name.png`, from `public_folder: './'`), while the content files and
 * Astro's `image()` read paths relative to the entry with `./`. Other paths stay as they are.
 */
export function withRelativeImages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRelativeImages);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === 'src' && typeof child === 'string' && /^[^/:\\]+\.[a-z0-9]+$/i.test(child)
        ? `./${child}`
        : withRelativeImages(child),
    ]),
  );
}

/** JSON with object keys sorted, so that the same data gives the same key in any order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withoutEmpty(value), (_key, child: unknown) =>
    child && typeof child === 'object' && !Array.isArray(child)
      ? Object.fromEntries(Object.entries(child).sort(([a], [b]) => (a < b ? -1 : 1)))
      : child,
  );
}

/** Splits an MDX file into its front matter data and its body (everything after `---`). */
export function parseMdx(text: string): Record<string, unknown> {
  const match = frontMatter.exec(text);
  if (!match) return { body: text };
  const data: unknown = parse(match[1] ?? '');
  return { ...(data && typeof data === 'object' ? data : {}), body: text.slice(match[0].length) };
}

/** Writes entry data as an MDX file: YAML front matter, a blank line, then the body. */
export function stringifyMdx(data: Record<string, unknown>): string {
  const { body, ...meta } = data;
  const text = typeof body === 'string' ? body : '';
  const separated = text === '' || text.startsWith('\n') ? text : `\n${text}`;
  const ended = separated === '' || separated.endsWith('\n') ? separated : `${separated}\n`;
  const front = withRelativeImages(withoutEmpty(meta));
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${ended}`;
}

/** Parses a YAML data file (channels, professions). */
export function parseYamlEntry(text: string): Record<string, unknown> {
  const data: unknown = parse(text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** Writes a YAML data file. */
export function stringifyYamlEntry(data: Record<string, unknown>): string {
  return stringify(withoutEmpty(data), { lineWidth: 0 });
}

/**
 * A format that returns a file's original text when it is saved with the data it was read
 * with, and writes it with `write` otherwise. `same` maps the data to what the file would
 * hold, for forms where two states of a field mean the same (a switch turned on and off);
 * `nestedOrder` gives the nested fields' paths in the form's order (`nestedFieldPaths()`).
 */
export function preservingFormat(
  read: (text: string) => Record<string, unknown>,
  write: (data: Record<string, unknown>) => string,
  same: (data: Record<string, unknown>) => unknown = (data) => data,
  nestedOrder: readonly string[] = [],
): EntryFormat {
  // Keyed by the data's canonical JSON, since Decap hands toFile() the data but not the path.
  const originals = new Map<string, string>();
  return {
    fromFile(text) {
      const data = read(text);
      originals.set(canonicalJson(same(data)), text);
      return data;
    },
    toFile(data, order = []) {
      return (
        originals.get(canonicalJson(same(data))) ??
        write(inFieldOrder(data, [...order, ...nestedOrder]) as Record<string, unknown>)
      );
    },
  };
}
