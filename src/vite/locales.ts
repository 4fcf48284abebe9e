/**
 * The game's locale tables, found at build time:
 * - `virtual:escudo-locales`: the list of languages the game offers and the
 *   few strings the title screen needs before i18next is loaded;
 * - `virtual:escudo-locale-files`: one lazy loader per table
 *   (`<lang>/<ns>` → the JSON file), each its own chunk, for src/i18n/.
 *
 * Both are read from the folders under assets/locales/, so an NGO that adds
 * `assets/locales/<lang>/ui.json` gets its language on the title screen
 * without a code change. A build may name more locale folders after it (the
 * test-only build adds tests/fixtures/languages/locales/, see vite.config.ts):
 * a language is data wherever its folder lies. Only the `boot.*` and
 * `quickExit.*` keys and `language.name` are copied into the (tiny) title
 * bundle; everything else loads after Play.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:escudo-locales';
const FILES_ID = 'virtual:escudo-locale-files';
/** The keys the title screen shows: its own, and Quick exit's (it has the button too). */
const BOOT_PREFIXES = ['boot.', 'quickExit.'];
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const RESOLVED_FILES_ID = '\0' + FILES_ID;

/** The shipped tables; a build's extra folders come after it. */
export const DEFAULT_LOCALE_DIRS = ['assets/locales'] as const;

export interface BootLocale {
  code: string;
  /** The language's own name for itself, e.g. "Español". */
  name: string;
  strings: Record<string, string>;
}

/** Language folders (those with a ui.json) of every locale folder, by code; a later folder's language wins. */
export function languageFolders(localesDirs: string | readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of typeof localesDirs === 'string' ? [localesDirs] : localesDirs) {
    if (!existsSync(dir)) continue;
    for (const code of readdirSync(dir).sort()) {
      if (existsSync(join(dir, code, 'ui.json'))) out.set(code, join(dir, code));
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Reads every <lang>/ui.json of the locale folders, sorted by code; throws a clear error on bad JSON. */
export function readBootLocales(localesDirs: string | readonly string[]): BootLocale[] {
  const out: BootLocale[] = [];
  for (const [code, folder] of languageFolders(localesDirs)) {
    const file = join(folder, 'ui.json');
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

/** Every table of every language folder: `<lang>/<ns>` → its absolute path. */
export function localeTableFiles(localesDirs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, folder] of languageFolders(localesDirs)) {
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.json')) out.set(`${code}/${name.slice(0, -'.json'.length)}`, resolve(folder, name));
    }
  }
  return out;
}

/** The loaders module: a literal dynamic import per table, so each is its own lazily loaded chunk. */
function filesModule(files: ReadonlyMap<string, string>): string {
  const entries = [...files].map(
    ([key, path]) =>
      `  ${JSON.stringify(key)}: () => import(${JSON.stringify(path)}).then((m) => m.default),`,
  );
  return `export default {\n${entries.join('\n')}\n};\n`;
}

export function escudoLocales(root: string, localeDirs: readonly string[] = DEFAULT_LOCALE_DIRS): Plugin {
  const dirs = localeDirs.map((d) => join(root, d));
  return {
    name: 'escudo-locales',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === FILES_ID ? RESOLVED_FILES_ID : null;
    },
    load(id) {
      if (id === RESOLVED_FILES_ID) {
        for (const dir of dirs) this.addWatchFile(dir);
        return filesModule(localeTableFiles(dirs));
      }
      if (id !== RESOLVED_ID) return null;
      const locales = readBootLocales(dirs);
      for (const folder of languageFolders(dirs).values()) this.addWatchFile(join(folder, 'ui.json'));
      return `export default ${JSON.stringify(locales)};`;
    },
    configureServer(server) {
      // A new or edited locale file changes the language list and the loaders: reload.
      for (const dir of dirs) server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!dirs.some((dir) => file.startsWith(dir))) return;
        for (const resolved of [RESOLVED_ID, RESOLVED_FILES_ID]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      });
    },
  };
}
