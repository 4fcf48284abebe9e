/**
 * Reads the project's own child-facing files (the locale tables and the help
 * lines) and today's date for the content checks in
 * src/format/check/project-content.ts, which `scenarios:check` runs when it
 * checks the whole scenarios folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkProjectContent } from '../format/check/project-content.js';
import type { Finding, SourceFile } from '../format/load.js';

function read(path: string): SourceFile {
  return { path, text: readFileSync(path, 'utf8') };
}

/** Today in the local time zone, as YYYY-MM-DD: the day an NGO would write in `verifiedOn`. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The locale tables under `assets/locales/<lang>/`, sorted. */
function localeFiles(root: string): SourceFile[] {
  const dir = join(root, 'assets', 'locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((lang) => statSync(join(dir, lang)).isDirectory())
    .sort()
    .flatMap((lang) =>
      readdirSync(join(dir, lang))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => read(join(dir, lang, name))),
    );
}

/** Findings on the locale tables and the help lines of the project at `root`. */
export function projectContentFindings(root = '.', today = localToday()): Finding[] {
  const helplines = join(root, 'assets', 'helplines.yaml');
  return checkProjectContent({
    locales: localeFiles(root),
    ...(existsSync(helplines) ? { helplines: read(helplines) } : {}),
    today,
  });
}
