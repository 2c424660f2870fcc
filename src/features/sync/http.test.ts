import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordedServer, type RecordedServer } from '../../../tests/support/recorded-server';
import { fetchSource, requestableUrl, retryAfterMs } from './http';

const quick = { backoffMs: 5, timeoutMs: 300, sleep: () => Promise.resolve() };

describe('fetchSource against a local server', () => {
  let server: RecordedServer;
  beforeAll(async () => {
    server = await startRecordedServer({
      '/ok': {
        body: '{"a":1}',
        headers: { etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' },
      },
      '/conditional': (request) =>
        request.headers['if-none-match'] === '"v1"'
          ? { status: 304 }
          : { body: 'fresh', headers: { etag: '"v1"' } },
      '/busy': [
        { status: 429, headers: { 'retry-after': '0' } },
        { status: 503 },
        { body: 'at last' },
      ],
      '/down': { status: 500 },
      '/too-long-wait': { status: 429, headers: { 'retry-after': '3600' } },
      '/slow': { hang: true },
      '/big': { body: 'x'.repeat(2048) },
      '/missing': { status: 404 },
    });
  });
  afterAll(() => server.close());

  it('returns the body and the validators', async () => {
    const result = await fetchSource(`${server.origin}/ok`, quick);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.text()).toBe('{"a":1}');
    expect(result.validators).toEqual({
      etag: '"v1"',
      lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });

  it('sends stored validators and reports 304 as not modified', async () => {
    const result = await fetchSource(`${server.origin}/conditional`, {
      ...quick,
      validators: { etag: '"v1"' },
    });
    expect(result.status).toBe('not-modified');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });

  it('retries 429 and 5xx with back-off, then succeeds', async () => {
    const waits: number[] = [];
    const result = await fetchSource(`${server.origin}/busy`, {
      ...quick,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(result.status === 'ok' && result.text()).toBe('at last');
    // Retry-After: 0 is honoured; the 503 without one waits the doubled back-off.
    expect(waits).toEqual([0, 10]);
  });

  it.each([
    ['/down', /HTTP 500 after 4 attempts/],
    ['/too-long-wait', /Retry-After.*longer than 60 s/],
    ['/slow', /timeout/],
    ['/big', /over the limit of 1024 bytes/],
    ['/missing', /HTTP 404/],
  ])('fails %s with a message naming the address', async (path, message) => {
    const error = await fetchSource(`${server.origin}${path}`, { ...quick, maxBytes: 1024 }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(`${server.origin}${path}`);
  });
});

describe('requestableUrl', () => {
  it.each([
    ['https://example.org/x', true],
    ['http://127.0.0.1:8080/x', true],
    ['http://example.org/x', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@example.org/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(() => requestableUrl(url)).toSatisfy((fn: () => unknown) => {
      try {
        fn();
        return allowed;
      } catch {
        return !allowed;
      }
    });
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  it.each([
    ['5', 5000],
    ['Thu, 03 Dec 2026 10:00:30 GMT', 30_000],
    ['soon', undefined],
    [null, undefined],
  ])('%s → %s', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});
