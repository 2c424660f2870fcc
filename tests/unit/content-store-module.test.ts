import { describe, expect, it } from 'vitest';
import { cutStringLiteral, pieceLength } from '../../src/deploy/content-store-module';

/** The module's value, as the page build would read it. */
async function run(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: unknown;
  };
  return module.default;
}

/** Astro's content-store module for `value`. */
const storeModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

describe('cutStringLiteral', () => {
  it('cuts a long store into literals of about a piece each, with the same value', async () => {
    // Norwegian letters, quotes, backslashes and an emoji (two UTF-16 units) across the cuts.
    const entries = Array.from({ length: 40_000 }, (_, index) => ({
      id: `innlegg-${index}`,
      body: `Søppeltømming «${index}» \\ "sitat" 🚒 æøå`,
    }));
    const cut = cutStringLiteral(storeModule(entries));

    const literals = cut!.split('\n').slice(1, -1);
    expect(literals.length).toBeGreaterThan(1);
    for (const literal of literals) {
      expect(literal.length).toBeLessThan(pieceLength + 100);
    }
    expect(await run(cut!)).toEqual(entries);
  });

  it.each([
    ['characters of two UTF-16 units', '🚒'.repeat(pieceLength)],
    ['escape sequences', 'a\\"\n\u0001'.repeat(pieceLength / 4)],
  ])('never cuts between %s', async (_, text) => {
    const cut = cutStringLiteral(storeModule({ text }));
    expect(cut!.split('\n').length).toBeGreaterThan(3);
    expect(await run(cut!)).toEqual({ text });
  });

  it('keeps a small store in one literal', async () => {
    const cut = cutStringLiteral(storeModule({ posts: [] }));
    expect(cut?.split('\n')).toHaveLength(3);
    expect(await run(cut!)).toEqual({ posts: [] });
  });

  it('leaves other code as it is', () => {
    expect(cutStringLiteral('export default new Map()')).toBeUndefined();
    expect(cutStringLiteral('export default JSON.parse(42)')).toBeUndefined();
  });
});
