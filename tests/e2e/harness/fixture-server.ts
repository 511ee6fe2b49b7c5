import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES_DIR = path.resolve('tests/fixtures/pages');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** e.g. http://127.0.0.1:41234; pages are at `${origin}/sample-invites.html`. */
  origin: string;
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages/* (flat, no subfolders) on 127.0.0.1 at an ephemeral port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    void readFile(path.join(PAGES_DIR, name)).then(
      (body) => {
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // browsers keep connections alive; close() would wait for them
      }),
  };
}
