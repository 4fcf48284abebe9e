/*
 * Escudo's service worker: the game keeps working offline after one visit,
 * and a repeat visit starts from the device. Same-origin GET requests only.
 * - Hashed build files (assets/…) never change: cache first.
 * - The page, scenario packs and everything else: network first, falling
 *   back to the cached copy when offline, so authors' updates arrive at once.
 * Nothing is sent anywhere; this only keeps copies of the game's own files.
 */
/* global self, caches, fetch, URL */
const CACHE = 'escudo-v1';
// Only this worker's own older caches are removed on update. Other caches
// belong to the game: 'escudo-progress-mirror' holds the second copy of the
// children's progress (src/store/mirror/) and must never be deleted here.
const OWN_CACHES = /^escudo-v\d+$/;

self.addEventListener('install', () => self.skipWaiting());

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

async function cacheFirst(request) {
  const cached = await (await caches.open(CACHE)).match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await (await caches.open(CACHE)).match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

// The page tells us which of its own files it already loaded before this
// worker was in control (the title, the game, its texts), so they are kept too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const own = data.urls.filter(
    (u) => typeof u === 'string' && new URL(u, self.location.href).origin === self.location.origin,
  );
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(
          own
            .slice(0, 200)
            .map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => undefined))),
        ),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.includes('/assets/') ? cacheFirst(request) : networkFirst(request));
});
