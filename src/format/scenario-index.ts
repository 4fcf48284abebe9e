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
  /** Per language: the hub's texts (title, summary, contentNote). */
  texts: Record<string, Record<string, string>>;
}

export interface ScenarioIndex {
  format: 'escudo-scenario-index';
  scenarios: ScenarioIndexEntry[];
}
