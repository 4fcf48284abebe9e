/**
 * The game's DOM shell: one screen at a time over the Phaser backdrop, one
 * aria-live announcer, the quick-exit cover, and the player's profile and
 * settings. Screens are functions that load what they show and return a
 * Preact tree built from `App`.
 */
import type { EndingEvent, Transcript } from '../engine/types';
import { setDocumentLanguage } from '../i18n/direction';
import type { Backdrop } from './phaser/backdrop-api';
import { quickExitCover } from './quick-exit';
import type { ScreenName } from './screen-names';
import { applySettings, motionReduced } from './settings-apply';
import { DEFAULT_SETTINGS } from '../store/index';
import type { GameServices, ProfileData, SettingsData } from './services/types';
import { createRef, render, type VNode } from 'preact';
import { renderShell } from './ui/shell';

export type ScreenParams = Record<string, string | undefined>;
/** A screen is a Preact tree: the one way to build a screen (see docs/architecture.md). */
export type ScreenView = VNode;
export type ScreenBuilder = (app: App, params: ScreenParams) => ScreenView | Promise<ScreenView>;

export class App {
  readonly host: HTMLElement;
  private readonly screenHostRef = createRef<HTMLDivElement>();
  private readonly announcerRef = createRef<HTMLDivElement>();
  private readonly cover: ReturnType<typeof quickExitCover>;
  /** Set when saving stopped mid-game; the shell then shows why. */
  private memory: { reason: string | undefined } | null = null;
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
    this.host = document.createElement('div');
    this.host.className = 'app';
    this.cover = quickExitCover(this, () => this.drawShell());
    this.drawShell();
    parent.append(this.host);
    parent.hidden = false;
    document.addEventListener('keydown', this.onKey);
  }

  private drawShell(): void {
    renderShell(this.host, {
      app: this,
      screenHost: this.screenHostRef,
      announcer: this.announcerRef,
      memory: this.memory,
      coverVisible: this.cover.visible,
      onCoverBack: () => this.cover.hide(),
    });
  }

  private get screenHost(): HTMLDivElement {
    return this.screenHostRef.current!;
  }

  /** Says, above every screen, that progress is no longer being saved and why. */
  showMemoryNotice(reason: string | undefined): void {
    this.memory = { reason };
    this.drawShell();
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
    const announcer = this.announcerRef.current!;
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = text;
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
    render(view, this.screenHost);
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
    setDocumentLanguage(code);
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
      setDocumentLanguage(next.language);
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
   * Takes the shell off the page for good (the studio's play-test makes a
   * new one for every run; the game itself never calls this).
   */
  dispose(): void {
    for (const fn of this.cleanups.splice(0)) fn();
    document.removeEventListener('keydown', this.onKey);
    render(null, this.host);
    this.host.remove();
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
}
