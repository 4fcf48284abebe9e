/**
 * The example nginx configuration (deploy/nginx.conf) sends exactly the
 * headers src/vite/security-headers.ts lists, with the caching rule for
 * each kind of file, in every location (nginx drops a server's add_header
 * in a location that has its own, so each location carries them all).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../../src/vite/security-headers';

const conf = readFileSync('deploy/nginx.conf', 'utf8');

/** Each `location <path> { … }` block's add_header lines, as name → value. */
function locations(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const block of conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)) {
    const headers = new Map<string, string>();
    for (const h of block[2]!.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g))
      headers.set(h[1]!, h[2]!);
    out.set(block[1]!, headers);
  }
  return out;
}

describe('deploy/nginx.conf', () => {
  it('has a location for hashed files and one for everything else', () => {
    expect([...locations().keys()]).toEqual(['/assets/', '/']);
  });

  it('sends every security header with the same value, in every location', () => {
    for (const [path, headers] of locations()) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(headers.get(name), `${path}: ${name}`).toBe(value);
      }
    }
  });

  it('caches hashed files for a year and asks again for everything else', () => {
    expect(locations().get('/assets/')?.get('Cache-Control')).toBe(CACHE_IMMUTABLE);
    expect(locations().get('/')?.get('Cache-Control')).toBe(CACHE_REVALIDATE);
  });
});
