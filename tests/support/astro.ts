// Runs Astro (a build or a sync) for the tests, one at a time where they would collide.
//
// Astro writes part of what a build reads into the project's own `.astro/` folder whatever the
// build's cacheDir (content-assets.mjs, content-modules.mjs, the collections' schemas): two
// builds or syncs of different content started together from this repository overwrite each
// other's, and one of them fails (an image read as a string path, an unknown collection). So each
// test build or sync holds a lock on that folder until its bundles are written; the pages are
// then generated (and Pagefind run) while the next one starts.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { outputDir, repo } from './sites.ts';

/** Where the locks of ./build-sites.ts and of this module live. */
const lockDir = join(outputDir, 'locks');

/** Whether a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id written in a lock folder, or 0 when there is none (yet, or any more). */
function lockOwner(lock: string): number {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/**
 * Takes the lock `name` (across processes: test files run in several), waiting while another
 * process holds it; returns the function that releases it. A lock left by a process that no
 * longer runs is taken over.
 */
export async function lock(name: string): Promise<() => void> {
  const path = join(lockDir, `${name}.lock`);
  mkdirSync(lockDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      let held = true;
      return () => {
        if (held) rmSync(path, { recursive: true, force: true });
        held = false;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock without a pid yet is being taken (its owner writes the pid right after mkdir),
      // and one that has gone since was released: both are asked again after a pause.
      const pid = lockOwner(path);
      if (pid && !alive(pid)) rmSync(path, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}

/** Runs `work` holding the lock `name`. */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const release = await lock(name);
  try {
    return await work();
  } finally {
    release();
  }
}

/** Astro says this once its bundles are written and it starts rendering the pages. */
const bundled = /generating static routes/;

export interface AstroRun {
  /** The exit code (null when a signal ended the process). */
  status: number | null;
  /** What the process wrote to stdout and stderr, without colours. */
  output: string;
}

/**
 * Runs `command args` (`npx astro build`, `npx astro sync`, `npm run build` …) in the repository
 * with `env` added, holding the `.astro/` lock until Astro has written its bundles (or the
 * process has ended, whichever comes first). With `log`, the output also goes to that file.
 */
export async function runAstro(
  command: string,
  args: string[],
  env: Record<string, string>,
  { log }: { log?: string } = {},
): Promise<AstroRun> {
  const release = await lock('astro-root');
  const file = log ? createWriteStream(log) : undefined;
  const chunks: string[] = [];
  // The last characters read, in case the words come in two pieces.
  let tail = '';
  try {
    const child = spawn(command, args, {
      cwd: repo,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const read = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      chunks.push(text);
      file?.write(chunk);
      if (bundled.test(tail + text)) release();
      tail = text.slice(-40);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    return { status, output: stripVTControlCharacters(chunks.join('')) };
  } finally {
    release();
    if (file) await new Promise<void>((resolve) => file.end(resolve));
  }
}
