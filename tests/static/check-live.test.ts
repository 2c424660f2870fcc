// npm run check:live against the built fixture site: served by nginx with the shipped
// configuration it passes; served by a small server that gets one thing wrong it fails, and the
// report names the fault.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkLive,
  onePerType,
  report,
  type CheckResult,
} from '../../src/deploy/check-live/check-live.ts';
import { checkForeignRequests } from '../../src/deploy/check-live/foreign-requests.ts';
import { repo, sites } from '../support/sites.ts';
import { serveSite, type Fault } from '../support/site-server.ts';

const fixture = sites.fixture.dir;

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The faults of the named check, or of every check. */
const faultsOf = (results: CheckResult[], name?: string) =>
  results.filter((result) => !name || result.name === name).flatMap((result) => result.faults);

describe('check:live against the fixture site served by nginx with the shipped configuration', () => {
  let nginx: ChildProcess;
  let base: URL;

  beforeAll(async () => {
    const port = await freePort();
    base = new URL(`http://127.0.0.1:${port}/`);
    nginx = spawn(process.execPath, ['tests/e2e/serve.ts', String(port), fixture], {
      cwd: repo,
      stdio: 'ignore',
    });
    for (let tries = 0; ; tries++) {
      const answered = await fetch(base).then(
        () => true,
        () => false,
      );
      if (answered) break;
      if (tries > 100) throw new Error(`nginx did not answer on ${base.href}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  test('passes every check', async () => {
    const { results, addresses } = await checkLive(base);
    expect(report(base, results)).toMatch(/All 5 checks passed\.$/);
    expect(results.map((result) => result.name)).toEqual([
      'sitemap',
      'unknown address',
      'feeds',
      'security headers',
      'editor',
    ]);
    expect(addresses.length).toBeGreaterThan(20);
    // Lists' later pages are the type of their first; each type once.
    const sample = onePerType(addresses);
    expect(sample).toContain('/');
    expect(sample.some((path) => /\/\d+\/$/.test(path))).toBe(false);
    expect(new Set(sample).size).toBe(sample.length);
  });
});

describe('check:live names the fault of a server that gets one thing wrong', () => {
  const cases: [string, Fault, string, RegExp][] = [
    [
      'a missing header',
      { kind: 'missing header', header: 'Content-Security-Policy' },
      'security headers',
      /^\/: Content-Security-Policy is missing\.$/m,
    ],
    [
      "the editor's script as application/octet-stream",
      { kind: 'content type', extension: '.js', type: 'application/octet-stream' },
      'editor',
      /^\/_astro\/[^ ]+\.js is served as application\/octet-stream; a browser runs the editor's script only when it is served as JavaScript/m,
    ],
    [
      '200 for unknown addresses',
      { kind: 'unknown answers 200' },
      'unknown address',
      /An unknown address \(\/check-live-[^)]+\) answered 200, expected 404\./,
    ],
  ];

  test.each(cases)('%s', async (_, fault, check, expected) => {
    const server = await serveSite(fixture, fault);
    try {
      const { results } = await checkLive(server.base);
      expect(faultsOf(results, check).join('\n')).toMatch(expected);
      // Only the planted fault's check fails.
      const failed = results.filter((result) => result.faults.length > 0);
      expect(failed.map((result) => result.name)).toEqual([check]);
      expect(report(server.base, results)).toMatch(
        new RegExp(`1 of 5 checks failed: ${check}\\.$`),
      );
    } finally {
      await server.close();
    }
  });

  test('a page that asks another host before any click (in Chromium)', async () => {
    // A player frame loaded with the page: the policy allows the player's host (for after the
    // click), so only check:live's count can catch it.
    const server = await serveSite(fixture, {
      kind: 'extra page',
      path: '/planted/',
      html: '<!doctype html><html lang="nb"><title>Planted</title><iframe title="Video" src="https://www.youtube-nocookie.com/embed/planted"></iframe></html>',
    });
    try {
      const result = await checkForeignRequests(server.base, ['/', '/planted/']);
      expect(result.faults).toEqual([
        '/planted/: requests to another host before any click: www.youtube-nocookie.com ×1.',
      ]);
    } finally {
      await server.close();
    }
  });
});
