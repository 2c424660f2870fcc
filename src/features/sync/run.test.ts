import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../tests/support/sync-fixtures';
import { startRecordedServer, type RecordedServer } from '../../../tests/support/recorded-server';
import { main } from './cli';
import type { SyncedEntry } from './entry-files';
import { parseJson } from './http';
import { memoryOutput } from './report';
import { runSync, type Adapter } from './run';

/** A source of the simplest kind: a JSON list of `{ id, title, deadline }` at `url`. */
const listAdapter: Adapter = {
  kind: 'list',
  description: 'a JSON list (test)',
  collection: 'jobs',
  needsKey: false,
  check(config) {
    if (typeof config['url'] !== 'string') throw new Error('url: expected the list’s address.');
  },
  async read(config, context) {
    const result = await context.fetch(String(config['url']), { conditional: true });
    if (result.status === 'not-modified') return { entries: [], skipped: [], notModified: true };
    const items = parseJson(result) as { id: string; title: string; deadline: string }[];
    const entries: SyncedEntry[] = items.map((item) => ({
      system: 'list',
      id: item.id,
      url: `https://example.org/${item.id}`,
      title: item.title,
      fields: { title: item.title, deadline: item.deadline },
    }));
    return { entries, skipped: [], complete: true };
  },
  withdrawMissing: (data, today) =>
    data['withdrawn'] === undefined && String(data['deadline']) >= today
      ? { withdrawn: today }
      : undefined,
};

let server: RecordedServer;
let content: string;
const list = (items: object[], etag: string) => (request: { headers: Record<string, unknown> }) =>
  request.headers['if-none-match'] === etag
    ? { status: 304 }
    : { body: JSON.stringify(items), headers: { etag } };
const two = [
  { id: '1', title: 'Lærer', deadline: '2026-12-20' },
  { id: '2', title: 'Renholder', deadline: '2026-12-24' },
];

beforeAll(async () => {
  server = await startRecordedServer({ '/down': { status: 500 } });
});
afterAll(() => server.close());
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'sync-run-'));
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const run = (sources: object[], extra: { dryRun?: boolean; now?: Date } = {}) => {
  const output = memoryOutput();
  return runSync({
    config: { sources: sources as never },
    adapters: [listAdapter],
    contentDir: content,
    output,
    now: extra.now ?? new Date('2026-12-03T05:00:00Z'),
    fetchOptions: { backoffMs: 1, sleep: () => Promise.resolve() },
    ...(extra.dryRun ? { dryRun: true } : {}),
  }).then((result) => ({ ...result, lines: output.lines }));
};

describe('runSync', () => {
  it('adds, then changes nothing on a second run with the same answers (304)', async () => {
    server.routes.set('/list', list(two, '"a"'));
    const firstRun = await run([{ kind: 'list', url: `${server.origin}/list` }]);
    expect(firstRun.ok).toBe(true);
    expect(firstRun.summaries[0]?.added).toHaveLength(2);
    expect(readFileSync(join(content, '.sync/list.json'), 'utf8')).toContain('"etag": "\\"a\\""');
    const before = snapshot(content);
    const secondRun = await run([{ kind: 'list', url: `${server.origin}/list` }], {
      now: new Date('2026-12-04T05:00:00Z'),
    });
    expect(secondRun.summaries[0]?.notModified).toBe(true);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"a"');
    expect(snapshot(content)).toEqual(before);
  });

  it('marks an ad gone from a complete list before its deadline as withdrawn, once', async () => {
    server.routes.set('/list', list(two, '"b"'));
    await run([{ kind: 'list', url: `${server.origin}/list` }]);
    server.routes.set('/list', list(two.slice(0, 1), '"c"'));
    const { summaries } = await run([{ kind: 'list', url: `${server.origin}/list` }]);
    expect(summaries[0]?.withdrawn).toHaveLength(1);
    const file = summaries[0]!.withdrawn[0]!;
    expect(readFileSync(file, 'utf8')).toMatch(/^withdrawn: 2026-12-03$/m);
    const before = snapshot(join(content, 'jobs'));
    server.routes.set('/list', list(two.slice(0, 1), '"d"'));
    const again = await run([{ kind: 'list', url: `${server.origin}/list` }]);
    expect(again.summaries[0]).toMatchObject({ withdrawn: [], unchanged: 1 });
    expect(snapshot(join(content, 'jobs'))).toEqual(before);
  });

  it('leaves the files of a failing source untouched, runs the others, and fails the run', async () => {
    server.routes.set('/list', list(two, '"e"'));
    await run([{ kind: 'list', url: `${server.origin}/list` }]);
    const before = snapshot(content);
    const result = await run([
      { kind: 'list', name: 'broken', url: `${server.origin}/down` },
      { kind: 'list', url: `${server.origin}/list` },
    ]);
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toMatch(
      /^broken: FAILED, its files are left as they were: .*\/down: HTTP 500 after 4 attempts/,
    );
    expect(result.summaries[1]?.error).toBeUndefined();
    expect(snapshot(content)).toEqual(before);
  });

  it('writes nothing on a dry run, but reports what it would do', async () => {
    server.routes.set('/list', list(two, '"f"'));
    const result = await run([{ kind: 'list', url: `${server.origin}/list` }], { dryRun: true });
    expect(result.lines[0]).toMatch(/^list \(dry run, nothing written\): 2 added/);
    expect(snapshot(content)).toEqual({});
  });

  it.each([
    [[{ kind: 'nope' }], /sources\[0\]: unknown kind "nope"; expected one of: list/],
    [[{ kind: 'list' }], /sources\[0\] \(list\): url: expected/],
    [
      [
        { kind: 'list', url: 'x' },
        { kind: 'list', url: 'y' },
      ],
      /two sources are called "list"/,
    ],
    [[{ kind: 'list', name: '../x', url: 'x' }], /name "..\/x": expected lowercase/],
  ])('refuses a configuration with a mistake before fetching: %j', async (sources, message) => {
    await expect(run(sources)).rejects.toThrow(message);
  });
});

describe('npm run sync', () => {
  it('lists the sources and whether they need a key in --help', async () => {
    const output = memoryOutput();
    expect(await main(['--help'], { output, adapters: [listAdapter] })).toBe(0);
    expect(output.lines.join('\n')).toMatch(
      / {2}list +a JSON list \(test\) \(no key; into content\/jobs\/\)/,
    );
  });

  it('leaves the default site untouched while no source is configured', async () => {
    const root = new URL('../../..', import.meta.url).pathname;
    const before = snapshot(join(root, 'content'));
    const output = memoryOutput();
    expect(await main([], { output, env: {} })).toBe(0);
    expect(output.lines).toEqual(['No source is configured (src/sync.config.ts); nothing to do.']);
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });

  it.each([
    [['--since', '3.12.2026'], 2, /--since: expected a date written YYYY-MM-DD/],
    [['--bogus'], 2, /Unknown option '--bogus'/],
    [['--config', 'tests/fixtures/nope.ts'], 1, /sync: .*nope\.ts/],
  ])('exits %j with a message', async (argv, code, message) => {
    const output = memoryOutput();
    expect(await main(argv, { output, env: {} })).toBe(code);
    expect(output.lines.join('\n')).toMatch(message);
  });
});
