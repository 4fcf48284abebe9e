/**
 * The scenario index: what the build writes to `scenarios/index.json` (src/vite)
 * and the game's hub reads before any pack is loaded (src/game). Declared here,
 * once, so the writer and the reader cannot drift apart.
 */
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
