import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../build/render-at-sync';
import { captionsToTranscript } from './captions';
import { main } from './cli';
import { memoryOutput } from './report';

describe('captionsToTranscript', () => {
  it.each([
    [
      'WebVTT with speakers and a pause',
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Kari>Hei, jeg heter Kari.\n\n00:00:02.000 --> 00:00:04.000\n<v Kari>Jeg er sykepleier.\n\n00:00:04.500 --> 00:00:06.000\n<v Ola>Og jeg er Ola.\n',
      '**Kari:** Hei, jeg heter Kari. Jeg er sykepleier.\n\n**Ola:** Og jeg er Ola.',
    ],
    [
      'SubRip with markup, a pause of two seconds and a byte order mark',
      '\uFEFF1\n00:00:01,000 --> 00:00:02,000\nDette er <i>viktig</i>.\n\n2\n00:00:04,000 --> 00:00:05,000\nNytt avsnitt.\n',
      'Dette er viktig.\n\nNytt avsnitt.',
    ],
    [
      "the rolling repeats of YouTube's automatic captions",
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nvi starter\n\n00:00:01.000 --> 00:00:02.000\nvi starter med rapport\n\n00:00:02.000 --> 00:00:03.000\nvi starter med rapport\n',
      'vi starter med rapport',
    ],
    [
      'text that would be code in MDX',
      'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n{alert(1)} <script>x</script> import y\n',
      '&#123;alert(1)&#125; x import y',
    ],
  ])('%s', (_, input, transcript) => {
    const result = captionsToTranscript(input);
    expect(result).toBe(transcript);
    expect(isPlainMarkdown(result)).toBe(true);
  });

  it.each([
    ['not a caption file', 'Hei på deg', /not a WebVTT or SubRip caption file/],
    ['no cues', 'WEBVTT\n', /has no captions/],
  ])('refuses %s, naming the file', (_, input, message) => {
    expect(() => captionsToTranscript(input, 'tekst.vtt')).toThrow(message);
    expect(() => captionsToTranscript(input, 'tekst.vtt')).toThrow(/^tekst\.vtt: /);
  });
});

describe('npm run sync -- captions FILE --video ID', () => {
  const root = new URL('../../../', import.meta.url).pathname;
  const vtt = join(root, 'tests/fixtures/sync/youtube/testvik-s01.nb.vtt');
  const draft = 'videos/et-dogn-i-brannstasjonen-youtube-testvik-s02.mdx';
  let content: string;
  beforeEach(() => {
    content = mkdtempSync(join(tmpdir(), 'captions-'));
    cpSync(join(root, 'tests/fixtures/site/content/videos'), join(content, 'videos'), {
      recursive: true,
    });
  });
  afterEach(() => rmSync(content, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const output = memoryOutput();
    const code = await main(['captions', ...argv, '--content', content], { output, env: {} });
    return { code, text: output.lines.join('\n') };
  };

  it('writes the transcript of a video found by its YouTube id, keeping the front matter', async () => {
    const before = readFileSync(join(content, draft), 'utf8');
    const { code, text } = await run(vtt, '--video', 'testvik-s02');
    expect(code, text).toBe(0);
    expect(text).toMatch(/the transcript is written from .*testvik-s01\.nb\.vtt \(25 words\)/);
    const after = readFileSync(join(content, draft), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('**Renholder:** Klokka er fem, og rådhuset er stille.');
  });

  it.each([
    [['--video', 'testvik-s02'], 2, /^Usage: npm run sync -- captions FILE --video ID/],
    [
      ['tekst.txt', '--video', 'testvik-s02'],
      1,
      /tekst\.txt: expected a caption file ending in \.vtt or \.srt/,
    ],
    [['finnes-ikke.vtt', '--video', 'testvik-s02'], 1, /finnes-ikke\.vtt: there is no such file/],
    [['VTT', '--video', 'ukjent'], 1, /No video in .* has the file name or YouTube id "ukjent"/],
    [['VTT', '--video', 'brannvakt'], 1, /brannvakt\.mdx already has a transcript; add --replace/],
  ])('refuses %j with a message', async (argv, status, message) => {
    const { code, text } = await run(...argv.map((a) => (a === 'VTT' ? vtt : a)));
    expect(code).toBe(status);
    expect(text).toMatch(message);
  });

  it('overwrites a transcript with --replace', async () => {
    const { code } = await run(vtt, '--video', 'brannvakt', '--replace');
    expect(code).toBe(0);
    expect(readFileSync(join(content, 'videos/brannvakt.mdx'), 'utf8')).toContain(
      '**Fortelleren:**',
    );
  });

  it('refuses a file that is not captions, and leaves the video as it was', async () => {
    const bad = join(content, 'bad.vtt');
    writeFileSync(bad, 'dette er ikke teksting');
    const before = readFileSync(join(content, draft), 'utf8');
    const { code, text } = await run(bad, '--video', 'testvik-s02');
    expect(code).toBe(1);
    expect(text).toMatch(/bad\.vtt: not a WebVTT or SubRip caption file/);
    expect(readFileSync(join(content, draft), 'utf8')).toBe(before);
  });
});
