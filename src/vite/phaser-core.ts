/**
 * Builds Phaser from its "core" entry instead of the full bundle.
 *
 * Phaser's sources guard optional parts with `typeof WEBGL_RENDERER` style
 * checks that its own build replaces with `true`/`false`. Left alone, `typeof`
 * of an undeclared name is the string "undefined", which is truthy, so every
 * part would be kept. This plugin replaces them so the bundler can drop the
 * Canvas renderer, the debug helpers and Phaser's sound system (howler is the
 * game's only sound system, so there is one AudioContext).
 */
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

export const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG_PATTERN = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

/** Replaces the feature flags in Phaser's own source files. Exported for tests. */
export function replacePhaserFlags(code: string): string {
  return code
    .replace(FLAG_PATTERN, (_m, name: string) => String(PHASER_FLAGS[name]))
    .replace(/\bglobal\.Phaser\s*=/g, 'globalThis.Phaser =');
}

/** node_modules/phaser/src/phaser-core.js (not in the package's "exports", so found by path). */
function phaserCoreEntry(): string {
  const main = createRequire(import.meta.url).resolve('phaser');
  const marker = `${sep}node_modules${sep}phaser${sep}`;
  return join(main.slice(0, main.lastIndexOf(marker) + marker.length), 'src', 'phaser-core.js');
}

export function phaserCore(): Plugin {
  return {
    name: 'escudo-phaser-core',
    enforce: 'pre',
    config() {
      return {
        resolve: {
          alias: [{ find: /^phaser$/, replacement: phaserCoreEntry() }],
        },
        // The dev server pre-bundles Phaser with its own bundler run: replace
        // the flags there too (otherwise the debug build asks for spector.js).
        optimizeDeps: {
          rolldownOptions: {
            plugins: [
              {
                name: 'escudo-phaser-flags-deps',
                transform(code: string, id: string) {
                  return id.includes('/node_modules/phaser/src/')
                    ? { code: replacePhaserFlags(code), map: null }
                    : null;
                },
              },
            ],
          },
        },
      };
    },
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      if (!FLAG_PATTERN.test(code) && !code.includes('global.Phaser')) return null;
      FLAG_PATTERN.lastIndex = 0;
      return { code: replacePhaserFlags(code), map: null };
    },
  };
}
