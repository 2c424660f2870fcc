import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeDeep } from './mojibake.ts';

/** Text as Facebook's export writes it: each UTF-8 byte as a character of its own. */
const doubleEncoded = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe.each([
  ['TÃ¸mmedagene kan flytte seg i hÃ¸ytiden', 'Tømmedagene kan flytte seg i høytiden'],
  [doubleEncoded('åpent på lørdag, ÆRLIG'), 'åpent på lørdag, ÆRLIG'],
  [doubleEncoded('Strøbil ❄️ på vei – «god tur»'), 'Strøbil ❄️ på vei – «god tur»'],
  // Already right: a character above U+00FF cannot be double-encoded.
  ['Tømmedagene i høytiden ❄️', 'Tømmedagene i høytiden ❄️'],
  // A real Latin-1 letter alone is not a valid UTF-8 sequence: kept.
  ['Café', 'Café'],
  ['plain ASCII', 'plain ASCII'],
])('repairMojibake(%j)', (input, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(repairMojibake(input)).toBe(expected));
});

describe('repairMojibakeDeep', () => {
  it('repairs every string, keys included, and leaves other values', () => {
    const parsed = JSON.parse(
      '{"data":[{"post":"T\\u00c3\\u00b8mmedagene kan flytte seg i h\\u00c3\\u00b8ytiden"}],"timestamp":1,"t\\u00c3\\u00a5":true}',
    );
    expect(repairMojibakeDeep(parsed)).toEqual({
      data: [{ post: 'Tømmedagene kan flytte seg i høytiden' }],
      timestamp: 1,
      tå: true,
    });
  });
});
