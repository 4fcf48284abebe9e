/**
 * `npm run screens:guide [-- en es pt-BR]`: builds the game (skipped with
 * GUIDE_NO_BUILD=1), serves dist/ on a free localhost port, and follows
 * docs/ngo-guide.md in each language in Chromium (tests/docs/guide-walk.ts),
 * taking the guide's pictures into docs/screens/ and printing how long each
 * step took. Not part of `npm test`: it rewrites the docs' pictures.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../e2e/lib/static-server';
import { launch } from './guide-browser';
import { walkTheGuide, type StepTime } from './guide-walk';

const OUT = 'test-output/guide';
const langs = process.argv.slice(2).filter((a) => !a.startsWith('-'));

async function main(): Promise<void> {
  if (process.env.GUIDE_NO_BUILD !== '1') execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic('dist');
  const browser = await launch();
  const all: Record<string, StepTime[]> = {};
  try {
    for (const lang of langs.length ? langs : ['en', 'es', 'pt-BR']) {
      const times = await walkTheGuide(browser, {
        origin: server.origin,
        lang,
        screens: process.env.GUIDE_NO_SCREENS === '1' ? '' : 'docs/screens',
        out: OUT,
      });
      all[lang] = times;
      const total = times.reduce((sum, t) => sum + t.seconds, 0);
      console.log(`${lang}: the guide followed in ${total.toFixed(1)} s`);
      for (const t of times) console.log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.step}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(`${OUT}/walk-times.json`, `${JSON.stringify(all, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
