import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';

/**
 * The editor's local try-out exactly as docs/editor.md gives it ("Try it on your own machine",
 * which the README links): the commands of that section run in a copy of the repository, on
 * the ports they choose themselves (4321 and 8081), and the browser opens the address the
 * section names. Nothing is routed by the test: the editor finds `decap-server` through
 * `astro dev`'s proxy, as it does on an editor's machine. The copy holds the editor fixtures
 * (tests/fixtures/cms/content) as its content, so the repository is never changed.
 */
const root = new URL('../../', import.meta.url).pathname;
const guide = join(root, 'docs/editor.md');
const fixtureContent = join(root, 'tests/fixtures/cms/content');
const collections = ['plan', 'channels', 'professions', 'videos', 'jobs', 'posts', 'news'];

/** The shell block of the guide's "Try it on your own machine" section, one command a line. */
function tryOutCommands(): { commands: string[]; address: string } {
  const text = readFileSync(guide, 'utf8');
  const section = /^### Try it on your own machine[^\n]*\n([\s\S]*?)(?=^### )/m.exec(text)?.[1];
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  const address = section && /<(http:\/\/localhost:\d+\/admin\/)>/.exec(section)?.[1];
  if (!block || !address) {
    throw new Error(
      `${guide}: expected the section "Try it on your own machine" with a sh block and the editor's address.`,
    );
  }
  const commands = block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
  return { commands, address };
}

/** Whether something answers on the port of localhost. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The repository's files (tracked and new, not ignored) copied to `target`. */
function copyRepository(target: string): void {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.split('\0');
  for (const file of files.filter(Boolean)) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  // Stands in for the guide's `npm install`.
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
  rmSync(join(target, 'content'), { recursive: true, force: true });
  for (const name of collections) mkdirSync(join(target, 'content', name), { recursive: true });
  cpSync(fixtureContent, join(target, 'content'), { recursive: true });
}

test.describe('the local try-out in docs/editor.md', { tag: '@full' }, () => {
  let copy: string;
  const started: ChildProcess[] = [];
  const output: string[] = [];
  const { commands, address } = tryOutCommands();
  const port = Number(new URL(address).port);

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // The commands choose their ports; another server there would answer in their place.
    for (const busy of [port, 8081]) {
      if (await listening(busy)) {
        throw new Error(`Port ${busy} is in use; the try-out's commands need it free.`);
      }
    }
    copy = mkdtempSync(join(tmpdir(), 'editor-try-out-'));
    copyRepository(copy);
    // The clone and the install are done above; the rest run as written, each in its terminal.
    const servers = commands.filter((line) => !/^(git clone|npm install)\b/.test(line));
    expect(servers).toEqual(['npx decap-server', 'npm run dev']);
    for (const command of servers) {
      const child = spawn(command, { cwd: copy, shell: true, detached: true });
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      started.push(child);
    }
    for (let waited = 0; !(await listening(port)) || !(await listening(8081)); waited += 500) {
      if (waited > 90_000) throw new Error(`The servers did not start:\n${output.join('')}`);
      await sleep(500);
    }
  });

  test.afterAll(() => {
    for (const child of started) {
      // Each command runs in a process group of its own (npm, its shell, node).
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('logs in to the local back end, and a changed job title is saved to the file', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const file = join(copy, 'content/jobs/renholder-fast.mdx');
    const before = readFileSync(file, 'utf8');
    const title = /^title: (.*)$/m.exec(before)?.[1] ?? '';
    await page.goto(address);
    await page.getByRole('button', { name: 'Logg inn' }).click({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Stillinger' }).first().click({ timeout: 60_000 });
    await page.getByRole('link', { name: new RegExp(title) }).click();
    const field = page.getByLabel('Tittel', { exact: true });
    await expect(field).toHaveValue(title, { timeout: 30_000 });
    await field.fill(`${title} (endret)`);
    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
    await expect(page.getByRole('button', { name: 'Publisert' })).toBeVisible({ timeout: 30_000 });
    const after = readFileSync(file, 'utf8');
    expect(after).toMatch(new RegExp(`^title: ${title} \\(endret\\)$`, 'm'));
    // Only the title changed: the rest of the file keeps its bytes.
    expect(after.replace(`title: ${title} (endret)\n`, `title: ${title}\n`)).toBe(before);
  });
});
