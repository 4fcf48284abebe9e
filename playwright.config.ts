/**
 * Browser tests (npm run test:e2e), on Playwright's runner with Debian's
 * Chromium (a browser download never works on these machines).
 *  - game: the built game served from dist/, played in every language by
 *    keyboard, mouse and touch (tests/e2e/game/*.spec.ts);
 *  - store: the progress store's harness page, reload and second tabs;
 *  - durability: 50 SIGKILLs of the whole browser; it runs after the other
 *    two, alone, so no other browser competes with it for the CPU.
 * The global setup builds the game and the store harness and serves both on
 * free localhost ports (tests/e2e/global-setup.ts).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/lib/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // Traces and failure screenshots; the report sits beside the screenshots the tests save.
  outputDir: 'test-output/e2e-results',
  reporter: [['list'], ['html', { outputFolder: 'test-output/e2e-report', open: 'never' }]],
  // Two cores: two browsers at most, and the durability project on its own.
  workers: 2,
  forbidOnly: true,
  timeout: 5 * 60_000,
  expect: { timeout: 15_000 },
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
  },
  projects: [
    // The three language journeys are the longest tests: let both workers take them.
    { name: 'game', testMatch: 'game/**/*.spec.ts', fullyParallel: true },
    { name: 'store', testMatch: 'store/store.spec.ts' },
    {
      name: 'durability',
      testMatch: ['store/durability.spec.ts', 'store/last-tap.spec.ts'],
      dependencies: ['game', 'store'],
      timeout: 20 * 60_000,
      // These tests launch and SIGKILL their own browsers: Playwright's trace
      // has nothing to record, and once its teardown failed on a killed
      // browser after every check had passed. One retry covers that; a real
      // loss fails its checks again.
      use: { trace: 'off' },
      retries: 1,
    },
  ],
});
