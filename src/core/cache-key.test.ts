import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key';

/** An imported image as Astro's build hands it out: reading it marks the original as used. */
function importedImage(src: string, used: Set<string>) {
  const fsPath = `/site/content/${src}`;
  const target = { src: `/_astro/${src}`, width: 1200, height: 675, format: 'jpg' };
  return new Proxy(target, {
    get(object, name) {
      if (name === 'clone') return structuredClone(object);
      if (name === 'fsPath') return fsPath;
      if (object[name as keyof typeof object] !== undefined) used.add(fsPath);
      return object[name as keyof typeof object];
    },
  });
}

describe('cacheKey', () => {
  const entry = (title: string, poster = 'poster.AbC.jpg', used = new Set<string>()) => ({
    id: 'sykepleier',
    digest: 'd1',
    data: { title, date: new Date('2026-11-02'), poster: { src: importedImage(poster, used) } },
  });

  it('is the same for the same content', () => {
    expect(cacheKey(entry('Sykepleier'), 'open')).toBe(cacheKey(entry('Sykepleier'), 'open'));
  });

  it.each([
    ['a changed field', entry('Sykepleier'), entry('Sykepleiere')],
    ['a replaced image', entry('Sykepleier'), entry('Sykepleier', 'poster.XyZ.jpg')],
    [
      'a changed date',
      entry('Sykepleier'),
      { ...entry('Sykepleier'), data: { date: new Date(0) } },
    ],
  ])('changes with %s', (_, before, after) => {
    expect(cacheKey(before)).not.toBe(cacheKey(after));
  });

  it('changes with what the build date decides', () => {
    expect(cacheKey(entry('Sykepleier'), 'open')).not.toBe(
      cacheKey(entry('Sykepleier'), 'closing soon'),
    );
  });

  it('reads an imported image without marking the original file as used', () => {
    const used = new Set<string>();
    cacheKey(entry('Sykepleier', 'poster.AbC.jpg', used));
    expect([...used]).toEqual([]);
  });
});
