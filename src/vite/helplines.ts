/**
 * `virtual:escudo-helplines`: assets/helplines.yaml turned into plain data at
 * build time, so the game never ships a YAML parser. The game itself decides
 * what to show (verified entries only; see src/game/services/helplines.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const VIRTUAL_ID = 'virtual:escudo-helplines';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function escudoHelplines(root: string): Plugin {
  const file = join(root, 'assets', 'helplines.yaml');
  return {
    name: 'escudo-helplines',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!existsSync(file)) return 'export default null;';
      this.addWatchFile(file);
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 });
      } catch (e) {
        this.error(`assets/helplines.yaml could not be read: ${(e as Error).message}`);
      }
      return `export default ${JSON.stringify(data ?? null)};`;
    },
  };
}
