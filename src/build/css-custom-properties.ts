/** The custom properties (`--name`) a piece of CSS, markup or script reads through `var()`. */
export function readCustomProperties(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/var\(\s*(--[\w-]+)/g)) names.add(match[1] as string);
  return names;
}

/** The words of a text that may name a class, an element, an id or an attribute. */
export function wordsOf(text: string): string[] {
  return text.match(/[\w-]+/g) ?? [];
}

/**
 * The words inside string literals and quoted attributes of a source file: the only places a
 * component or a script can write an attribute's value (`data-color="warning"`,
 * `aria-current={current ? 'page' : undefined}`, `dataset['size'] = 'xs'`).
 */
export function quotedWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'|`([^`]*)`/g)) {
    const literal = match[1] ?? match[2] ?? match[3] ?? '';
    words.push(literal.trim(), ...wordsOf(literal));
  }
  return words.filter(Boolean);
}
