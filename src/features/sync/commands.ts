import { captionsCommand } from './captions.ts';
import type { Output } from './report.ts';

/** A sub-command of `npm run sync` that is not a source, e.g. `captions`. */
export interface Command {
  /** One line for `--help`. */
  usage: string;
  run(input: {
    /** Positional arguments after the command's name. */
    args: string[];
    /** Parsed options (`--video` and the like). */
    options: Record<string, string | boolean | undefined>;
    contentDir: string;
    output: Output;
  }): Promise<number>;
}

/** The commands by name; each adds its line. */
export const commands: Record<string, Command> = { captions: captionsCommand };
