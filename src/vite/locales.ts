/**
 * `virtual:escudo-locales`: the list of languages the game offers and the few
 * strings the title screen needs before i18next is loaded.
 *
 * The list is read from the folders under assets/locales/ at build time, so an
 * NGO that adds `assets/locales/<lang>/ui.json` gets its language on the title
 * screen without a code change. Only the `boot.*` and `quickExit.*` keys and `language.name` are
 * copied into the (tiny) title bundle; everything else loads after Play.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:escudo-locales';
/** The keys the title screen shows: its own, and Quick exit's (it has the button too). */
const BOOT_PREFIXES = ['boot.', 'quickExit.'];
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface BootLocale {
  code: string;
  /** The language's own name for itself, e.g. "Español". */
  name: string;
  strings: Record<string, string>;
}

/** Reads every assets/locales/<lang>/ui.json; throws a clear error on bad JSON. */
export function readBootLocales(localesDir: string): BootLocale[] {
  if (!existsSync(localesDir)) return [];
  const out: BootLocale[] = [];
  for (const code of readdirSync(localesDir).sort()) {
    const file = join(localesDir, code, 'ui.json');
    if (!existsSync(file)) continue;
    let table: unknown;
    try {
      table = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file} is not valid JSON: ${(e as Error).message}`, { cause: e });
    }
    if (!table || typeof table !== 'object' || Array.isArray(table)) {
      throw new Error(`${file} must be an object of "key": "text" pairs`);
    }
    const strings: Record<string, string> = {};
    for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
      if (BOOT_PREFIXES.some((p) => key.startsWith(p)) && typeof value === 'string') strings[key] = value;
    }
    const name = (table as Record<string, unknown>)['language.name'];
    out.push({ code, name: typeof name === 'string' ? name : code, strings });
  }
  return out;
}

export function escudoLocales(root: string): Plugin {
  const localesDir = join(root, 'assets', 'locales');
  return {
    name: 'escudo-locales',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const locales = readBootLocales(localesDir);
      for (const l of locales) this.addWatchFile(join(localesDir, l.code, 'ui.json'));
      return `export default ${JSON.stringify(locales)};`;
    },
    configureServer(server) {
      // A new or edited locale file changes the language list: reload.
      server.watcher.add(localesDir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(localesDir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
  };
}
