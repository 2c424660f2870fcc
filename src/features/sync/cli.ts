/**
 * `npm run sync`: reads the configured sources and writes their items as content files.
 *
 *   npm run sync                       every configured source
 *   npm run sync -- jobbnorge youtube  only these (a kind or a source's name)
 *   npm run sync -- --dry-run          report what would change, write nothing
 *   npm run sync -- --since 2026-11-01 only items changed from that day (where the source can say)
 *   npm run sync -- --help             the sources and the options
 *
 * `--config FILE` (or SYNC_CONFIG) reads another configuration than src/sync.config.ts, and
 * `--content DIR` (or CONTENT_DIR) writes into another content folder than content/.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { SyncConfig } from './config.ts';
import { terminalOutput, type Output } from './report.ts';
import { runSync, type Adapter } from './run.ts';
import { adapters as allAdapters } from './sources/index.ts';
import { commands as extraCommands, type Command } from './commands.ts';

/** The text of `--help`. */
export function helpText(adapters: Adapter[], commands: Record<string, Command>): string {
  const width = Math.max(
    ...[...adapters.map((a) => a.kind), ...Object.keys(commands)].map((k) => k.length),
    8,
  );
  return [
    'Usage: npm run sync -- [source ...] [--dry-run] [--since YYYY-MM-DD] [--config FILE] [--content DIR]',
    '',
    'Reads the sources configured in src/sync.config.ts and writes their items into content/.',
    'Without a source, every configured source is read. See docs/sync.md.',
    '',
    'Sources:',
    ...adapters.map(
      (a) =>
        `  ${a.kind.padEnd(width)}  ${a.description} (${a.needsKey ? `needs ${a.needsKey}` : 'no key'}; into content/${a.collection}/)`,
    ),
    ...(Object.keys(commands).length ? ['', 'Other commands:'] : []),
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.usage}`),
    '',
    'Options:',
    '  --dry-run         report what would change; write nothing',
    '  --since DATE      only items changed from DATE (YYYY-MM-DD), where the source can say',
    '  --config FILE     another configuration (also SYNC_CONFIG)',
    '  --content DIR     another content folder (also CONTENT_DIR)',
    '  --help            this text',
  ].join('\n');
}

/** Reads the configuration module (`export const sync`), naming the file in every error. */
export async function loadConfig(file: string): Promise<SyncConfig> {
  const module = (await import(pathToFileURL(resolve(file)).href)) as { sync?: SyncConfig };
  if (!module.sync || !Array.isArray(module.sync.sources)) {
    throw new Error(`${file}: expected "export const sync = { sources: [ … ] }".`);
  }
  return module.sync;
}

/** Runs the command line; resolves to the exit code. */
export async function main(
  argv: string[],
  {
    output = terminalOutput(),
    adapters = allAdapters,
    commands = extraCommands,
    env = process.env,
  }: {
    output?: Output;
    adapters?: Adapter[];
    commands?: Record<string, Command>;
    env?: NodeJS.ProcessEnv;
  } = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        since: { type: 'string' },
        config: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        video: { type: 'string' },
        replace: { type: 'boolean' },
      },
    });
  } catch (error) {
    output.line(`${(error as Error).message}\n\n${helpText(adapters, commands)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.line(helpText(adapters, commands));
    return 0;
  }
  const contentDir = values.content ?? env['CONTENT_DIR'] ?? 'content';
  const [first, ...rest] = positionals;
  const command = first ? commands[first] : undefined;
  try {
    if (command) {
      return await command.run({ args: rest, options: values, contentDir, output });
    }
    let since: Date | undefined;
    if (values.since !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(values.since))) {
        output.line(`--since: expected a date written YYYY-MM-DD, not "${values.since}".`);
        return 2;
      }
      since = new Date(`${values.since}T00:00:00Z`);
    }
    const configFile = values.config ?? env['SYNC_CONFIG'] ?? 'src/sync.config.ts';
    const config = await loadConfig(configFile);
    const { ok } = await runSync({
      config,
      adapters,
      contentDir,
      output,
      only: positionals,
      dryRun: values['dry-run'] ?? false,
      ...(since ? { since } : {}),
    });
    return ok ? 0 : 1;
  } catch (error) {
    output.line(`sync: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
