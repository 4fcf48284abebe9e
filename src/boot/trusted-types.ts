/**
 * The page requires Trusted Types for script sinks and allows one policy,
 * `escudo` (src/vite/security-headers.ts). The only script address the game
 * ever hands the browser as a string is its service worker's, so the policy
 * vouches for that one address and refuses every other. Created once, at
 * start: a second policy of the same name is refused by the browser, so
 * nothing injected later can obtain it.
 */

/** The little of the Trusted Types API used here (not in TypeScript's DOM types yet). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

export const TRUSTED_TYPES_POLICY = 'escudo';
export const SERVICE_WORKER_URL = './sw.js';

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, {
  createScriptURL(url) {
    if (url === SERVICE_WORKER_URL) return url;
    throw new TypeError(`Escudo loads no script from ${url}`);
  },
});

/** The service worker's address, as the browser accepts it under Trusted Types. */
export function serviceWorkerUrl(): string {
  // A TrustedScriptURL where the browser has Trusted Types; the plain string elsewhere.
  return (policy?.createScriptURL(SERVICE_WORKER_URL) ?? SERVICE_WORKER_URL) as string;
}
