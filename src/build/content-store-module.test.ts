import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStoreFile, readStoreFromFile } from './content-store-module';

const work = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The module's value, as the page build would read it. */
async function run(code: string, name: string): Promise<unknown> {
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  const module = (await import(pathToFileURL(file).href)) as { default: unknown };
  return module.default;
}

/** Astro's content-store module for the store file's text. */
const storeModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

describe('readStoreFromFile', () => {
  it("reads the store file as it runs, with the value of Astro's module", async () => {
    // Norwegian letters, quotes, backslashes, line breaks and an emoji (two UTF-16 units).
    const entries = Array.from({ length: 2_000 }, (_, index) => ({
      id: `innlegg-${index}`,
      body: `Søppeltømming «${index}» \\ "sitat"\n🚒 æøå \u2028`,
    }));
    const text = JSON.stringify(entries);
    const file = join(work, 'data-store.json');
    writeFileSync(file, text);

    const module = readStoreFromFile(storeModule(text), file);
    expect(module).toBeDefined();
    expect(module).not.toContain('innlegg-0');
    expect(await run(module!, 'from-file')).toEqual(await run(storeModule(text), 'astro'));
  });

  it('leaves other modules as they are, and a store whose file is missing', () => {
    const file = join(work, 'data-store.json');
    writeFileSync(file, '[]');
    expect(readStoreFromFile('export default new Map()', file)).toBeUndefined();
    expect(readStoreFromFile('export default{"posts":[]}', file)).toBeUndefined();
    expect(readStoreFromFile(storeModule('[]'), join(work, 'missing.json'))).toBeUndefined();
  });

  it("finds the store in the build's cache folder", () => {
    expect(contentStoreFile(pathToFileURL(`${work}/cache/`))).toBe(
      join(work, 'cache/data-store.json'),
    );
  });
});
