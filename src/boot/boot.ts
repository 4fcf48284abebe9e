/**
 * The title screen: the first thing a child sees, from a tiny download.
 * It must not import Phaser, zod, yaml or i18next (budget: 60 KB gzip before
 * Play). It shows the name, a language choice and a Play button; on Play it
 * loads the game (src/main.ts) with a progress bar.
 */
import locales from 'virtual:escudo-locales';
import { fallbackChain } from '../i18n/chain';
import { setDocumentLanguage } from '../i18n/direction';
import { preloadLanguage } from '../i18n/locale-files';
import { initialLanguage, rememberLanguage } from './language';
import { bootQuickExit } from './quick-exit';
import { applyUpdate, onUpdateReady, registerServiceWorker } from './updates';
import { isTeacherHash } from '../teacher/routes';
import { isStudioHash } from '../studio/routes';
import type { StartOptions } from '../main';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const codes = locales.map((l) => l.code);
let lang = initialLanguage(codes);

/**
 * A title-screen text, through the same fallbacks as the game's (es-AR → es
 * → en), so a regional variant that changes only a few lines still reads
 * its base language here rather than English.
 */
function text(key: string): string {
  for (const code of [lang, ...fallbackChain(lang, codes)]) {
    const own = locales.find((l) => l.code === code)?.strings[key];
    if (own !== undefined) return own;
  }
  return '';
}

const quickExit = bootQuickExit($<HTMLButtonElement>('title-quick-exit'), [
  $('title-screen'),
  $('game-root'),
]);

function render(): void {
  setDocumentLanguage(lang);
  // The install prompt names and describes the game in the language chosen (src/vite/manifest.ts).
  $<HTMLLinkElement>('app-manifest').href = `./manifest-${lang}.webmanifest`;
  quickExit.render(text);
  $('title-tagline').textContent = text('boot.tagline');
  $('title-lang-label').textContent = text('boot.language');
  const play = $<HTMLButtonElement>('title-play');
  play.textContent = text('boot.play');
  play.disabled = false;
  $('title-progress-label').textContent = text('boot.loading');
  $('title-teacher').textContent = text('boot.forTeachers');
  $('title-studio').textContent = text('boot.forAuthors');
  $('title-update-text').textContent = text('boot.updateReady');
  $('title-update-apply').textContent = text('boot.updateApply');
}

function fillLanguages(): void {
  const select = $<HTMLSelectElement>('title-lang-select');
  select.replaceChildren(
    ...locales.map((l) => {
      const o = document.createElement('option');
      o.value = l.code;
      o.textContent = l.name;
      o.lang = l.code;
      return o;
    }),
  );
  select.value = lang;
  select.addEventListener('change', () => {
    lang = select.value;
    rememberLanguage(lang);
    render();
  });
}

let loading: Promise<typeof import('../main')> | null = null;
let scenarioIndex: Promise<unknown> | null = null;
/**
 * Starts fetching the game; called early (pointer down) to win a few hundred
 * ms. The texts of the chosen language and the story list are requested at
 * the same time, rather than one round trip each after the game has run.
 */
function loadGame(): Promise<typeof import('../main')> {
  if (!loading) {
    loading = import('../main');
    preloadLanguage(lang, codes);
    scenarioIndex = fetch('scenarios/index.json', { credentials: 'same-origin' }).then((res) =>
      res.ok ? res.json() : Promise.reject(new Error(`scenarios/index.json: HTTP ${res.status}`)),
    );
    scenarioIndex.catch(() => undefined);
  }
  return loading;
}

function showError(message: string): void {
  const el = $('title-error');
  el.textContent = message;
  el.hidden = false;
}

async function play(): Promise<void> {
  const button = $<HTMLButtonElement>('title-play');
  button.disabled = true;
  const wrap = $('title-progress-wrap');
  const bar = $<HTMLProgressElement>('title-progress');
  wrap.hidden = false;
  bar.value = 10;
  try {
    const main = await loadGame();
    bar.value = 40;
    const options: StartOptions = {
      root: $('game-root'),
      language: lang,
      languages: locales.map((l) => ({ code: l.code, name: l.name })),
      ...(scenarioIndex ? { scenarioIndex } : {}),
      onProgress: (fraction) => {
        bar.value = 40 + Math.round(fraction * 60);
      },
    };
    quickExit.stop();
    await main.startEscudo(options);
    gameStarted = true;
    $('title-screen').remove();
  } catch (e) {
    console.error(e);
    quickExit.resume();
    button.disabled = false;
    wrap.hidden = true;
    showError(text('boot.error'));
  }
}

fillLanguages();
render();

// Offline after the first visit, and new versions only when an adult says so (public/sw.js).
registerServiceWorker();
onUpdateReady((ready) => {
  const notice = document.getElementById('title-update'); // gone once the game has started
  if (notice) notice.hidden = !ready;
});
$('title-update-apply').addEventListener('click', applyUpdate);
// The teacher area: its own code and texts, loaded only when it is opened
// (the "For teachers" link, or an address #/teacher…), never before Play.
let gameStarted = false;
let teacherOpen = false;
async function openTeacher(): Promise<void> {
  if (teacherOpen) return;
  // The game owns the page once it runs: start afresh in the teacher area.
  if (gameStarted) return location.reload();
  teacherOpen = true;
  const title = $('title-screen');
  const play = $<HTMLButtonElement>('title-play');
  play.disabled = true;
  const root = document.createElement('div');
  root.id = 'teacher-root';
  const back = () => {
    teacherOpen = false;
    root.remove();
    title.hidden = false;
    quickExit.resume();
    // The teacher may have chosen another language there.
    lang = initialLanguage(codes);
    $<HTMLSelectElement>('title-lang-select').value = lang;
    render();
  };
  try {
    const { startTeacherArea } = await import('../teacher/start');
    quickExit.stop();
    title.hidden = true;
    document.body.append(root);
    await startTeacherArea({
      parent: root,
      language: lang,
      languages: locales.map((l) => ({ code: l.code, name: l.name })),
      rememberLanguage,
      onLeave: () => {
        back();
        $('title-teacher').focus();
      },
    });
  } catch (e) {
    console.error(e);
    back();
    history.replaceState(null, '', location.pathname + location.search);
    showError(text('boot.error'));
  }
}
window.addEventListener('hashchange', () => {
  if (isTeacherHash(location.hash)) void openTeacher();
});
if (isTeacherHash(location.hash)) void openTeacher();

// Escudo Studio, for NGOs writing stories: like the teacher area, its code
// (editor, checker, graph) loads only when it is opened (#/studio).
let studioOpen = false;
async function openStudio(): Promise<void> {
  if (studioOpen) return;
  if (gameStarted) return location.reload();
  studioOpen = true;
  const title = $('title-screen');
  $<HTMLButtonElement>('title-play').disabled = true;
  const root = document.createElement('div');
  root.id = 'studio-root';
  try {
    const { startStudio } = await import('../studio/start');
    quickExit.stop();
    title.hidden = true;
    document.body.append(root);
    await startStudio({
      parent: root,
      language: lang,
      languages: locales.map((l) => ({ code: l.code, name: l.name })),
      rememberLanguage,
      // Leaving the studio starts the page afresh: the editor and its worker go with it.
      onLeave: () => {
        history.replaceState(null, '', location.pathname + location.search);
        location.reload();
      },
    });
  } catch (e) {
    console.error(e);
    studioOpen = false;
    root.remove();
    title.hidden = false;
    quickExit.resume();
    history.replaceState(null, '', location.pathname + location.search);
    showError(text('boot.error'));
    render();
  }
}
window.addEventListener('hashchange', () => {
  if (isStudioHash(location.hash)) void openStudio();
});
if (isStudioHash(location.hash)) void openStudio();

const playButton = $<HTMLButtonElement>('title-play');
playButton.addEventListener('pointerdown', () => void loadGame().catch(() => undefined), { once: true });
playButton.addEventListener('click', () => void play());
