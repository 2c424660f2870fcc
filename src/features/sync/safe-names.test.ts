import { describe, expect, it } from 'vitest';
import { entryStem, pathInside, safeId } from './safe-names';

describe('safeId', () => {
  it.each([
    ['12345', '12345'],
    [12345, '12345'],
    ['../../etc/passwd', 'etc-passwd'],
    ['yt:video:AbC_dEf-123', 'yt-video-abc-def-123'],
    ['Søknad Ærlig Å', 'soknad-aerlig-a'],
    ['a'.repeat(100), 'a'.repeat(64)],
  ])('%j → %j', (raw, id) => {
    expect(safeId(raw)).toBe(id);
  });
  it.each([[''], ['../..'], ['   '], [undefined], ['x'.repeat(201)]])('refuses %j', (raw) => {
    expect(() => safeId(raw)).toThrow(/id/);
  });
});

describe('entryStem', () => {
  it.each([
    [
      'Sykepleier på Tune sykehjem',
      'jobbnorge',
      '12345',
      'sykepleier-pa-tune-sykehjem-jobbnorge-12345',
    ],
    ['Lærer i ørkenen', 'nav', 'a/b', 'laerer-i-orkenen-nav-a-b'],
    ['<script>', 'rss', '../x', 'script-rss-x'],
    ['', 'youtube', 'AbC', 'youtube-abc'],
  ])('%j', (title, system, id, stem) => {
    expect(entryStem(title, system, id)).toBe(stem);
  });
  it('keeps a long title to 80 characters with the id whole', () => {
    const stem = entryStem('ord '.repeat(50), 'jobbnorge', '987654');
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem.endsWith('-jobbnorge-987654')).toBe(true);
  });
});

describe('pathInside', () => {
  it('joins a plain name and refuses one that leaves the folder', () => {
    expect(pathInside('/tmp/content/videos', 'a-poster.jpg')).toBe(
      '/tmp/content/videos/a-poster.jpg',
    );
    expect(() => pathInside('/tmp/content/videos', '../jobs/x.mdx')).toThrow(
      /not a file name inside/,
    );
    expect(() => pathInside('/tmp/content/videos', '/etc/passwd')).toThrow(
      /not a file name inside/,
    );
  });
});
