/**
 * The response headers Escudo asks every server to send, written once.
 *
 * Read by:
 *  - the build (`cspMeta()` below), which writes the policy into index.html
 *    as a <meta> tag, so the game keeps it on a server that sends no headers;
 *  - `vite preview` and the browser tests' static server, which send the
 *    headers (vite.config.ts, tests/e2e/lib/static-server.ts);
 *  - the example nginx configuration in deploy/, which a unit test compares
 *    with this module (tests/unit/build/deploy-config.test.ts) and a browser
 *    test serves the game through when nginx is installed.
 * Why each value is what it is: docs/deploy.md and docs/security.md.
 */
import type { Plugin } from 'vite';

/**
 * The Content Security Policy, one directive per entry. No 'unsafe-inline'
 * and no 'unsafe-eval' anywhere: the game has no inline script or style and
 * never evaluates strings (zod runs jitless). Trusted Types are not required:
 * docs/security.md says why.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
  // Only a header can forbid framing; browsers ignore (and warn about) it in a <meta> tag.
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy may not carry. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return CSP_DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  // The game links nowhere, but no address of the game ever leaves with a request.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // The camera only for this site (the teacher's import page reads QR codes); nothing else at all.
  'Permissions-Policy':
    'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * How long a browser may keep each file. Files under assets/ carry a hash
 * of their content in their name, so they never change: a year, immutable.
 * Everything else (the page, the story packs, the manifests, the icons and
 * above all sw.js) must be asked for again each time, or an update would
 * never be seen. Offline play does not depend on this: the service worker
 * keeps its own copy of every file.
 */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** The Cache-Control for a path of the built game (`/assets/main-3f2a.js`). */
export function cacheControl(path: string): string {
  return /(^|\/)assets\//.test(path) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** Where index.html wants the policy; the build fails if it is gone, so no build ships without one. */
export const CSP_PLACEHOLDER =
  '<!-- The build adds the Content Security Policy here (src/vite/security-headers.ts). -->';

/** The policy as a <meta> tag in the built index.html (dev has none: Vite's client needs inline code). */
export function cspMeta(): Plugin {
  return {
    name: 'escudo-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html lost its line ${CSP_PLACEHOLDER}`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}" />`;
      return html.replace(CSP_PLACEHOLDER, meta);
    },
  };
}
