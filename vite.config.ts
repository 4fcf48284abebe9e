import { defineConfig } from 'vitest/config';
import { escudoHelplines } from './src/vite/helplines.ts';
import { escudoLocales } from './src/vite/locales.ts';
import { escudoManifest } from './src/vite/manifest.ts';
import { escudoPrecache } from './src/vite/precache.ts';
import { phaserCore } from './src/vite/phaser-core.ts';
import { escudoScenarios } from './src/vite/scenarios.ts';
import { escudoScenarioSources } from './src/vite/scenario-sources.ts';
import { cspMeta, SECURITY_HEADERS } from './src/vite/security-headers.ts';

const root = import.meta.dirname;

/**
 * `vite build --mode test-languages`: the game with the test languages of
 * tests/fixtures/languages/ (Arabic, Guaraní, Rioplatense Spanish: their UI
 * tables and their story) added as data, the way an NGO adds a language, into
 * dist-languages/. The browser tests build it (tests/e2e/game/languages.spec.ts);
 * it is never deployed, and the real build (dist/) does not list them.
 */
const TEST_LANGUAGES_MODE = 'test-languages';
const TEST_LANGUAGES = 'tests/fixtures/languages';

// One config for the game build and for Vitest.
export default defineConfig(({ mode }) => {
  const test = mode === TEST_LANGUAGES_MODE;
  const localeDirs = ['assets/locales', ...(test ? [`${TEST_LANGUAGES}/locales`] : [])];
  const scenarioDirs = ['scenarios', ...(test ? [TEST_LANGUAGES] : [])];
  return {
    base: './',
    plugins: [
      phaserCore(),
      escudoLocales(root, localeDirs),
      escudoHelplines(root),
      escudoScenarios(root, scenarioDirs),
      escudoScenarioSources(root, scenarioDirs),
      cspMeta(),
      escudoManifest(root, localeDirs),
      escudoPrecache(),
    ],
    // `npm run preview` sends the headers docs/deploy.md asks every server for.
    preview: { headers: { ...SECURITY_HEADERS } },
    build: {
      // ES2022 keeps class fields as written (Chrome 72+, Safari 14.1+, Firefox
      // 90+ with private fields). Lowered to ES2020, every `static id = …` of
      // chart.js became a helper call the bundler must keep, so chart types the
      // summary never draws shipped too (+14 KB gzip, over the teacher area's
      // budget). The build uses no newer syntax (no class static blocks, which
      // Safari only has from 16.4): checked when this was set, see docs/performance.md.
      target: 'es2022',
      outDir: test ? 'dist-languages' : 'dist',
      sourcemap: false,
      // The title page must stay tiny; the polyfill is not needed by the browsers we target.
      modulePreload: { polyfill: false },
      // Keep every asset a real file: the CSP allows data: images but we prefer cacheable files.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // zod and the one line that turns its eval probe off, in a chunk of
              // their own: a chunk runs whole before any chunk that imports it, so
              // the setting is in place before a schema is built, whichever of the
              // game and the teacher area loads first (the CSP forbids eval).
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]game[\\/]services[\\/]zod-jitless/ },
            ],
          },
        },
      },
    },
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      testTimeout: 30000,
    },
  };
});
