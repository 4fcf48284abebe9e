/**
 * The scenario index the Vite plugin emits (`scenarios/index.json`), read as
 * untrusted data: anything malformed is dropped with a console warning
 * instead of breaking the hub. The entry's shape is declared once, in
 * src/format/scenario-index.ts, for the build that writes it and this reader.
 */
import type { ScenarioIndexEntry } from '../../format/scenario-index';

export type { ScenarioIndexEntry };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function readTexts(v: unknown): Record<string, Record<string, string>> | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const out: Record<string, Record<string, string>> = Object.create(null);
  for (const [lang, table] of Object.entries(v)) {
    if (!table || typeof table !== 'object') return null;
    const t: Record<string, string> = Object.create(null);
    for (const key of ['title', 'summary', 'playerNote', 'contentNote']) {
      const s = (table as Record<string, unknown>)[key];
      t[key] = typeof s === 'string' ? s : '';
    }
    out[lang] = t;
  }
  return out;
}

export function readScenarioIndex(json: unknown): ScenarioIndexEntry[] {
  if (!json || typeof json !== 'object') return [];
  const list = (json as { scenarios?: unknown }).scenarios;
  if (!Array.isArray(list)) return [];
  const out: ScenarioIndexEntry[] = [];
  for (const e of list as Record<string, unknown>[]) {
    const texts = readTexts(e?.texts);
    if (
      !e ||
      typeof e.id !== 'string' ||
      !/^[a-z0-9][a-z0-9-]*$/.test(e.id) ||
      typeof e.version !== 'number' ||
      !isStrings(e.topics) ||
      !isStrings(e.ageBands) ||
      !isStrings(e.languages) ||
      typeof e.minutes !== 'number' ||
      typeof e.endings !== 'number' ||
      typeof e.sourceLanguage !== 'string' ||
      !texts
    ) {
      console.warn('Skipping a malformed entry in scenarios/index.json', e);
      continue;
    }
    out.push({
      id: e.id,
      version: e.version,
      topics: [...e.topics],
      ageBands: [...e.ageBands],
      minutes: e.minutes,
      sourceLanguage: e.sourceLanguage,
      languages: [...e.languages],
      endings: e.endings,
      // Optional for indexes built before it existed: no avatar is then held back.
      strangerAvatars: isStrings(e.strangerAvatars) ? [...e.strangerAvatars] : [],
      texts,
    });
  }
  return out;
}

/** The hub text of an entry in the first language of `chain` that has it. */
export function indexText(entry: ScenarioIndexEntry, key: string, chain: readonly string[]): string {
  for (const lang of [...chain, entry.sourceLanguage]) {
    const s = entry.texts[lang]?.[key];
    if (s) return s;
  }
  return '';
}
