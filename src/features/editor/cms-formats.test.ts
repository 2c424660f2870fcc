import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  inFieldOrder,
  parseMdx,
  parseYamlEntry,
  preservingFormat,
  stringifyMdx,
  stringifyYamlEntry,
  withoutEmpty,
  withRelativeImages,
} from './cms-formats';

const fixtures = new URL('../../../tests/fixtures/cms/content/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, fixtures), 'utf8');

describe.each([
  ['an MDX video', 'videos/renholder.mdx', parseMdx, stringifyMdx],
  ['a plan chapter with imports and components', 'plan/kapittel.mdx', parseMdx, stringifyMdx],
  ['a YAML file with a comment', 'professions/renholder.yaml', parseYamlEntry, stringifyYamlEntry],
] as const)('the editor format for %s', (_name, file, parse, write) => {
  it('gives back the same bytes when the data is unchanged', () => {
    const format = preservingFormat(parse, write);
    const text = read(file);
    const data = format.fromFile(text);
    // Decap hands the data back as a copy, its keys in the form's order.
    const copy = inFieldOrder(structuredClone(data), ['body', 'title', 'name']);
    expect(format.toFile(copy as Record<string, unknown>)).toBe(text);
  });

  it('writes a changed entry anew, keeping what did not change', () => {
    const format = preservingFormat(parse, write);
    const data = format.fromFile(read(file));
    const changed = { ...data, example: false };
    const text = format.toFile(changed);
    expect(parse(text)).toEqual(withoutEmpty(changed));
  });
});

describe('the plan chapter body', () => {
  it('keeps import lines and components as written', () => {
    const body = parseMdx(read('plan/kapittel.mdx'))['body'];
    expect(body).toContain("import Checklist from '../../src/features/plan/Checklist.astro';");
    expect(body).toContain('<Checklist title="Før du publiserer">');
  });
});

describe.each([
  ['empty strings', { a: 'x', b: '' }, { a: 'x' }],
  ['nulls and empty lists', { a: null, b: [], c: 1 }, { c: 1 }],
  ['empty nested objects', { image: { src: '', alt: '' }, d: false }, { d: false }],
] as const)('withoutEmpty drops %s', (_name, input, expected) => {
  it('leaves only filled fields', () => {
    expect(withoutEmpty(input)).toEqual(expected);
  });
});

describe('inFieldOrder', () => {
  it('orders keys as the fields come, unknown keys last in their own order', () => {
    const ordered = inFieldOrder({ z: 1, b: 2, a: { alt: 'x', src: 'y' } }, [
      'a',
      'b',
      'src',
      'alt',
    ]);
    expect(JSON.stringify(ordered)).toBe('{"a":{"src":"y","alt":"x"},"b":2,"z":1}');
  });

  it('orders a nested object by the paths Decap gives its fields', () => {
    // Decap's order for a job: its top-level fields, then each nested field by its path.
    const order = ['title', 'contacts', 'contacts.name', 'contacts.title', 'contacts.email'];
    const ordered = inFieldOrder(
      { contacts: [{ email: 'e', title: 'Leder', name: 'Kari' }], title: 'Renholder' },
      order,
    );
    expect(JSON.stringify(ordered)).toBe(
      '{"title":"Renholder","contacts":[{"name":"Kari","title":"Leder","email":"e"}]}',
    );
  });
});

describe.each([
  ['an uploaded file name', 'kart.png', './kart.png'],
  ['a path relative to the entry', './kart.png', './kart.png'],
  ['a path in another folder', '../bilder/kart.png', '../bilder/kart.png'],
  ['a path from the site root', '/media/kart.png', '/media/kart.png'],
  ['an address', 'https://example.com/kart.png', 'https://example.com/kart.png'],
])('an image path: %s', (_what, src, written) => {
  it(`is written as ${written}`, () => {
    expect(withRelativeImages({ image: { src, alt: 'Kart' } })).toEqual({
      image: { src: written, alt: 'Kart' },
    });
    expect(stringifyMdx({ poster: { src, alt: 'Kart' }, body: '' })).toContain(`src: ${written}\n`);
  });
});
