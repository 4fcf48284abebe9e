/**
 * The mirror's buckets in the browser's Cache Storage, one cached response
 * per bucket under a made-up same-origin address that is never fetched.
 *
 * Why Cache Storage: Chromium keeps it apart from IndexedDB (its own files,
 * one per entry, with an index it can rebuild), so the crash that makes
 * Chromium delete a corrupted IndexedDB database does not take the mirror
 * with it. It exists only on secure origins (https, localhost); elsewhere
 * the game runs without a mirror, as before.
 */
import type { MirrorStorage } from './storage.js';

/** The service worker must leave this cache alone (public/sw.js). */
export const MIRROR_CACHE = 'escudo-progress-mirror';
const PREFIX = '/__escudo-progress-mirror__/';

export function cacheMirrorStorage(): MirrorStorage | undefined {
  try {
    const caches = globalThis.caches;
    const origin = globalThis.location?.origin;
    if (!caches || !origin || globalThis.isSecureContext === false) return undefined;
    return new CacheMirrorStorage(caches, origin);
  } catch {
    return undefined; // Cache Storage refused (some privacy settings throw on access)
  }
}

class CacheMirrorStorage implements MirrorStorage {
  private cache: Promise<Cache> | undefined;

  constructor(
    private readonly caches: CacheStorage,
    private readonly origin: string,
  ) {}

  private open(): Promise<Cache> {
    this.cache ??= this.caches.open(MIRROR_CACHE);
    return this.cache;
  }

  private address(bucket: string): string {
    return `${this.origin}${PREFIX}${encodeURIComponent(bucket)}`;
  }

  async put(bucket: string, text: string): Promise<void> {
    const response = new Response(text, { headers: { 'content-type': 'application/json' } });
    await (await this.open()).put(this.address(bucket), response);
  }

  async get(bucket: string): Promise<string | undefined> {
    const response = await (await this.open()).match(this.address(bucket));
    return response ? response.text() : undefined;
  }

  async delete(bucket: string): Promise<void> {
    await (await this.open()).delete(this.address(bucket));
  }

  async list(): Promise<string[]> {
    const requests = await (await this.open()).keys();
    const names: string[] = [];
    for (const request of requests) {
      const path = new URL(request.url).pathname;
      if (path.startsWith(PREFIX)) names.push(decodeURIComponent(path.slice(PREFIX.length)));
    }
    return names;
  }

  async clear(): Promise<void> {
    this.cache = undefined;
    await this.caches.delete(MIRROR_CACHE);
  }
}
