/**
 * i18next for the game. Namespaces:
 * - `ui`, `signs`, `endings`, `store`: assets/locales/<lang>/<ns>.json (flat keys);
 * - more namespaces of the same folders on demand (`loadNamespace`: the
 *   teacher area's `teacher`, `lessons`), kept loaded across language changes;
 * - `scenario:<id>`: each scenario's text tables, added when its pack loads.
 * Keys are flat (`keySeparator: false`) and namespaces are always passed as
 * an option (`nsSeparator: false`), so ids like `intro.hello` stay whole.
 * Locale files load lazily, one chunk per file (locale-files.ts): a new
 * language folder needs no code change.
 */
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { fallbackChain } from './chain';
import { flatten } from './flatten';
import { fillPluralForms } from './plural-fill';
import { BASE_NAMESPACES, localeFile } from './locale-files';

export { BASE_NAMESPACES } from './locale-files';

export interface GameI18n {
  readonly instance: I18n;
  readonly languages: readonly string[];
  language(): string;
  /** Translate a key of a namespace (default `ui`); with a list, the first namespace that has it. */
  t(key: string, options?: TOptions & { ns?: string | readonly string[] }): string;
  /** True when the key exists in the language or its fallbacks. */
  has(key: string, ns?: string): boolean;
  changeLanguage(code: string): Promise<void>;
  /** Loads one more namespace of assets/locales/ (current language and its fallbacks). */
  loadNamespace(ns: string): Promise<void>;
  addScenarioTexts(id: string, resources: Record<string, Record<string, string>>): void;
  /** BCP-47 tags tried in order for the current language (for speech, help lines). */
  chain(): string[];
}

async function loadLanguage(instance: I18n, lang: string, namespaces: Iterable<string>): Promise<void> {
  await Promise.all(
    [...namespaces].map(async (ns) => {
      if (instance.hasResourceBundle(lang, ns)) return;
      const load = localeFile(lang, ns);
      if (!load) return;
      try {
        const table = await load();
        instance.addResourceBundle(lang, ns, fillPluralForms(lang, flatten(table)), true, true);
      } catch (e) {
        console.warn(`Could not load ${lang}/${ns}.json`, e);
      }
    }),
  );
}

export async function createI18n(language: string, languages: readonly string[]): Promise<GameI18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: (code: string) => fallbackChain(code, languages),
    ns: [...BASE_NAMESPACES],
    defaultNS: 'ui',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // we only ever set textContent
    returnNull: false,
    resources: {},
    initAsync: false,
  } as Parameters<I18n['init']>[0]);
  // Every namespace loaded so far, so a language change brings all of them.
  const namespaces = new Set<string>(BASE_NAMESPACES);
  const ensure = async (code: string, only: Iterable<string> = namespaces) => {
    await Promise.all([code, ...fallbackChain(code, languages)].map((l) => loadLanguage(instance, l, only)));
  };
  await ensure(language);
  const api: GameI18n = {
    instance,
    languages,
    language: () => instance.language,
    t: (key, options) => String(instance.t(key, options as TOptions)),
    has: (key, ns = 'ui') => instance.exists(key, { ns }),
    async changeLanguage(code) {
      await ensure(code);
      await instance.changeLanguage(code);
    },
    async loadNamespace(ns) {
      if (namespaces.has(ns)) return;
      namespaces.add(ns);
      await ensure(instance.language, [ns]);
    },
    addScenarioTexts(id, resources) {
      for (const [lang, table] of Object.entries(resources)) {
        instance.addResourceBundle(lang, `scenario:${id}`, table, true, true);
      }
    },
    chain: () => [instance.language, ...fallbackChain(instance.language, languages)],
  };
  return api;
}
