import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded answer: status, headers and body, or a handler for anything else. */
export interface RecordedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Never answers (the client's timeout must end the request). */
  hang?: boolean;
}

/** A route's answers: one for every request, or a list used in turn (the last one repeats). */
export type Route =
  RecordedResponse | RecordedResponse[] | ((request: IncomingMessage) => RecordedResponse);

/** A local HTTP server that replays recorded responses, for the sync's request path. */
export interface RecordedServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request it got: method, path with query, and headers. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** Replaces or adds routes by path (with query, as the client sends it). */
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** Starts a server on a free port that answers each path from `routes`, and 404 otherwise. */
export async function startRecordedServer(routes: Record<string, Route>): Promise<RecordedServer> {
  const table = new Map(Object.entries(routes));
  const used = new Map<string, number>();
  const requests: RecordedServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (!route) {
      response.writeHead(404).end('not found');
      return;
    }
    let answer: RecordedResponse;
    if (typeof route === 'function') answer = route(request);
    else if (Array.isArray(route)) {
      const n = used.get(path) ?? 0;
      used.set(path, n + 1);
      answer = route[Math.min(n, route.length - 1)] ?? {};
    } else answer = route;
    if (answer.hang) {
      hanging.add(response);
      return;
    }
    response.writeHead(answer.status ?? 200, answer.headers ?? {});
    response.end(answer.body ?? '');
  });
  // Idle connections stay open longer than a test takes, so the client never reuses one the
  // server has just closed.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((done) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
