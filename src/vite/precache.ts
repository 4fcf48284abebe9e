/**
 * Writes the service worker's list of files to keep for offline play into
 * the built `sw.js` (copied from public/): every file of the build (hashed
 * code, styles, sounds, every language's texts, every story pack, the page,
 * the app manifest and icons), so a device that visited once can play every
 * story, hear every sound and switch to any language with the network cut,
 * including the ones it never used online.
 *
 * Files whose names carry no hash (the page, story packs, the manifest) get
 * a short hash of their content in the list, so any change to the game
 * changes `sw.js` itself, which is how the browser notices a new version.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The line in public/sw.js the build replaces. */
export const PRECACHE_MARKER =
  /const BUILD = \{[^\n]*\}; \/\/ written by the build \(src\/vite\/precache\.ts\)/;
const WORKER = 'sw.js';

export interface PrecacheEntry {
  url: string;
  /** Content hash, for files whose names do not carry one. */
  rev?: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Vite names hashed files `name-<hash>.ext` under assets/. */
function isHashed(url: string): boolean {
  return /^assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(url);
}

export function precacheList(outDir: string): PrecacheEntry[] {
  return filesUnder(outDir)
    .map((path) => relative(outDir, path).split(sep).join('/'))
    .filter((url) => url !== WORKER)
    .sort()
    .map((url) => {
      if (isHashed(url)) return { url };
      const rev = createHash('sha256')
        .update(readFileSync(join(outDir, url)))
        .digest('hex')
        .slice(0, 12);
      // The page is kept under the folder's own address ("./"), as it is opened.
      return { url: url === 'index.html' ? './' : url, rev };
    });
}

/** Writes the list (and the version it makes) into a built folder's sw.js. Also used by the update test. */
export function writePrecache(outDir: string): string {
  const workerPath = join(outDir, WORKER);
  const worker = readFileSync(workerPath, 'utf8');
  if (!PRECACHE_MARKER.test(worker)) throw new Error(`${WORKER}: the precache line is missing`);
  const files = precacheList(outDir);
  const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  const line = `const BUILD = ${JSON.stringify({ version, files })}; // written by the build (src/vite/precache.ts)`;
  writeFileSync(
    workerPath,
    worker.replace(PRECACHE_MARKER, () => line),
  );
  return version;
}

export function escudoPrecache(): Plugin {
  let outDir = '';
  return {
    name: 'escudo-precache',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      writePrecache(outDir);
    },
  };
}
