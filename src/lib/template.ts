/**
 * Fills `{name}` placeholders in a dictionary string: `fill('Innen {time}', { time: '2 timer' })`.
 * A placeholder without a value is an error, so a renamed key never shows up as "{time}".
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`No value for "{${name}}" in the text "${template}".`);
    }
    return String(value);
  });
}
