// A small static server for the check:live tests: serves a built site with the shipped headers
// and content types, like src/deploy/nginx.conf, except for the one fault it is told to make.
// Written by hand because each test needs a server that is wrong in one chosen way.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { adminSecurityHeaders, securityHeaders } from '../../src/deploy/security-headers.ts';

/** One thing the server gets wrong. */
export type Fault =
  | { kind: 'none' }
  | { kind: 'missing header'; header: string }
  | { kind: 'content type'; extension: string; type: string }
  | { kind: 'unknown answers 200' }
  | { kind: 'extra page'; path: string; html: string };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** Serves `root` on 127.0.0.1 and a free port with `fault`; resolves with its address. */
export async function serveSite(
  root: string,
  fault: Fault = { kind: 'none' },
): Promise<{ base: URL; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers = path.startsWith('/admin/') ? adminSecurityHeaders() : securityHeaders();
    for (const [name, value] of headers) {
      if (fault.kind === 'missing header' && name === fault.header) continue;
      response.setHeader(name, value);
    }
    if (fault.kind === 'extra page' && path === fault.path) {
      response.setHeader('Content-Type', types['.html'] as string);
      response.end(fault.html);
      return;
    }
    let file = join(root, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      const status = fault.kind === 'unknown answers 200' ? 200 : 404;
      const page = fault.kind === 'unknown answers 200' ? 'index.html' : '404.html';
      response.writeHead(status, { 'Content-Type': types['.html'] as string });
      response.end(readFileSync(join(root, page)));
      return;
    }
    const extension = extname(file);
    const type =
      fault.kind === 'content type' && extension === fault.extension
        ? fault.type
        : (types[extension] ?? 'application/octet-stream');
    response.writeHead(200, { 'Content-Type': type });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: new URL(`http://127.0.0.1:${port}/`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
