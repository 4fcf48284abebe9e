/**
 * The game's locale tables (assets/locales/<lang>/<ns>.json), one lazily
 * loaded chunk each, listed at build time by src/vite/locales.ts so a new
 * language folder needs no code change (and a test build can add folders
 * from elsewhere). Shared by i18n (which reads them) and the title screen (which
 * starts fetching the player's language the moment Play is pressed, so the
 * texts arrive alongside the game's code instead of after it).
 */
import files from 'virtual:escudo-locale-files';
import { fallbackChain } from './chain';

export type LocaleTable = Record<string, unknown>;

export const BASE_NAMESPACES = ['ui', 'signs', 'endings', 'store'] as const;

export function localeFile(lang: string, ns: string): (() => Promise<LocaleTable>) | undefined {
  const key = `${lang}/${ns}`;
  return Object.hasOwn(files, key) ? files[key] : undefined;
}

/** Starts loading a language and its fallbacks; the module cache keeps the result for i18n. */
export function preloadLanguage(lang: string, languages: readonly string[]): void {
  for (const code of [lang, ...fallbackChain(lang, languages)]) {
    for (const ns of BASE_NAMESPACES) void localeFile(code, ns)?.().catch(() => undefined);
  }
}
