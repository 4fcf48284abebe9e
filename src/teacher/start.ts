/**
 * The teacher area's composition root, loaded only when the area is opened
 * (the title screen's "For teachers", or an address `#/teacher…`): i18n with
 * the `teacher` namespace, the teacher store, the PIN, the children's
 * progress store (read only here), class codes, and the shell.
 */
// Must stay the first import: it configures zod before any schema is used.
import '../game/services/zod-jitless';
import type { ScenarioLibrary } from '../game/services/types';
import { createI18n } from '../i18n/index';
import { openStore, type ProgressStore } from '../store/index';
import { PinService, tabSessionMarker } from './pin/index';
import { SHELL_PAGES, TEACHER_PAGES } from './pages';
import type { TeacherServices } from './services';
import { makeClassCode, normaliseClassCode } from './class-code';
import { sharedTeacherStore } from './store/index';
import { TeacherApp } from './teacher-app';
import '../game/styles/game.css';
import './styles/teacher.css';

export interface TeacherStartOptions {
  parent: HTMLElement;
  language: string;
  languages: { code: string; name: string }[];
  rememberLanguage(code: string): void;
  /** The teacher left the area (its Leave button, or the address left `#/teacher`). */
  onLeave(): void;
}

export async function startTeacherArea(options: TeacherStartOptions): Promise<TeacherApp> {
  const codes = options.languages.map((l) => l.code);
  const [i18n, store] = await Promise.all([createI18n(options.language, codes), sharedTeacherStore()]);
  await i18n.loadNamespace('teacher');
  let progress: Promise<ProgressStore> | null = null;
  let stories: Promise<ScenarioLibrary> | null = null;
  const services: TeacherServices = {
    i18n,
    store,
    pins: new PinService({ store, session: tabSessionMarker() }),
    progress: () => (progress ??= openStore().then((opened) => opened.store)),
    classCodes: {
      // Without the dash: the code a teacher writes on the board is exactly what is stored.
      generate: () =>
        makeClassCode(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32, { group: false }),
      normalise: normaliseClassCode,
    },
    // The same packs, from the same place, as the game; loaded when a page first needs them.
    stories: () =>
      (stories ??= import('../game/services/scenario-library').then((m) =>
        m.createScenarioLibrary(i18n, 'scenarios/'),
      )),
    languages: options.languages,
    rememberLanguage: options.rememberLanguage,
    now: () => Date.now(),
  };
  document.documentElement.lang = i18n.language();
  document.documentElement.classList.add('teacher-area');
  const app = new TeacherApp(options.parent, services, TEACHER_PAGES, SHELL_PAGES, () => {
    document.documentElement.classList.remove('teacher-area');
    // The game opens its own connection on Play; this one is let go.
    void progress?.then((s) => s.close()).catch(() => undefined);
    options.onLeave();
  });
  await app.start();
  return app;
}
