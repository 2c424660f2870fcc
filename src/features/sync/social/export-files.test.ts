import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageExtension, readExportImage, resolveInside } from './export-files.ts';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const base = mkdtempSync(join(tmpdir(), 'export-'));
const folder = join(base, 'eksport');
mkdirSync(join(folder, 'media'), { recursive: true });
writeFileSync(join(folder, 'media/bilde.png'), png);
writeFileSync(join(folder, 'media/tekst.png'), 'not a picture');
writeFileSync(join(base, 'utenfor.png'), png);
symlinkSync(join(base, 'utenfor.png'), join(folder, 'media/lenke.png'));

describe.each([
  ['../utenfor.png', /points outside the export folder/],
  ['media/../../utenfor.png', /points outside the export folder/],
  ['/etc/passwd', /not a relative path/],
  ['C:\\Windows\\win.ini', /not a relative path/],
  ['file:///etc/passwd', /not a relative path/],
  ['media/lenke.png', /a link to a file outside the export folder/],
  ['media/finnes-ikke.png', /is not in the export folder/],
  ['media/tekst.png', /is not a JPEG, PNG, WebP or GIF picture/],
  ['media', /is not a file/],
])('readExportImage(%j)', (name, message) => {
  it(`is refused: ${message.source}`, async () => {
    await expect(readExportImage(folder, name)).rejects.toThrow(message);
  });
});

describe('reading inside the export folder', () => {
  it('reads a picture and tells its kind from its bytes', async () => {
    const image = await readExportImage(folder, 'media/bilde.png');
    expect(image.extension).toBe('png');
    expect(await resolveInside(folder, './media/../media/bilde.png')).toMatch(/media\/bilde\.png$/);
  });

  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'jpg'],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'gif'],
    [[0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50], 'webp'],
    [[0x3c, 0x73, 0x76, 0x67], undefined],
  ])('%j is %s', (bytes, expected) =>
    expect(imageExtension(Uint8Array.from(bytes))).toBe(expected),
  );
});
