/**
 * A tiny static file server for the built game (dist/) on a free localhost
 * port. It sends the headers docs/deploy.md asks every server for, from the
 * same module the build and the example server configuration use
 * (src/vite/security-headers.ts), so every browser test runs under the
 * deployed policy: CSP as a header (with frame-ancestors), Trusted Types,
 * caching of hashed files. `setRoot` swaps the folder it serves (a new
 * version of the game at the same address, for the update tests).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS, cacheControl } from '../../../src/vite/security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  origin: string;
  /** Serves another folder from now on. */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  let root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(path),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setRoot: (next) => {
      root = resolve(next);
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
