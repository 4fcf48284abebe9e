/**
 * The teacher area's shell: one page at a time under its top bar, chosen by
 * the address (`#/teacher/<page>`, routes.ts), the screen-reader announcer
 * and the Quick exit cover. Pages are registered in pages.ts; each says
 * whether it needs the PIN, and the shell asks for it (or for a first PIN)
 * before building one that does, then shows the page that was asked for.
 */
import { createRef, render, type VNode } from 'preact';
import { parseTeacherHash, teacherHash, type TeacherRoute } from './routes';
import type { TeacherServices } from './services';
import { TeacherStoreError } from './store/index';
import { renderTeacherShell } from './ui/teacher-shell';

export type TeacherParams = Record<string, string>;
export type TeacherPageBuilder = (app: TeacherApp, params: TeacherParams) => VNode | Promise<VNode>;

export interface TeacherPage {
  build: TeacherPageBuilder;
  /** Shown only once the PIN was entered in this tab (default). The PIN pages themselves say false. */
  needsUnlock?: boolean;
}

/** The pages the shell falls back to: asking for the PIN, making one, and a failure. */
export interface ShellPages {
  pin: (app: TeacherApp, then: TeacherRoute) => Promise<VNode>;
  failure: (app: TeacherApp, message: string) => VNode;
}

export class TeacherApp {
  readonly host: HTMLElement;
  private readonly screenHost = createRef<HTMLDivElement>();
  private readonly announcer = createRef<HTMLDivElement>();
  private coverVisible = false;
  private savedTitle = '';
  private current: TeacherRoute | null = null;
  /** Counts page changes, so a slow page that finishes after the next one started is dropped. */
  private generation = 0;

  constructor(
    parent: HTMLElement,
    readonly services: TeacherServices,
    private readonly pages: Record<string, TeacherPage>,
    private readonly shellPages: ShellPages,
    private readonly onLeave: () => void,
  ) {
    this.host = document.createElement('div');
    this.host.className = 'app teacher-app';
    this.drawShell();
    parent.append(this.host);
    window.addEventListener('hashchange', this.onHash);
    document.addEventListener('keydown', this.onKey);
  }

  /** A word of the teacher area; the game's `ui` words (Quick exit, yes/no) are found too. */
  t(key: string, options?: Record<string, unknown>): string {
    return this.services.i18n.t(key, { ns: ['teacher', 'ui'], ...options });
  }

  /** Shows the page the address names (the first page, and after every address change). */
  async start(): Promise<void> {
    await this.show(parseTeacherHash(location.hash) ?? { page: 'home', params: {} });
  }

  /** Goes to a page: the address changes, so the browser's back button comes back here. */
  go(page: string, params: Record<string, string | undefined> = {}): void {
    const hash = teacherHash(page, params);
    if (location.hash === hash) void this.show(parseTeacherHash(hash)!);
    else location.hash = hash;
  }

  /** Builds the current page again (after a change it shows, a language change, locking). */
  async refresh(): Promise<void> {
    if (this.current) await this.show(this.current);
  }

  async show(route: TeacherRoute): Promise<void> {
    const generation = ++this.generation;
    this.current = route;
    const page = this.pages[route.page] ?? this.pages['not-found']!;
    let view: VNode;
    try {
      const needsPin = page.needsUnlock !== false && (await this.services.pins.status()) !== 'unlocked';
      view = needsPin ? await this.shellPages.pin(this, route) : await page.build(this, route.params);
    } catch (error) {
      console.error(error);
      const reason = error instanceof TeacherStoreError ? error.reason : 'unknown';
      view = this.shellPages.failure(this, this.t(`storage.reason.${reason}`));
    }
    if (generation !== this.generation) return; // a newer page was asked for meanwhile
    const host = this.screenHost.current!;
    render(null, host);
    host.replaceChildren();
    render(view, host);
    this.host.dataset.page = route.page;
    for (const box of host.querySelectorAll<HTMLElement>('.screen')) box.scrollTop = 0;
    const heading =
      host.querySelector<HTMLElement>('[data-autofocus]') ?? host.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex') && heading.tagName === 'H1') heading.tabIndex = -1;
      heading.focus();
    }
  }

  currentRoute(): TeacherRoute | null {
    return this.current;
  }

  /** Says something to screen-reader users once. */
  announce(text: string): void {
    const el = this.announcer.current!;
    el.textContent = '';
    window.setTimeout(() => (el.textContent = text), 30);
  }

  async setLanguage(code: string): Promise<void> {
    await this.services.i18n.changeLanguage(code);
    document.documentElement.lang = code;
    this.services.rememberLanguage(code);
    this.drawShell();
    await this.refresh();
  }

  /** Locks the tab: the PIN is asked again before any page but the PIN's own. */
  async lock(): Promise<void> {
    this.services.pins.lock();
    await this.refresh();
    this.announce(this.t('pin.locked'));
  }

  /** Leaves the teacher area for the title screen. */
  leave(): void {
    this.close();
    history.pushState(null, '', location.pathname + location.search);
    this.onLeave();
  }

  quickExit(): void {
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      if (dialog instanceof HTMLDialogElement && dialog.open) dialog.close();
    }
    if (this.coverVisible) return;
    this.coverVisible = true;
    this.savedTitle = document.title;
    document.title = this.t('quickExit.pageTitle');
    this.setInert(true);
    this.drawShell();
    this.host.querySelector<HTMLElement>('.quick-exit-cover h1')?.focus();
  }

  private hideCover(): void {
    this.coverVisible = false;
    document.title = this.savedTitle;
    this.setInert(false);
    this.drawShell();
    this.screenHost.current?.querySelector<HTMLElement>('h1')?.focus();
  }

  private setInert(inert: boolean): void {
    for (const el of this.host.children)
      if (!el.classList.contains('quick-exit-cover')) (el as HTMLElement).inert = inert;
  }

  private drawShell(): void {
    renderTeacherShell(this.host, {
      app: this,
      screenHost: this.screenHost,
      announcer: this.announcer,
      coverVisible: this.coverVisible,
      onCoverBack: () => this.hideCover(),
    });
  }

  private close(): void {
    window.removeEventListener('hashchange', this.onHash);
    document.removeEventListener('keydown', this.onKey);
    this.generation++;
    render(null, this.host);
    this.host.remove();
  }

  private readonly onHash = () => {
    const route = parseTeacherHash(location.hash);
    if (route) void this.show(route);
    else {
      // The address left the teacher area (the browser's back button): so does the page.
      this.close();
      this.onLeave();
    }
  };

  /** Escape twice within a second: Quick exit, as in the game. */
  private lastEscape = 0;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || this.coverVisible) return;
    const now = performance.now();
    if (now - this.lastEscape < 1000) {
      e.preventDefault();
      this.lastEscape = 0;
      this.quickExit();
    } else this.lastEscape = now;
  };
}
