/**
 * The scenario index: what the build writes to `scenarios/index.json` (src/vite)
 * and the game's hub reads before any pack is loaded (src/game). Declared here,
 * once, so the writer and the reader cannot drift apart; the game also makes
 * entries for the packs it loads at run time (`indexEntry` takes a loaded
 * scenario folder or a read pack alike).
 */
import type { ScenarioT, TextTableT } from './schema.js';

export interface ScenarioIndexEntry {
  id: string;
  version: number;
  topics: string[];
  ageBands: string[];
  minutes: number;
  sourceLanguage: string;
  languages: string[];
  endings: number;
  /**
   * The avatars the story's strangers wear, so a new player is never given
   * one by chance (a child should not look like the stranger of a story).
   */
  strangerAvatars: string[];
  /**
   * Per language: the hub's texts (title, summary, playerNote: the note
   * children read before starting; contentNote: the teacher's, which may name
   * the twist and is never shown to children).
   */
  texts: Record<string, Record<string, string>>;
}

export interface ScenarioIndex {
  format: 'escudo-scenario-index';
  scenarios: ScenarioIndexEntry[];
}

/** What `indexEntry` reads: the fields a scenario folder and a compiled story share. */
export interface IndexSource {
  scenario: Pick<
    ScenarioT,
    | 'id'
    | 'version'
    | 'topics'
    | 'ageBands'
    | 'minutes'
    | 'sourceLanguage'
    | 'title'
    | 'summary'
    | 'playerNote'
  > & {
    teacherNotes: { contentNote: string };
    contacts: Record<string, { role?: string; avatar: string }>;
    nodes: Record<string, { ending?: unknown }>;
  };
  texts: Record<string, TextTableT>;
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as { text?: unknown; other?: unknown };
    if (v.text !== undefined) return plainText(v.text);
    if (typeof v.other === 'string') return v.other;
  }
  return '';
}

export function indexEntry(loaded: IndexSource): ScenarioIndexEntry {
  const s = loaded.scenario;
  const texts: Record<string, Record<string, string>> = {};
  const source = loaded.texts[s.sourceLanguage] ?? {};
  for (const [lang, table] of Object.entries(loaded.texts)) {
    const pick = (key: string) => plainText(table[key]) || plainText(source[key]);
    texts[lang] = {
      title: pick(s.title),
      summary: pick(s.summary),
      contentNote: pick(s.teacherNotes.contentNote),
      playerNote: pick(s.playerNote),
    };
  }
  return {
    id: s.id,
    version: s.version,
    topics: [...s.topics],
    ageBands: [...s.ageBands],
    minutes: s.minutes,
    sourceLanguage: s.sourceLanguage,
    languages: Object.keys(loaded.texts).sort(),
    endings: Object.values(s.nodes).filter((n) => n.ending).length,
    strangerAvatars: [
      ...new Set(
        Object.values(s.contacts)
          .filter((c) => c.role === 'stranger')
          .map((c) => c.avatar),
      ),
    ].sort(),
    texts,
  };
}
