/**
 * Puts values into a UI string's `{name}` placeholders: `fill('Side {page}', { page: 2 })`.
 * A placeholder without a value is an error, so a renamed key cannot leave `{page}` on a page.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`No value for "{${name}}" in the UI string "${template}".`);
    }
    return String(value);
  });
}
