import { describe, expect, it } from 'vitest';
import { matchYouTubeVideo } from './embeds';
import { playerOrigin } from '../../deploy/security-headers';
import { isYoutubeId, youtubeEmbedUrl, youtubePlayerOrigin, youtubeWatchUrl } from './youtube';

describe.each([
  ['dQw4w9WgXcQ', true],
  ['a-b_c-d_e-f', true],
  ['dQw4w9WgXc', false],
  ['dQw4w9WgXcQQ', false],
  ['dQw4w9WgXc!', false],
  ['', false],
])('isYoutubeId(%j)', (value, expected) => {
  it(`is ${expected}, and the post-embed matcher agrees`, () => {
    expect(isYoutubeId(value)).toBe(expected);
    expect(matchYouTubeVideo(`https://www.youtube.com/watch?v=${value}`)).toBe(
      expected ? value : undefined,
    );
  });
});

describe('the YouTube addresses', () => {
  it('embed from the player origin the security headers allow', () => {
    expect(new URL(youtubeEmbedUrl('dQw4w9WgXcQ')).origin).toBe(youtubePlayerOrigin);
    expect(playerOrigin).toBe(youtubePlayerOrigin);
  });

  it('link to the watch page without scripts', () => {
    expect(youtubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });
});
