/*
 * Escudo's service worker: after one visit the whole game works offline,
 * and a new version never reloads under a child.
 *
 * - Install: every file of this build is put in a cache of this version
 *   (the list below is written by the build, src/vite/precache.ts): code,
 *   styles, every sound, every language and every story pack, including
 *   the ones never used online. Hashed files an older version already holds
 *   are copied from its cache instead of downloaded again (slow school
 *   connections). If any file cannot be had, the install fails and the
 *   browser tries again later; the version in use carries on.
 * - A new version waits: it does not take over while the game is open. The
 *   page shows the adult "a new version is ready" on the title screen and
 *   the hub (never in a story), and its button sends "skip-waiting"; the
 *   page reloads once the new version is in control.
 * - Requests are answered from this version's cache, matched without Vary
 *   (a server may answer `Vary: Origin`, as `vite preview` does, and the
 *   browser's request then never matches what was stored) and without the
 *   query string; anything not in the list goes to the network.
 * - The `packs/` folder an NGO may host beside the game (packs/index.json and
 *   the packs it lists, docs/pack-format.md) is not part of the build: it is
 *   fetched from the network, a copy kept in 'escudo-packs' (which outlives
 *   updates), and that copy answers when the network cannot. Offline with no
 *   copy it answers 404, as a host without the folder does.
 * Same-origin GET requests only; nothing is ever sent anywhere.
 */
/* global self, caches, fetch, URL, Request, Response */
const BUILD = { version: 'dev', files: [] }; // written by the build (src/vite/precache.ts)
const CACHE = `escudo-app-${BUILD.version}`;
// Only this worker's own caches (and the first worker's 'escudo-v1') are
// removed on update. Other caches belong to the game: 'escudo-progress-mirror'
// holds the second copy of the children's progress (src/store/mirror/) and
// must never be deleted here.
const OWN_CACHES = /^escudo-(v\d+|app-[0-9a-z]+)$/;
const HASHED = /\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

function address(url) {
  return new URL(url, self.registration.scope).href;
}

/** A hashed file an older version of the game already keeps (same name, same bytes). */
async function fromOlderCache(url) {
  if (!HASHED.test(url)) return undefined;
  for (const name of await caches.keys()) {
    if (name === CACHE || !OWN_CACHES.test(name)) continue;
    const hit = await (await caches.open(name)).match(url, { ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

async function precache() {
  const cache = await caches.open(CACHE);
  for (const file of BUILD.files) {
    const url = address(file.url);
    if (await cache.match(url, { ignoreVary: true })) continue;
    const older = await fromOlderCache(url);
    if (older) {
      await cache.put(url, older);
      continue;
    }
    // Past the browser's HTTP cache: a stale copy must not become this version's.
    const response = await fetch(new Request(url, { cache: 'reload' }));
    if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
    await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== CACHE && OWN_CACHES.test(k)).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

const PACKS_CACHE = 'escudo-packs';

async function fromPacksFolder(request) {
  const cache = await caches.open(PACKS_CACHE);
  const copy = () => cache.match(request, { ignoreVary: true, ignoreSearch: true });
  const none = () => new Response('', { status: 404, statusText: 'Offline, no copy' });
  // Known to be offline: no request that can only fail.
  if (self.navigator.onLine === false) return (await copy()) || none();
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    else if (response.status === 404) await cache.delete(request, { ignoreSearch: true });
    return response;
  } catch {
    return (await copy()) || none();
  }
}

async function answer(request) {
  const cache = await caches.open(CACHE);
  const options = { ignoreVary: true, ignoreSearch: true };
  const cached =
    (await cache.match(request, options)) ||
    (request.mode === 'navigate' ? await cache.match(address('./'), options) : undefined);
  if (cached) return cached;
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.href.startsWith(address('./packs/'))) event.respondWith(fromPacksFolder(request));
  else event.respondWith(answer(request));
});
