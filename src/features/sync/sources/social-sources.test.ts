/**
 * The channels' sources through the real request path: recorded answers in each platform's
 * format (tests/fixtures/sync-social/) from a local server, or the recorded export folders, into
 * a content folder of their own; then a second run, and the ways a source goes wrong.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../../tests/support/sync-fixtures';
import {
  startRecordedServer,
  type RecordedServer,
  type Route,
} from '../../../../tests/support/recorded-server';
import { main } from '../cli';
import { memoryOutput } from '../report';
import { runSync } from '../run';
import type { SourceConfig } from '../config';
import { adapters } from './index';
import {
  feedFirst,
  feedSecond,
  firstPage,
  flickrPath,
  recordedDir as recorded,
  secondPage,
  socialRoutes,
  withLocalPictures,
} from '../../../../tests/support/social-recordings';

const repo = join(import.meta.dirname, '../../../..');
const read = (path: string) => readFileSync(join(recorded, path), 'utf8');

let server: RecordedServer;
let content: string;

const channels = ['mastodon', 'bluesky', 'flickr', 'facebook', 'instagram', 'x', 'linkedin'];

/** One source of each kind, reading the local server or the recorded export folders. */
function sources(): Record<string, SourceConfig> {
  const common = { since: '2025-06-01' };
  return {
    mastodon: {
      kind: 'mastodon',
      channel: 'testvik-mastodon',
      server: server.origin,
      account: 'testvik',
      ...common,
    },
    bluesky: {
      kind: 'bluesky',
      channel: 'testvik-bluesky',
      actor: 'testvik.bsky.social',
      appView: server.origin,
      ...common,
    },
    flickr: {
      kind: 'flickr',
      channel: 'testvik-flickr',
      nsid: '12345678@N00',
      origin: server.origin,
      ...common,
    },
    'facebook-export': {
      kind: 'facebook-export',
      channel: 'testvik-facebook',
      folder: join(recorded, 'facebook'),
      ...common,
    },
    'instagram-export': {
      kind: 'instagram-export',
      channel: 'testvik-instagram',
      folder: join(recorded, 'instagram'),
      ...common,
    },
    'x-export': {
      kind: 'x-export',
      channel: 'testvik-x',
      folder: join(recorded, 'x'),
      username: 'testvikkom',
      ...common,
    },
    'linkedin-export': {
      kind: 'linkedin-export',
      channel: 'testvik-linkedin',
      folder: join(recorded, 'linkedin'),
      ...common,
    },
  };
}

const run = (list: SourceConfig[], extra: { now?: Date; timeoutMs?: number } = {}) => {
  const output = memoryOutput();
  return runSync({
    config: { sources: list, limits: { timeoutMs: extra.timeoutMs ?? 5_000 } },
    adapters,
    contentDir: content,
    output,
    now: extra.now ?? new Date('2026-11-23T05:00:00Z'),
    fetchOptions: { backoffMs: 1, sleep: () => Promise.resolve() },
  }).then((result) => ({ ...result, lines: output.lines }));
};

/** The synced posts' files (not their pictures), by file name. */
function postFiles(): Record<string, string> {
  const dir = join(content, 'posts');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

beforeAll(async () => {
  server = await startRecordedServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'sync-social-'));
  mkdirSync(join(content, 'channels'));
  for (const platform of channels) {
    const file = `testvik-${platform}.yaml`;
    cpSync(
      join(repo, 'tests/fixtures/site/content/channels', file),
      join(content, 'channels', file),
    );
  }
  server.routes.clear();
  for (const [path, route] of Object.entries(socialRoutes(server))) server.routes.set(path, route);
  server.requests.length = 0;
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

describe.each<[string, number, number]>([
  // source, posts written, of them drafts
  ['mastodon', 3, 1],
  ['bluesky', 3, 1],
  ['flickr', 1, 1],
  ['facebook-export', 2, 2],
  ['instagram-export', 2, 2],
  ['x-export', 2, 1],
  ['linkedin-export', 2, 0],
])('%s', (kind, added, drafts) => {
  it('writes the posts from the configured date, the drafts saying why, and a second run changes no byte', async () => {
    const first = await run([sources()[kind]!]);
    expect(first.lines.join('\n')).not.toMatch(/FAILED/);
    expect(first.ok).toBe(true);
    expect(first.summaries[0]?.added).toHaveLength(added);
    const files = Object.values(postFiles());
    expect(files.filter((text) => /^draft: true$/m.test(text))).toHaveLength(drafts);
    for (const text of files) {
      expect(text).toMatch(/^source:\n {2}system: [a-z-]+\n {2}id: /m);
      if (/^draft: true$/m.test(text)) expect(text).toMatch(/^draftReason: .+/m);
    }
    // Each picture is beside its post, named after it, and is the picture the source has.
    const dir = join(content, 'posts');
    for (const name of readdirSync(dir).filter((f) => !f.endsWith('.mdx'))) {
      const post = postFiles()[`${name.replace(/-bilde\.\w+$/, '')}.mdx`];
      expect(post, name).toContain(`src: ./${name}`);
      expect(readFileSync(join(dir, name)).length).toBeGreaterThan(0);
    }
    const before = snapshot(content);
    const requestsBefore = server.requests.length;
    const second = await run([sources()[kind]!], { now: new Date('2026-11-24T05:00:00Z') });
    expect(second.ok).toBe(true);
    expect(second.summaries[0]).toMatchObject({ added: [], updated: [], conflicts: [] });
    expect(snapshot(content)).toEqual(before);
    // A second run fetches no picture again.
    expect(server.requests.slice(requestsBefore).filter((r) => r.path.startsWith('/img/'))).toEqual(
      [],
    );
  });
});

describe('what a run writes', () => {
  it('Facebook: «Tømmedagene kan flytte seg i høytiden» from the double-encoded export, as a draft that says why', async () => {
    await run([sources()['facebook-export']!]);
    const [file] = Object.entries(postFiles()).filter(([, text]) => text.includes('Tømmedagene'));
    expect(file?.[1]).toContain('\nTømmedagene kan flytte seg i høytiden. Sjekk tømmekalenderen');
    expect(file?.[1]).toMatch(
      /^draft: true\ndraftReason: Eksporten fra Facebook har ikke adressen til innlegget\..* Skriv hva bildet viser i image\.alt\.$/m,
    );
    expect(file?.[1]).toMatch(
      /^image:\n {2}src: \.\/2025-11-20-tommedagene[a-z-]+-facebook-export-1763630400-bilde\.png\n(?! {2}alt)/m,
    );
    expect(file?.[1]).not.toMatch(/^url:/m);
    expect(file?.[1]).toMatch(/^ {2}url: https:\/\/www\.facebook\.com\/testvikkommune\/?$/m);
  });

  it('Mastodon: the text without markup, a draft for the picture without alt text, an alt text kept', async () => {
    await run([sources().mastodon!]);
    const files = postFiles();
    const hostile = Object.values(files).find((text) => text.includes('lysfesten'))!;
    expect(hostile).not.toMatch(/<script|onerror|javascript:|alert|http:\/\//);
    expect(hostile).toContain('\nSe bildene fra lysfesten og denne lenken og en usikker.\n');
    expect(hostile).toMatch(/^draftReason: Bildet har ingen alternativ tekst på Mastodon\./m);
    const plain = Object.values(files).find((text) => text.includes('Strøbilen'))!;
    expect(plain).not.toMatch(/^draft:/m);
    expect(plain).toMatch(/^ {2}alt: Strøbil på en snødekt gate om natten\.$/m);
    expect(plain).toMatch(/^url: https:\/\/mastodon\.example\/@testvik\/113000000000000103$/m);
    expect(plain).toMatch(/^date: 2026-11-20T09:30:00\.000Z$/m);
  });

  it("follows Mastodon's Link header and Bluesky's cursor to the next page, and stops at the configured date", async () => {
    await run([sources().mastodon!, sources().bluesky!]);
    const paths = server.requests.map((r) => r.path);
    expect(paths).toContain(secondPage);
    expect(paths).toContain(feedSecond);
    expect(Object.keys(postFiles()).join(' ')).not.toMatch(/113000000000000010|3testvik00001/);
  });

  it('asks again with the validators it was given and writes nothing on 304', async () => {
    await run([sources().mastodon!, sources().flickr!]);
    const before = snapshot(content);
    server.requests.length = 0;
    const second = await run([sources().mastodon!, sources().flickr!]);
    expect(second.summaries.map((s) => s.notModified)).toEqual([true, true]);
    const sent = (path: string) => server.requests.find((r) => r.path === path)?.headers;
    expect(sent(firstPage)?.['if-none-match']).toBe('"statuses-1"');
    expect(sent(flickrPath)?.['if-modified-since']).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
    expect(snapshot(content)).toEqual(before);
  });

  it("keeps an editor's alt text and cleared draft flag when the text changes at the source", async () => {
    await run([sources().mastodon!]);
    const [name, text] = Object.entries(postFiles()).find(([, t]) => t.includes('lysfesten'))!;
    const path = join(content, 'posts', name);
    writeFileSync(
      path,
      text
        .replace(/^draft: true\ndraftReason: .*\n/m, '')
        .replace(/^(image:\n {2}src: .*)$/m, '$1\n  alt: Lyslenker over torget.'),
    );
    server.routes.set(firstPage, {
      body: withLocalPictures(
        server,
        read('mastodon/statuses-1.json').replace(
          'Se bildene fra lysfesten',
          'Se alle bildene fra lysfesten',
        ),
      ),
    });
    const { summaries } = await run([sources().mastodon!]);
    expect(summaries[0]?.updated).toEqual([path]);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('Se alle bildene fra lysfesten');
    expect(after).toContain('  alt: Lyslenker over torget.');
    expect(after).not.toMatch(/^draft/m);
  });
});

describe('when a source goes wrong', () => {
  it('retries after 429 and goes on', async () => {
    server.routes.set('/api/v1/accounts/lookup?acct=testvik', [
      { status: 429, headers: { 'retry-after': '0' } },
      { body: read('mastodon/lookup.json') },
    ]);
    const result = await run([sources().mastodon!]);
    expect(result.ok).toBe(true);
    expect(result.summaries[0]?.added).toHaveLength(3);
  });

  it.each<[string, string, Route, RegExp]>([
    ['bluesky', feedFirst, { status: 500 }, /HTTP 500 after 4 attempts/],
    ['flickr', flickrPath, { hang: true }, /no answer within 0\.3 s \(timeout\)/],
    ['mastodon', firstPage, { body: '<html>Vedlikehold</html>' }, /the answer is not valid JSON/],
    ['bluesky', feedFirst, { body: '{"posts":[]}' }, /expected an object with a "feed" array/],
    [
      'flickr',
      flickrPath,
      { body: 'jsonFlickrFeed({"items":[' },
      /expected the public feed's JSON/,
    ],
  ])(
    '%s: %j fails the source, leaves its files as they were, and fails the run',
    async (kind, path, route, message) => {
      await run([sources()[kind]!]);
      const before = snapshot(content);
      server.routes.set(path, route);
      const result = await run([sources()[kind]!, sources()['linkedin-export']!], {
        timeoutMs: 300,
      });
      expect(result.ok).toBe(false);
      expect(result.lines[0]).toMatch(
        new RegExp(`^${kind}: FAILED, its files are left as they were: `),
      );
      expect(result.lines[0]).toMatch(message);
      // The other source still ran.
      expect(result.summaries[1]?.added).toHaveLength(2);
      const after = snapshot(content);
      for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    },
  );

  it('skips what is hostile, naming the item and why, and writes the rest', async () => {
    const statuses = JSON.parse(read('mastodon/statuses-2.json')) as Record<string, unknown>[];
    const ok = statuses[1]!;
    server.routes.set(secondPage, {
      body: JSON.stringify([
        ...statuses,
        { ...ok, id: '../../../../etc/passwd', url: 'https://mastodon.example/@testvik/../../etc' },
        { ...ok, id: '113000000000000097', content: `<p>${'x'.repeat(10 * 1024 * 1024)}</p>` },
      ]),
    });
    const result = await run([sources().mastodon!, sources()['facebook-export']!]);
    const lines = result.lines.join('\n');
    expect(lines).toContain(
      'skipped mastodon item "../../../../etc/passwd": an "id" that is not a Mastodon status id',
    );
    expect(lines).toMatch(
      /skipped mastodon item "113000000000000097": HTML of 10485767 characters, above 650000/,
    );
    expect(lines).toContain(
      'skipped facebook-export item "1763457600": its picture: "../../../utenfor.png" points outside the export folder',
    );
    expect(readdirSync(content, { recursive: true, encoding: 'utf8' }).join('\n')).not.toMatch(
      /passwd|utenfor/,
    );
  });

  it('refuses an X archive of another account, and a channel on another platform', async () => {
    const other = await run([{ ...sources()['x-export']!, username: 'noenannen' }]);
    expect(other.lines[0]).toMatch(
      /the archive is of @testvikkom, not of the configured @noenannen/,
    );
    const wrong = await run([{ ...sources().mastodon!, channel: 'testvik-bluesky' }]);
    expect(wrong.lines[0]).toMatch(/testvik-bluesky\.yaml is on bluesky, not mastodon/);
    expect(postFiles()).toEqual({});
  });

  it.each<[SourceConfig, RegExp]>([
    [{ kind: 'mastodon', channel: 'testvik-mastodon', account: 'x' }, /server: expected/],
    [{ kind: 'bluesky', channel: '../x', actor: 'x' }, /channel: expected the id of a channel/],
    [{ kind: 'flickr', channel: 'testvik-flickr', nsid: 'testvik' }, /nsid: expected digits/],
    [
      { kind: 'facebook-export', channel: 'testvik-facebook', folder: 'x', since: '1.1.2026' },
      /since: expected the first day/,
    ],
    [{ kind: 'x-export', channel: 'testvik-x', folder: 'x' }, /username: expected/],
  ])('refuses a configuration mistake before reading: %j', async (source, message) => {
    await expect(run([source])).rejects.toThrow(message);
  });
});

describe('npm run sync, as docs/sync.md gives it', () => {
  it('imports an export folder named in the configuration', async () => {
    const config = join(content, 'sync.config.ts');
    writeFileSync(
      config,
      `export const sync = { sources: [${JSON.stringify(sources()['linkedin-export'])}] };\n`,
    );
    const output = memoryOutput();
    expect(
      await main(['linkedin-export', '--config', config, '--content', content], {
        output,
        env: {},
      }),
    ).toBe(0);
    expect(output.lines[0]).toMatch(
      /^linkedin-export: 2 added, 0 updated, 0 withdrawn, 0 unchanged, 1 skipped/,
    );
  });
});
