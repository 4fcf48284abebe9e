/**
 * The Content-Security-Policy in index.html is strict (no inline scripts or
 * styles, no eval). Vite's dev server needs inline styles and its HMR client,
 * so the policy is removed from the page only when serving in dev; the built
 * game, which the browser tests check for CSP violations, keeps it.
 */
import type { Plugin } from 'vite';

export function devCspRelax(): Plugin {
  return {
    name: 'escudo-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
    },
  };
}
