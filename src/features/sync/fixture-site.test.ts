import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedResponse, RecordedServer } from '../../../tests/support/recorded-server';
import { recorded, startSourceServer } from '../../../tests/support/sync-fixtures';
import { main } from './cli';
import { parseEntryFile } from './entry-files';
import { memoryOutput } from './report';

/**
 * The fixture site's synced entries (tests/fixtures/site/content) against its own sync
 * configuration and the recorded answers: a re-sync changes no byte, and the editor's fields
 * survive a change at the source. The static and browser tests check the same entries on the
 * built site like every hand-written one.
 */
const root = new URL('../../../', import.meta.url).pathname;
const fixtureContent = join(root, 'tests/fixtures/site/content');
const config = join(root, 'tests/fixtures/site/sync.config.ts');

let server: RecordedServer;
let content: string;
beforeAll(async () => {
  server = await startSourceServer(2);
  // The configuration reads it when it is first imported.
  process.env['SYNC_FIXTURE_ORIGIN'] = server.origin;
});
afterAll(() => server.close());
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'sync-fixture-'));
  cpSync(fixtureContent, content, { recursive: true });
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

/** The fixture's sources of job ads and videos; its channels' sources have tests of their own. */
const recruitmentSources = ['jobbnorge', 'nav', 'webcruiter', 'youtube'];

/**
 * `npm run sync -- --config tests/fixtures/site/sync.config.ts --content <copy> [source …]`,
 * every recruitment source when none is named.
 */
async function sync(...argv: string[]) {
  const output = memoryOutput();
  const only = argv.some((arg) => !arg.startsWith('-')) ? [] : recruitmentSources;
  const code = await main(['--config', config, '--content', content, ...argv, ...only], {
    output,
    env: {},
  });
  return { code, text: output.lines.join('\n') };
}

/** The text of every entry of the synced collections. */
const entries = (dir: string) =>
  Object.fromEntries(
    ['jobs', 'videos'].flatMap((collection) =>
      readdirSync(join(dir, collection)).map((name) => [
        `${collection}/${name}`,
        readFileSync(join(dir, collection, name), 'latin1'),
      ]),
    ),
  );

describe("the fixture site's sources", () => {
  it('change no byte of the committed entries when synced again, twice', async () => {
    const first = await sync();
    expect(first.code, first.text).toBe(0);
    expect(first.text.match(/^\S+: 0 added, 0 updated, 0 withdrawn/gm), first.text).toHaveLength(4);
    expect(entries(content)).toEqual(entries(fixtureContent));
    const second = await sync();
    expect(second.code, second.text).toBe(0);
    expect(entries(content)).toEqual(entries(fixtureContent));
  });

  it("keep the editor's profession and English title when the ad's text changes", async () => {
    const detail = JSON.parse(recorded('jobbnorge/joblisting-4100001.json'));
    detail.components[0].text = '<p>Ny tekst: avdelingen har nå fjorten beboere.</p>';
    const before = server.routes.get('/jobbnorge-id/api/joblisting')!;
    server.routes.set('/jobbnorge-id/api/joblisting', (request) =>
      request.url?.includes('4100001')
        ? { body: JSON.stringify(detail) }
        : (before as (r: typeof request) => RecordedResponse)(request),
    );
    // The list's ETag is for the recorded list; this run is told nothing changed there, so it
    // reads the ads again only without the stored validators.
    rmSync(join(content, '.sync'), { recursive: true, force: true });
    const { code, text } = await sync('jobbnorge');
    server.routes.set('/jobbnorge-id/api/joblisting', before);
    expect(code, text).toBe(0);
    expect(text).toMatch(/^jobbnorge: 0 added, 1 updated, 0 withdrawn, 2 unchanged/m);
    const path = join(content, 'jobs/sykepleier-100-fast-tune-sykehjem-jobbnorge-4100001.mdx');
    const { data, rawBody } = parseEntryFile(readFileSync(path, 'utf8'), path);
    expect(rawBody).toContain('Ny tekst: avdelingen har nå fjorten beboere.');
    expect(data).toMatchObject({
      profession: 'stilling-sykepleier',
      titleEn: 'Nurse, permanent full-time, Tune nursing home',
      draft: false,
    });
  });

  it('write the same entries from nothing, drafts where the site needs more', async () => {
    rmSync(content, { recursive: true, force: true });
    const { code, text } = await sync();
    expect(code, text).toBe(0);
    const names = (dir: string) => Object.keys(entries(dir)).sort();
    // Less the ad that was stopped before this run: an ad never synced is not written withdrawn.
    const synced = names(fixtureContent).filter(
      (name) =>
        /-(jobbnorge|nav|webcruiter|youtube)-/.test(name) && !name.endsWith('000000000004.mdx'),
    );
    expect(names(content)).toEqual(synced);
    expect(text).toMatch(
      /draft: .*brannkonstabel-deltidsstyrke-jobbnorge-4100003\.mdx: add deadline, positionSize/,
    );
  });
});
