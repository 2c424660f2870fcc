/**
 * The fixture site's synced posts are what `npm run sync` writes from the recorded answers and
 * export files with the fixture site's configuration (tests/fixtures/site/sync.config.ts), and
 * running it again changes no byte: the committed files stay as they are (`git status` clean).
 * The built fixture site then shows them like hand-written posts (tests/static/synced-posts.test.ts).
 *
 * After changing a recording or the sync's output on purpose, write the files again with
 * `UPDATE_SYNCED_FIXTURE=1 npx vitest run --config tests/vitest.config.ts <this file>`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startRecordedServer,
  type RecordedServer,
} from '../../../../tests/support/recorded-server';
import { socialRoutes } from '../../../../tests/support/social-recordings';
import { repo } from '../../../../tests/support/sites';
import { sync } from '../../../../tests/fixtures/site/sync.config';
import { memoryOutput } from '../report';
import { runSync } from '../run';
import { adapters } from './index';

const fixtureContent = join(repo, 'tests/fixtures/site/content');
const socialKinds = new Set(adapters.filter((a) => a.collection === 'posts').map((a) => a.kind));
/** When the committed files were written; a run with nothing new keeps it. */
const writtenAt = new Date('2026-11-23T05:00:00Z');

/** The fixture's synced posts and their pictures: every file whose name ends in a source's id. */
function syncedFiles(dir: string): Record<string, string> {
  const kinds = [...socialKinds].join('|');
  const pattern = new RegExp(`-(${kinds})-[a-z0-9-]+(-bilde\\.\\w+|\\.mdx)$`);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

let server: RecordedServer;
beforeAll(async () => {
  server = await startRecordedServer({});
  for (const [path, route] of Object.entries(socialRoutes(server))) server.routes.set(path, route);
});
afterAll(() => server.close());

/** Runs the fixture site's social sources into `content`, the fetched ones asking the local server. */
async function syncInto(content: string, now: Date) {
  const sources = sync.sources
    .filter((source) => socialKinds.has(source.kind))
    .map((source) => ({
      ...source,
      ...(source.kind === 'mastodon' ? { server: server.origin } : {}),
      ...(source.kind === 'bluesky' ? { appView: server.origin } : {}),
      ...(source.kind === 'flickr' ? { origin: server.origin } : {}),
    }));
  const output = memoryOutput();
  const result = await runSync({ config: { sources }, adapters, contentDir: content, output, now });
  expect(result.ok, output.lines.join('\n')).toBe(true);
  return result.summaries;
}

describe('the fixture site’s synced posts', () => {
  it('are what the sync writes, and a second run changes no byte', async () => {
    const content = mkdtempSync(join(tmpdir(), 'sync-fixture-'));
    try {
      cpSync(join(fixtureContent, 'channels'), join(content, 'channels'), { recursive: true });
      await syncInto(content, writtenAt);
      const written = syncedFiles(join(content, 'posts'));
      if (process.env['UPDATE_SYNCED_FIXTURE'] === '1') {
        for (const name of Object.keys(syncedFiles(join(fixtureContent, 'posts')))) {
          rmSync(join(fixtureContent, 'posts', name));
        }
        for (const name of Object.keys(written)) {
          cpSync(join(content, 'posts', name), join(fixtureContent, 'posts', name));
        }
      }
      expect(Object.keys(written).length).toBeGreaterThan(0);
      expect(written).toEqual(syncedFiles(join(fixtureContent, 'posts')));
      // A later run with the same answers: nothing added, updated or in conflict, no byte changed.
      const summaries = await syncInto(content, new Date('2026-12-03T05:00:00Z'));
      for (const summary of summaries) {
        expect(summary).toMatchObject({ added: [], updated: [], conflicts: [] });
      }
      expect(syncedFiles(join(content, 'posts'))).toEqual(written);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
