import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'subtitle';
import type { Command } from './commands.ts';
import { parseEntryFile, shownPath } from './entry-files.ts';
import { escapeMarkdown, plainText } from './sanitize.ts';

/** Largest caption file read, in bytes. */
const maxCaptionBytes = 5 * 1024 * 1024;

/**
 * A caption file exported from YouTube Studio (`.vtt` or `.srt`), parsed by the `subtitle`
 * package, as a transcript in Markdown: cues joined into paragraphs at pauses of two seconds or
 * more, a speaker's name (WebVTT `<v Kari>`) in bold where it changes, the rolling repeats of
 * automatic captions dropped, every piece of text escaped.
 */
export function captionsToTranscript(text: string, file = 'the caption file'): string {
  let nodes;
  try {
    nodes = parseSync(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: not a WebVTT or SubRip caption file: ${(error as Error).message}`);
  }
  const cues = nodes.flatMap((node) => (node.type === 'cue' ? [node.data] : []));
  if (cues.length === 0) throw new Error(`${file}: the file has no captions.`);
  const paragraphs: { speaker: string; lines: string[] }[] = [];
  let lastEnd = -Infinity;
  let lastLine = '';
  let speaker = '';
  for (const cue of cues) {
    const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(cue.text);
    const line = plainText(cue.text.replace(/<[^>]*>/g, ''));
    if (!line || line === lastLine) continue;
    const newSpeaker = voice ? plainText(voice[1]) : speaker;
    const pause = cue.start - lastEnd >= 2000;
    if (paragraphs.length === 0 || pause || newSpeaker !== speaker) {
      paragraphs.push({
        speaker: newSpeaker !== speaker || paragraphs.length === 0 ? newSpeaker : '',
        lines: [],
      });
    }
    // Automatic captions repeat the end of the last cue at the start of the next.
    const repeat =
      lastLine && line.startsWith(lastLine) ? line.slice(lastLine.length).trim() : line;
    if (repeat) paragraphs.at(-1)!.lines.push(repeat);
    speaker = newSpeaker;
    lastLine = line;
    lastEnd = cue.end;
  }
  return paragraphs
    .map(({ speaker: name, lines }) => {
      const words = escapeMarkdown(lines.join(' '));
      return name ? `**${escapeMarkdown(name)}:** ${words}` : words;
    })
    .join('\n\n');
}

/** The video entry whose file name or `youtubeId` is `id`. */
function findVideo(contentDir: string, id: string): string | undefined {
  const dir = join(contentDir, 'videos');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const path = join(dir, name);
    if (name.replace(/\.mdx?$/, '') === id) return path;
    if (parseEntryFile(readFileSync(path, 'utf8'), path).data['youtubeId'] === id) return path;
  }
  return undefined;
}

/** `npm run sync -- captions FILE --video ID [--replace]` */
export const captionsCommand: Command = {
  usage:
    'captions FILE --video ID: a caption file from YouTube Studio (.vtt or .srt) as the transcript of a video (its file name or YouTube id); --replace overwrites a transcript',
  async run({ args, options, contentDir, output }) {
    const [file] = args;
    const video = options['video'];
    if (!file || typeof video !== 'string' || !video) {
      output.line('Usage: npm run sync -- captions FILE --video ID [--replace]');
      return 2;
    }
    if (!/\.(vtt|srt)$/i.test(file)) {
      output.line(`${file}: expected a caption file ending in .vtt or .srt.`);
      return 1;
    }
    if (!existsSync(file)) {
      output.line(`${file}: there is no such file.`);
      return 1;
    }
    const bytes = readFileSync(file);
    if (bytes.byteLength > maxCaptionBytes) {
      output.line(
        `${file}: the file is ${bytes.byteLength} bytes, over the limit of ${maxCaptionBytes}.`,
      );
      return 1;
    }
    const path = findVideo(contentDir, video);
    if (!path) {
      output.line(
        `No video in ${join(contentDir, 'videos')} has the file name or YouTube id "${video}".`,
      );
      return 1;
    }
    let transcript: string;
    try {
      transcript = captionsToTranscript(bytes.toString('utf8'), file);
    } catch (error) {
      output.line((error as Error).message);
      return 1;
    }
    const text = readFileSync(path, 'utf8');
    const { rawBody } = parseEntryFile(text, path);
    if (rawBody.trim() && options['replace'] !== true) {
      output.line(
        `${shownPath(path)} already has a transcript; add --replace to overwrite it with the captions.`,
      );
      return 1;
    }
    const front = text.slice(0, text.length - rawBody.length);
    writeFileSync(path, `${front}\n${transcript}\n`);
    output.line(
      `${shownPath(path)}: the transcript is written from ${file} (${transcript.split(/\s+/).length} words).`,
    );
    return 0;
  },
};
