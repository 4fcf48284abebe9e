/**
 * The game's locale tables (assets/locales/<lang>/<ns>.json), one lazily
 * loaded chunk each, found by a glob so a new language folder needs no code
 * change. Shared by i18n (which reads them) and the title screen (which
 * starts fetching the player's language the moment Play is pressed, so the
 * texts arrive alongside the game's code instead of after it).
 */
import { fallbackChain } from './chain';

export type LocaleTable = Record<string, unknown>;

const files = import.meta.glob<LocaleTable>('../../assets/locales/*/*.json', { import: 'default' });

export const BASE_NAMESPACES = ['ui', 'signs', 'endings', 'store'] as const;

export function localeFile(lang: string, ns: string): (() => Promise<LocaleTable>) | undefined {
  return files[`../../assets/locales/${lang}/${ns}.json`];
}

/** Starts loading a language and its fallbacks; the module cache keeps the result for i18n. */
export function preloadLanguage(lang: string, languages: readonly string[]): void {
  for (const code of [lang, ...fallbackChain(lang, languages)]) {
    for (const ns of BASE_NAMESPACES) void localeFile(code, ns)?.().catch(() => undefined);
  }
}
