/**
 * Browser tests of the game (npm run test:e2e): builds the game, serves dist/
 * on a free localhost port and drives Debian's Chromium with playwright-core.
 * In each language, keyboard only: create a profile, start the example
 * story, flag a message, reload mid-story and resume at the same message, use
 * quick exit, play to one ending, replay and block to reach another ending,
 * open settings and the saved-progress page; play to an ending by mouse
 * only and by touch only; back up, delete and load the
 * backup back, refuse a tampered one, delete a player. axe-core on every screen; the accessibility tree holds each
 * message and choice; no request leaves the origin; no CSP violation.
 * Screenshots of every screen at every size go to test-output/screenshots/.
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { SHOTS_DIR } from './driver';
import { deviceData } from './device-data';
import { playLanguage, largeTextAndNarrowScreen } from './play';
import { pointerPlay } from './pointer';
import { createReport } from './report';

// E2E_LANGS=en plays one language; E2E_LANGS= (empty) only runs the other suites.
const LANGS = (process.env.E2E_LANGS ?? 'es,pt-BR,en').split(',').filter(Boolean);

async function main(): Promise<void> {
  const started = Date.now();
  if (process.env.E2E_NO_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  rmSync(SHOTS_DIR, { recursive: true, force: true });
  const server = await serveStatic('dist');
  const chromium = await launchChromium();
  const report = createReport();
  try {
    for (const lang of LANGS)
      await report.suite(`play in ${lang}`, () =>
        playLanguage(chromium.browser, server.origin, lang, report),
      );
    for (const lang of LANGS) {
      await report.suite(`mouse only, laptop (${lang})`, () =>
        pointerPlay(chromium.browser, server.origin, report, 'mouse', lang),
      );
      await report.suite(`touch only, phone (${lang})`, () =>
        pointerPlay(chromium.browser, server.origin, report, 'touch', lang),
      );
    }
    await report.suite('saved progress: backup, delete, load back', () =>
      deviceData(chromium.browser, server.origin, report),
    );
    await report.suite('text at 200 % on a 320 px screen', () =>
      largeTextAndNarrowScreen(chromium.browser, server.origin, report),
    );
  } finally {
    await chromium.close();
    await server.close();
  }
  const ok = report.summary();
  console.log(`e2e finished in ${Math.round((Date.now() - started) / 1000)} s; screenshots in ${SHOTS_DIR}/`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
