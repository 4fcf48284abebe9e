/**
 * The composition root: wires i18n, the progress store, sound, the scenario
 * packs and the engine into the game. Loaded by the title screen on Play.
 */
// Must stay the first import: it configures zod before any schema is used.
import './game/services/zod-jitless';
import { createEngine } from './engine/index';
import { rememberLanguage } from './boot/language';
import { createI18n } from './i18n/index';
import { openStore } from './store/index';
import { startGame } from './game/start-game';
import { createScenarioLibrary } from './game/services/scenario-library';
import { createPackShelf } from './game/services/pack-shelf';
import { createGameSound } from './game/services/sound';
import type { GameServices } from './game/services/types';

export interface StartOptions {
  root: HTMLElement;
  language: string;
  languages: { code: string; name: string }[];
  onProgress: (fraction: number) => void;
  /** The story list, if the title screen already started fetching it. */
  scenarioIndex?: Promise<unknown>;
}

export async function startEscudo(options: StartOptions): Promise<void> {
  const codes = options.languages.map((l) => l.code);
  const [i18n, opened] = await Promise.all([createI18n(options.language, codes), openStore()]);
  options.onProgress(0.4);
  const scenarios = await createScenarioLibrary(i18n, 'scenarios/', options.scenarioIndex, (shipped) =>
    createPackShelf({ store: opened.store, shipped }),
  );
  options.onProgress(0.8);
  const services: GameServices = {
    i18n,
    progress: opened.store,
    sound: createGameSound(0.8, false),
    scenarios,
    createEngine: (scenario) =>
      createEngine(scenario, { now: () => Date.now(), random: () => Math.random() }),
    languages: options.languages,
    rememberLanguage,
    now: () => Date.now(),
    handIn: () => import('./teacher/handin/game-codec').then((m) => m.gameHandInCodec),
    ...(opened.lostData ? { progressLost: opened.recovered ? ('some' as const) : ('all' as const) } : {}),
  };
  await startGame(options.root, services);
  options.onProgress(1);
}
