/**
 * The project's own `vite preview` serving dist/ on a free localhost port,
 * as a second kind of server for the offline tests: it answers with
 * `Vary: Origin`, which a plain static server does not, and a service worker
 * that matched requests with Vary could not find what it had cached.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface PreviewServer {
  origin: string;
  /** Stops the server (the network is then really gone for its origin). */
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

export async function servePreview(): Promise<PreviewServer> {
  const port = await freePort();
  const child = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--logLevel', 'error'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${log}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`vite preview did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    close: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
