/**
 * The game's DOM shell: one screen at a time over the Phaser backdrop, one
 * aria-live announcer, the quick-exit cover, and the player's profile and
 * settings. Screens are functions that build their DOM from `App`.
 */
import type { EndingEvent, Transcript } from '../engine/types';
import type { Backdrop } from './phaser/backdrop-api';
import { quickExitCover } from './quick-exit';
import { SCREENS, type ScreenName } from './screen-names';
import { applySettings, motionReduced } from './settings-apply';
import { DEFAULT_SETTINGS } from '../store/index';
import type { GameServices, ProfileData, SettingsData } from './services/types';
import { button, h } from './ui/dom';
import { isValidElement, render, type VNode } from 'preact';

export type ScreenParams = Record<string, string | undefined>;
/** A screen is a Preact tree (the way to build one) or, while screens move over, a plain element. */
export type ScreenView = VNode | HTMLElement;
export type ScreenBuilder = (app: App, params: ScreenParams) => ScreenView | Promise<ScreenView>;

export class App {
  readonly host: HTMLElement;
  private readonly screenHost: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly cover: ReturnType<typeof quickExitCover>;
  private cleanups: (() => void)[] = [];
  private current: { name: ScreenName; params: ScreenParams } | null = null;
  profile: ProfileData | null = null;
  settings: SettingsData;
  backdrop: Backdrop | null = null;
  /** The last finished story, handed from the chat to the debrief. */
  result: { scenarioId: string; transcript: Transcript; ending: EndingEvent } | null = null;

  constructor(
    parent: HTMLElement,
    readonly services: GameServices,
    private readonly screens: Record<ScreenName, ScreenBuilder>,
  ) {
    this.settings = { ...DEFAULT_SETTINGS };
    this.host = h('div', { class: 'app' });
    this.screenHost = h('div', { class: 'screen-host' });
    this.announcer = h('div', {
      class: 'visually-hidden',
      attrs: { 'aria-live': 'polite', role: 'status' },
      testid: 'announcer',
    });
    this.cover = quickExitCover(this);
    this.host.append(this.screenHost, this.announcer, this.cover.element);
    parent.append(this.host);
    parent.hidden = false;
    document.addEventListener('keydown', this.onKey);
  }

  t(key: string, options?: Record<string, unknown>): string {
    return this.services.i18n.t(key, options);
  }

  /** Text of a scenario line. */
  st(scenarioId: string, key: string, options?: Record<string, unknown>): string {
    // Scenario lines may greet the player by nickname: `{{player}}`.
    return this.services.i18n.t(key, {
      player: this.profile?.nickname ?? '',
      ...options,
      ns: `scenario:${scenarioId}`,
    });
  }

  get reducedMotion(): boolean {
    return motionReduced(this.settings);
  }

  /** Says something to screen-reader users once (feedback, state changes). */
  announce(text: string): void {
    // Clearing first makes the same sentence announced again if repeated.
    this.announcer.textContent = '';
    window.setTimeout(() => {
      this.announcer.textContent = text;
    }, 30);
  }

  /** Registers something to undo when the screen changes (timers, listeners). */
  onLeave(fn: () => void): void {
    this.cleanups.push(fn);
  }

  async go(name: ScreenName, params: ScreenParams = {}): Promise<void> {
    for (const fn of this.cleanups.splice(0)) fn();
    this.services.sound.cancelSpeech();
    this.current = { name, params };
    const view = await this.screens[name](this, params);
    if (this.current.name !== name || this.current.params !== params) return; // superseded
    // Unmount the previous Preact tree first so its effects clean up.
    render(null, this.screenHost);
    this.screenHost.replaceChildren();
    if (isValidElement(view)) render(view, this.screenHost);
    else this.screenHost.replaceChildren(view);
    const el = this.screenHost;
    // A new screen opens at its top, never where the last one was scrolled to.
    window.scrollTo(0, 0);
    for (const box of el.querySelectorAll<HTMLElement>('.screen')) box.scrollTop = 0;
    this.host.dataset.screen = name;
    this.backdrop?.setMood(name, params.app);
    const heading = el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex') && heading.tagName === 'H1') heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }

  /** Rebuilds the current screen (after a language or settings change). */
  async refresh(): Promise<void> {
    if (this.current) await this.go(this.current.name, this.current.params);
  }

  currentScreen(): { name: ScreenName; params: ScreenParams } | null {
    return this.current;
  }

  async setLanguage(code: string): Promise<void> {
    await this.services.i18n.changeLanguage(code);
    document.documentElement.lang = code;
    this.services.rememberLanguage(code);
    this.settings = { ...this.settings, language: code };
    if (this.profile) await this.services.progress.updateSettings(this.profile.id, { language: code });
    await this.refresh();
    this.announce(this.t('language.changed'));
  }

  async saveSettings(next: SettingsData): Promise<void> {
    this.settings = next;
    applySettings(next);
    this.services.sound.setMuted(!next.sound);
    this.services.sound.setVolume(next.volume);
    this.backdrop?.setReducedMotion(this.reducedMotion);
    if (this.profile) await this.services.progress.updateSettings(this.profile.id, next);
  }

  async useProfile(profile: ProfileData): Promise<void> {
    this.profile = profile;
    const stored = await this.services.progress.getSettings(profile.id);
    const next = { ...DEFAULT_SETTINGS, ...stored };
    await this.saveSettings(next);
    if (
      next.language &&
      next.language !== this.services.i18n.language() &&
      this.services.i18n.languages.includes(next.language)
    ) {
      await this.services.i18n.changeLanguage(next.language);
      document.documentElement.lang = next.language;
      this.services.rememberLanguage(next.language);
    }
    await this.services.progress.updateDevice({ lastProfileId: profile.id });
  }

  quickExit(): void {
    this.services.sound.cancelSpeech();
    // Open dialogs sit above everything (the top layer), even the cover: leave
    // each the way Escape would, which every dialog takes as "no".
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      if (dialog instanceof HTMLDialogElement && dialog.open) dialog.close();
    }
    this.cover.show();
  }

  /**
   * Escape twice within a second hides everything (the quick-exit key), also
   * when a dialog is open: the first Escape closes the dialog as usual, the
   * second one quick-exits.
   */
  private lastEscape = 0;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || this.cover.visible) return;
    const now = performance.now();
    if (now - this.lastEscape < 1000) {
      e.preventDefault();
      this.lastEscape = 0;
      this.quickExit();
    } else {
      this.lastEscape = now;
    }
  };

  /** The bar at the top of every screen but the chat: name, language, settings, quick exit. */
  topBar(options: { back?: () => void; backLabel?: string } = {}): HTMLElement {
    const select = h('select', {
      attrs: { 'aria-label': this.t('language.choose') },
      testid: 'language-select',
    });
    for (const l of this.services.languages) {
      const o = h('option', { text: l.name, attrs: { value: l.code, lang: l.code } });
      select.append(o);
    }
    select.value = this.services.i18n.language();
    select.addEventListener('change', () => void this.setLanguage(select.value));
    const right = h('div', { class: 'topbar-actions' }, select);
    if (this.current?.name !== SCREENS.settings) {
      right.append(
        button(
          this.t('settings.open'),
          () => void this.go(SCREENS.settings, { from: this.current?.name, ...this.current?.params }),
          {
            class: 'btn btn-ghost',
            testid: 'open-settings',
          },
        ),
      );
    }
    const left = h('div', { class: 'topbar-left' });
    if (options.back) {
      left.append(
        button(options.backLabel ?? this.t('nav.back'), options.back, {
          class: 'btn btn-ghost',
          testid: 'back',
        }),
      );
    } else {
      left.append(h('span', { class: 'brand', text: 'Escudo' }));
    }
    // Quick exit stays in the first row, top right, on every screen size.
    return h('header', { class: 'topbar' }, left, this.quickExitButton(), right);
  }

  quickExitButton(): HTMLButtonElement {
    return button(this.t('quickExit.button'), () => this.quickExit(), {
      class: 'btn btn-exit',
      testid: 'quick-exit',
      attrs: { 'aria-keyshortcuts': 'Escape Escape', title: this.t('quickExit.hint') },
    });
  }
}
