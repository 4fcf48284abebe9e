/**
 * Debian's Chromium and the flags these machines need: no sandbox (tests run
 * as root), SwiftShader for WebGL, and nothing that phones home (no QUIC,
 * sync, component updates or background networking). playwright.config.ts
 * launches the game's browser with these; the store's durability test
 * starts Chromium itself with the same ones (tests/e2e/store/browser-process.ts).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
