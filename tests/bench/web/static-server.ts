// A tiny static file server for the built game, with gzip like any real
// host would use, so the browser measures realistic transfer sizes. It only
// serves files inside `root` and only on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

/** Types worth compressing; images, fonts and most audio are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.yaml',
  '.webmanifest',
  '.wav',
]);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        let file = normalize(join(base, path));
        if (!file.startsWith(base)) {
          res.writeHead(403).end();
          return;
        }
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file).catch(() => null);
        if (!body) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        const ext = extname(file).toLowerCase();
        const headers: Record<string, string> = {
          'content-type': TYPES[ext] ?? 'application/octet-stream',
          // Hashed build assets may be cached for good; the page itself not.
          'cache-control': path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        };
        const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const payload = gzip ? gzipSync(body, { level: 9 }) : body;
        if (gzip) {
          headers['content-encoding'] = 'gzip';
          headers['vary'] = 'accept-encoding';
        }
        headers['content-length'] = String(payload.length);
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : payload);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
