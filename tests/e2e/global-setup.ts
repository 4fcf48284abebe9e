/**
 * Before any browser test: builds the game (vite build → dist/, skipped with
 * E2E_NO_BUILD=1) and the store harness page, clears last run's screenshots
 * and serves both on free localhost ports for the whole run (IndexedDB
 * belongs to an origin, so the harness's origin must not change between
 * browser restarts). The tests find them in E2E_GAME_ORIGIN and
 * E2E_HARNESS_URL. Returns the teardown that stops the servers.
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { serveStatic } from './lib/static-server';
import { SHOTS_DIR } from './game/screens';
import { startHarness } from './store/harness-server';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.E2E_NO_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  rmSync(SHOTS_DIR, { recursive: true, force: true });
  const game = await serveStatic('dist');
  const harness = await startHarness();
  process.env.E2E_GAME_ORIGIN = game.origin;
  process.env.E2E_HARNESS_URL = harness.url;
  return async () => {
    await game.close();
    await harness.server.close();
  };
}
