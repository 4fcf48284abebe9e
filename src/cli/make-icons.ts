/**
 * `npm run icons`: draws the app icons from one SVG (the title screen's
 * shield on the sky colour) and renders them to PNG with Chromium, into
 * public/icons/. Install prompts on Android, ChromeOS and desktop Chrome
 * want 192 and 512 pixel icons; "maskable" ones are cut to any shape by the
 * launcher, so their shield sits inside the central safe circle (80 %).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/lib/chromium';

const OUT = resolve(import.meta.dirname, '../../public/icons');
/** The title screen's colours (src/boot/boot.css). */
const SKY = '#2b2f77';
const SKY_2 = '#157a8c';

/** The shield of the title screen, centred, `scale` of the square's side tall. */
export function iconSvg(size: number, scale: number): string {
  const height = size * scale;
  const width = (height * 64) / 72;
  const x = (size - width) / 2;
  const y = (size - height) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="${SKY}"/><stop offset="1" stop-color="${SKY_2}"/></linearGradient></defs>`,
    `<rect width="${size}" height="${size}" fill="url(#sky)"/>`,
    `<g transform="translate(${x} ${y}) scale(${width / 64})">`,
    '<path d="M32 3 L60 13 V35 C60 52 47 64 32 69 C17 64 4 52 4 35 V13 Z" fill="#ffffff"/>',
    '<path d="M32 9 L55 17 V35 C55 49 44 59 32 63 C20 59 9 49 9 35 V17 Z" fill="#3b47c4"/>',
    '<path d="M32 15 L49 21 V35 C49 46 41 54 32 57 C23 54 15 46 15 35 V21 Z" fill="#5fd0c7"/>',
    '<path d="M22 36 L29 43 L43 28" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>',
    '</g></svg>',
  ].join('');
}

/** name → [size, shield height as a share of the side] */
const ICONS: Record<string, [number, number]> = {
  'icon-192.png': [192, 0.78],
  'icon-512.png': [512, 0.78],
  // Inside the safe circle (diameter 80 % of the side): a shield 56 % tall fits with room.
  'icon-maskable-512.png': [512, 0.56],
  'apple-touch-icon.png': [180, 0.7],
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'icon.svg'), `${iconSvg(512, 0.78)}\n`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [name, [size, scale]] of Object.entries(ICONS)) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0">${iconSvg(size, scale)}</body></html>`);
      await page.screenshot({ path: join(OUT, name), clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`public/icons/${name} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
