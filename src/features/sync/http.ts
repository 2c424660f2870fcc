/**
 * Every request the sync makes goes through `fetchSource`: a timeout on each attempt, a bounded
 * retry with back-off on 429 and 5xx (honouring `Retry-After`), a cap on the response's size,
 * `https` only, and conditional requests with the validators stored from the last run.
 */

/** What a server said about a response's version, sent back on the next run. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Options of one request; every limit has a default that suits a nightly run. */
export interface FetchOptions {
  /** Milliseconds one attempt may take, headers and body together (default 20 s). */
  timeoutMs?: number;
  /** Attempts after the first one, on 429, 5xx and a connection closed under the request (default 3). */
  retries?: number;
  /** First back-off in milliseconds, doubled on each retry (default 1 s). */
  backoffMs?: number;
  /** The longest wait a `Retry-After` may ask for before the run gives up (default 60 s). */
  maxRetryAfterMs?: number;
  /** Largest response body in bytes (default 32 MB). */
  maxBytes?: number;
  /** Extra request headers, e.g. `Authorization` or `Accept`. */
  headers?: Record<string, string>;
  /** Validators from the last run: sent as If-None-Match / If-Modified-Since. */
  validators?: Validators;
  /** How the client waits between attempts; tests pass a quicker one. */
  sleep?: (ms: number) => Promise<void>;
}

/** A response: the body, or word that nothing changed since the validators were stored. */
export type FetchResult =
  | { status: 'not-modified'; url: string; validators: Validators }
  | {
      status: 'ok';
      url: string;
      body: Uint8Array;
      contentType: string;
      validators: Validators;
      /** The body as UTF-8 text. */
      text(): string;
      /** A response header, e.g. `link` for the next page of a paged API; null when absent. */
      header(name: string): string | null;
    };

/** A request that failed for good, with the address and, where there was one, the status. */
export class SyncHttpError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  constructor(url: string, message: string, status?: number) {
    super(`${url}: ${message}`);
    this.name = 'SyncHttpError';
    this.url = url;
    this.status = status;
  }
}

const defaults = {
  timeoutMs: 20_000,
  retries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
  maxBytes: 32 * 1024 * 1024,
};

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The address parsed, if the sync may request it: `https`, without user name or password.
 * Plain `http` is allowed only on this machine (the tests' local servers).
 */
export function requestableUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SyncHttpError(value, 'not a valid address.');
  }
  const local = url.protocol === 'http:' && loopback.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    throw new SyncHttpError(value, 'only https addresses are fetched.');
  }
  if (url.username || url.password) {
    throw new SyncHttpError(value, 'an address with a user name or password is not fetched.');
  }
  return url;
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it says. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Reads a body up to `maxBytes`, failing as soon as it is larger. */
async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new SyncHttpError(
      url,
      `the response is ${declared} bytes, over the limit of ${maxBytes}.`,
    );
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      throw new SyncHttpError(url, `the response is over the limit of ${maxBytes} bytes.`);
    }
    chunks.push(chunk);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Fetches one address with the sync's rules (see the top of this file). */
export async function fetchSource(
  target: string,
  options: FetchOptions = {},
): Promise<FetchResult> {
  const url = requestableUrl(target).href;
  const { timeoutMs, retries, backoffMs, maxRetryAfterMs, maxBytes } = { ...defaults, ...options };
  const sleep = options.sleep ?? wait;
  const headers: Record<string, string> = {
    'user-agent': 'nettsted-sync/1.0',
    ...options.headers,
  };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) {
    headers['if-modified-since'] = options.validators.lastModified;
  }

  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
      } catch (error) {
        if (controller.signal.aborted) {
          throw new SyncHttpError(url, `no answer within ${timeoutMs / 1000} s (timeout).`);
        }
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const failure = new SyncHttpError(
          url,
          `the request failed: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}.`,
        );
        // A connection closed under the request (a reused idle connection) is worth one more try.
        if (attempt < retries && /^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/.test(cause?.code ?? '')) {
          clearTimeout(timer);
          await sleep(backoffMs * 2 ** attempt);
          continue;
        }
        throw failure;
      }
      // A redirect may not leave https either.
      requestableUrl(response.url || url);
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable) {
        await response.body?.cancel();
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (attempt >= retries) {
          throw new SyncHttpError(
            url,
            `HTTP ${response.status} after ${attempt + 1} attempts.`,
            response.status,
          );
        }
        if (asked !== undefined && asked > maxRetryAfterMs) {
          throw new SyncHttpError(
            url,
            `HTTP ${response.status}, and the server asks to wait ${Math.round(asked / 1000)} s (Retry-After), longer than ${maxRetryAfterMs / 1000} s.`,
            response.status,
          );
        }
        clearTimeout(timer);
        await sleep(asked ?? backoffMs * 2 ** attempt);
        continue;
      }
      const validators: Validators = {};
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      if (etag) validators.etag = etag;
      if (lastModified) validators.lastModified = lastModified;
      if (response.status === 304) {
        await response.body?.cancel();
        return {
          status: 'not-modified',
          url,
          validators: { ...options.validators, ...validators },
        };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SyncHttpError(url, `HTTP ${response.status}.`, response.status);
      }
      const body = await readCapped(response, url, maxBytes).catch((error: unknown) => {
        if (controller.signal.aborted) {
          throw new SyncHttpError(url, `no answer within ${timeoutMs / 1000} s (timeout).`);
        }
        throw error;
      });
      return {
        status: 'ok',
        url,
        body,
        contentType: response.headers.get('content-type') ?? '',
        validators,
        text: () => new TextDecoder('utf-8').decode(body),
        header: (name: string) => response.headers.get(name),
      };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Parses a JSON body, failing with the address when it is not JSON. */
export function parseJson(result: { url: string; text(): string }): unknown {
  try {
    return JSON.parse(result.text());
  } catch (error) {
    throw new SyncHttpError(
      result.url,
      `the answer is not valid JSON: ${(error as Error).message}`,
    );
  }
}
