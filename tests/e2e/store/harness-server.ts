/**
 * Builds the store harness page (tests/e2e/pages/store-harness.html) with
 * Vite into test-output/ and serves it on one localhost port for the whole
 * run: IndexedDB belongs to an origin, so the origin must not change between
 * browser restarts.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../lib/static-server.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, 'test-output/store-harness');

export interface Harness {
  url: string;
  server: StaticServer;
}

export async function startHarness(): Promise<Harness> {
  await build({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: resolve(ROOT, 'tests/e2e/pages/store-harness.html') },
    },
  });
  const server = await serveStatic(OUT);
  return { url: `${server.origin}/tests/e2e/pages/store-harness.html`, server };
}
