/**
 * The play-test: the game's own shell, chat screen and debrief, run on the
 * pack the author is writing, in any of its languages, with a memory store
 * (nothing touches the children's saved progress) and no sound. The session
 * saves its engine state after every step; that save is how the studio shows
 * the variables, and how it changes them mid-play: the edited state is saved
 * and the chat screen restores it, as the game does after a reload.
 */
import { createEngine } from '../../engine/index';
import type { EngineState, VariableValue } from '../../engine/types';
import type { PackT } from '../../format/pack/schema';
import { readPack } from '../../format/pack/read';
import { toI18nResources } from '../../format/text';
import { App, type ScreenBuilder } from '../../game/app';
import { chatScreen } from '../../game/chat/chat-screen';
import { SCREENS, type ScreenName } from '../../game/screen-names';
import { debriefScreen } from '../../game/screens/debrief';
import { silentSound } from '../../game/services/silent-sound';
import type { GameServices } from '../../game/services/types';
import { createI18n } from '../../i18n/index';
import { createMemoryStore, type ProgressStore } from '../../store/index';

/** Every other screen of the game (the hub, settings…) is outside a play-test: a short note instead. */
const paused: ScreenBuilder = (app) => (
  <main class="screen studio-play-paused" data-testid="play-paused">
    <div class="panel">
      <h1>{app.t('play.paused', { ns: 'studio' })}</h1>
      <p>{app.t('play.pausedHint', { ns: 'studio' })}</p>
    </div>
  </main>
);

const SCREEN_BUILDERS: Record<ScreenName, ScreenBuilder> = {
  [SCREENS.profile]: paused,
  [SCREENS.hub]: paused,
  [SCREENS.chat]: chatScreen,
  [SCREENS.debrief]: debriefScreen,
  [SCREENS.settings]: paused,
  [SCREENS.data]: paused,
  [SCREENS.handIn]: paused,
};

export interface PlayRun {
  /** The variables now, after every step. */
  onState(state: EngineState): void;
}

export class PlayHost {
  private app: App | null = null;
  private store: ProgressStore | null = null;
  private profileId = '';
  private storyId = '';

  constructor(
    private readonly parent: HTMLElement,
    private readonly languages: { code: string; name: string }[],
  ) {}

  /** Starts the pack afresh in `language`; throws when the pack cannot be read. */
  async play(pack: PackT, language: string, run: PlayRun): Promise<void> {
    this.dispose();
    const { loaded, findings } = readPack(pack);
    if (!loaded) throw new Error(findings.map((f) => f.message).join('; '));
    const codes = this.languages.map((l) => l.code);
    const i18n = await createI18n(language, codes);
    await i18n.loadNamespace('studio');
    i18n.addScenarioTexts(loaded.scenario.id, toI18nResources(loaded));
    const store = createMemoryStore();
    // Every save of the session is also shown to the author.
    const progress = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'putState') {
          return async (profileId: string, scenarioId: string, state: unknown) => {
            await target.putState(profileId, scenarioId, state);
            run.onState(state as EngineState);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const services: GameServices = {
      i18n,
      progress,
      sound: silentSound,
      scenarios: { list: () => [], load: () => Promise.resolve(loaded) },
      createEngine: (story) => createEngine(story, { now: () => Date.now(), random: () => Math.random() }),
      languages: this.languages,
      rememberLanguage: () => undefined,
      now: () => Date.now(),
    };
    const app = new App(this.parent, services, SCREEN_BUILDERS);
    const profile = await store.createProfile({
      nickname: 'Alex',
      avatar: 'fox',
      ageBand: loaded.scenario.ageBands[0]!,
    });
    await app.useProfile(profile);
    await app.saveSettings({ ...app.settings, messageSpeed: 'fast', language });
    this.app = app;
    this.store = store;
    this.profileId = profile.id;
    this.storyId = loaded.scenario.id;
    await app.go(SCREENS.chat, { id: this.storyId, fresh: '1' });
  }

  /** Changes variables mid-play: the saved state is edited and the chat restored from it. */
  async setVariables(values: Record<string, VariableValue>): Promise<boolean> {
    const { app, store } = this;
    if (!app || !store) return false;
    const state = (await store.getState(this.profileId, this.storyId)) as EngineState | undefined;
    if (!state || state.status !== 'playing') return false;
    await store.putState(this.profileId, this.storyId, { ...state, vars: { ...state.vars, ...values } });
    await app.go(SCREENS.chat, { id: this.storyId });
    return true;
  }

  dispose(): void {
    this.app?.dispose();
    this.app = null;
    this.store?.close();
    this.store = null;
  }
}
