/**
 * The web app manifests that let Chrome, Android and ChromeOS install the
 * game: one per language, written from the language's own texts
 * (`manifest-<lang>.webmanifest`, description from `boot.tagline`), so a
 * language an NGO adds gets its own without a code change, and
 * `manifest.webmanifest` for the page's default language. The title screen
 * points the page at the manifest of the language chosen (src/boot/boot.ts).
 * Icons: public/icons/, drawn by `npm run icons`.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { textDirection } from '../i18n/direction.ts';
import { DEFAULT_LOCALE_DIRS, readBootLocales } from './locales.ts';

/** The title screen's colours (src/boot/boot.css). */
const THEME_COLOR = '#2b2f77';
const BACKGROUND_COLOR = '#2b2f77';
/** index.html's own language, and so the default manifest's. */
export const DEFAULT_MANIFEST_LANG = 'es';

export function manifestFor(lang: string, tagline: string | undefined): Record<string, unknown> {
  return {
    id: './',
    name: 'Escudo',
    short_name: 'Escudo',
    ...(tagline ? { description: tagline } : {}),
    lang,
    // Arabic and the other right-to-left languages get an installed app that reads right to left too.
    dir: textDirection(lang),
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['education', 'kids'],
    prefer_related_applications: false,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

export function escudoManifest(root: string, localeDirs: readonly string[] = DEFAULT_LOCALE_DIRS): Plugin {
  return {
    name: 'escudo-manifest',
    apply: 'build',
    generateBundle() {
      const locales = readBootLocales(localeDirs.map((d) => join(root, d)));
      for (const { code, strings } of locales) {
        const source = `${JSON.stringify(manifestFor(code, strings['boot.tagline']), null, 2)}\n`;
        this.emitFile({ type: 'asset', fileName: `manifest-${code}.webmanifest`, source });
        if (code === DEFAULT_MANIFEST_LANG)
          this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source });
      }
    },
  };
}
