/**
 * The chat: a phone-styled conversation drawn in real DOM. It runs one
 * scenario with the engine, saves the state after every step, paces messages
 * with a typing indicator, and offers choices, flags and protective actions.
 */
import type { Engine } from '../../engine/index';
import type {
  ChoicesEvent,
  EndingEvent,
  EngineEvent,
  EngineState,
  MessageEvent,
  PlayerInput,
} from '../../engine/types';
import type { LoadedPack as LoadedScenario } from '../../format/pack/read';
import { PLAYER, NARRATOR, type ChatApp } from '../../format/taxonomy';
import type { App, ScreenParams } from '../app';
import { SCREENS } from '../screen-names';
import { profileScreen } from '../screens/profile';
import { SPEED_FACTOR } from '../services/types';
import { avatarSvg } from '../ui/avatar';
import { button, h } from '../ui/dom';
import { contactBubble, noteItem, playerBubble } from './bubbles';
import { clockAt } from './clock';
import { pickSign } from './flag-dialog';
import { Pacer, scaledDelay } from './pacing';
import { signName } from './signs';

interface ChatLook {
  name: string;
  avatar: string;
  app: ChatApp;
  group: boolean;
}

export async function chatScreen(app: App, params: ScreenParams): Promise<HTMLElement> {
  const id = params.id ?? '';
  const profile = app.profile;
  if (!profile) return profileScreen(app);
  let loaded: LoadedScenario;
  try {
    loaded = await app.services.scenarios.load(id);
  } catch (e) {
    console.error(e);
    const main = h('main', { class: 'screen' }, app.topBar({ back: () => void app.go(SCREENS.hub) }));
    main.append(
      h(
        'div',
        { class: 'panel' },
        h('h1', { text: app.t('chat.loadErrorTitle') }),
        h('p', { text: app.t('chat.loadError') }),
      ),
    );
    return main;
  }
  const engine = app.services.createEngine(loaded.scenario);
  const session = new ChatSession(app, engine, loaded, profile.id);
  return session.mount(params.fresh === '1');
}

class ChatSession {
  private state!: EngineState;
  private readonly pacer = new Pacer();
  private readonly root: HTMLElement;
  private readonly log: HTMLOListElement;
  private readonly choices: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly hurryButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly headerName: HTMLElement;
  private readonly headerAvatar: HTMLElement;
  private readonly headerApp: HTMLElement;
  private readonly feedback: HTMLElement;
  private lineCount = 0;
  private busy = false;
  private currentChat = '';
  private left = false;

  constructor(
    private readonly app: App,
    private readonly engine: Engine,
    private readonly loaded: LoadedScenario,
    private readonly profileId: string,
  ) {
    const t = (k: string, o?: Record<string, unknown>) => app.t(k, o);
    this.headerName = h('h1', { class: 'chat-name', attrs: { tabindex: -1 }, testid: 'chat-name' });
    this.headerAvatar = h('div', { class: 'chat-avatar' });
    this.headerApp = h('span', { class: 'chat-app' });
    this.status = h('p', { class: 'chat-status', testid: 'chat-status' });
    // An arrow, named "Stories" for screen readers, keeps the header on one line on phones.
    const back = button('‹', () => void app.go(SCREENS.hub), {
      class: 'btn btn-ghost chat-back',
      testid: 'chat-back',
      attrs: { 'aria-label': t('chat.back'), title: t('chat.back') },
    });
    const header = h(
      'header',
      { class: 'chat-header' },
      back,
      this.headerAvatar,
      h('div', { class: 'chat-title' }, this.headerApp, this.headerName, this.status),
      app.quickExitButton(),
    );
    // role="log" sits on a wrapper so the <ol> keeps its list semantics.
    this.log = h('ol', { class: 'transcript' });
    const logRegion = h(
      'div',
      { attrs: { role: 'log', 'aria-label': t('chat.transcript') }, testid: 'transcript' },
      this.log,
    );
    this.typing = h(
      'div',
      { class: 'typing', attrs: { 'aria-hidden': 'true', hidden: true } },
      h('span'),
      h('span'),
      h('span'),
    );
    this.hurryButton = button(t('chat.hurry'), () => this.pacer.hurry(), {
      class: 'btn btn-ghost hurry',
      testid: 'hurry',
      attrs: { hidden: true },
    });
    this.feedback = h('div', { class: 'flag-feedback', testid: 'flag-feedback', attrs: { hidden: true } });
    this.choices = h('div', {
      class: 'choices',
      attrs: { role: 'group', 'aria-label': t('chat.choicesLabel') },
      testid: 'choices',
    });
    this.toolbar = h('div', {
      class: 'toolbar',
      attrs: { role: 'toolbar', 'aria-label': t('chat.toolbarLabel') },
      testid: 'toolbar',
    });
    const scroller = h('div', { class: 'chat-scroll' }, logRegion, this.typing);
    // Keep the newest line in view when the window or the choices panel changes size.
    const resize = new ResizeObserver(() => this.scrollDown());
    resize.observe(scroller);
    app.onLeave(() => resize.disconnect());
    scroller.addEventListener('click', (e) => {
      if (!(e.target as HTMLElement).closest('button')) this.pacer.hurry();
    });
    const phone = h(
      'div',
      { class: 'phone' },
      header,
      scroller,
      this.feedback,
      h('div', { class: 'chat-bottom' }, this.hurryButton, this.choices, this.toolbar),
    );
    this.root = h('main', { class: 'screen screen-chat', testid: 'screen-chat' }, phone);
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        (e.key === ' ' || e.key === 'Spacebar') &&
        this.busy &&
        !target.closest('button, input, select, textarea, dialog')
      ) {
        e.preventDefault();
        this.pacer.hurry();
      }
    };
    document.addEventListener('keydown', onKey);
    app.onLeave(() => {
      this.left = true;
      document.removeEventListener('keydown', onKey);
      this.pacer.dispose();
    });
  }

  private get scenarioId(): string {
    return this.loaded.scenario.id;
  }

  private st(key: string, values?: Record<string, unknown>): string {
    return this.app.st(this.scenarioId, key, values);
  }

  async mount(fresh: boolean): Promise<HTMLElement> {
    const progress = this.app.services.progress;
    let events: EngineEvent[];
    let instant = false;
    const saved = fresh ? null : await progress.getState(this.profileId, this.scenarioId);
    if (saved) {
      const restored = this.engine.restore(saved);
      this.state = restored.step.state;
      if (restored.ok) {
        events = this.engine.replay(restored.step.state);
        instant = true;
      } else {
        events = restored.step.events;
        this.log.append(noteItem(this.app.t(`restore.${restored.reason}`), 'restore'));
      }
    } else {
      if (fresh) await progress.clearState(this.profileId, this.scenarioId);
      const step = this.engine.start();
      this.state = step.state;
      events = step.events;
    }
    await this.save();
    this.setChat(this.state.chat);
    void this.render(events, instant, !saved);
    // Messages flagged before a reload keep their mark.
    for (const f of this.state.transcript.flags) this.markFlagged(f.message);
    return this.root;
  }

  private async save(): Promise<void> {
    try {
      await this.app.services.progress.putState(this.profileId, this.scenarioId, this.state);
    } catch (e) {
      console.warn('Could not save progress', e);
    }
  }

  private lookOf(chatId: string): ChatLook {
    const s = this.loaded.scenario;
    const group = s.groups[chatId];
    if (group) return { name: this.st(group.name), avatar: 'team', app: group.app, group: true };
    const c = s.contacts[chatId];
    if (c) return { name: this.st(c.name), avatar: c.avatar, app: c.app, group: false };
    return { name: chatId, avatar: 'star', app: 'messenger', group: false };
  }

  private setChat(chatId: string): void {
    if (chatId === this.currentChat) return;
    const first = this.currentChat === '';
    this.currentChat = chatId;
    const look = this.lookOf(chatId);
    this.headerName.textContent = look.name;
    this.headerAvatar.replaceChildren(avatarSvg(look.avatar, 40));
    this.headerApp.textContent = this.app.t(`app.${look.app}`);
    this.root.dataset.app = look.app;
    this.root.className = `screen screen-chat app-${look.app}`;
    this.status.textContent = this.app.t('chat.online');
    this.app.backdrop?.setMood('chat', look.app);
    if (!first) this.log.append(noteItem(this.app.t('chat.nowWith', { name: look.name }), 'switch'));
  }

  private senderName(from: string): string {
    if (from === PLAYER) return this.app.t('chat.you');
    const c = this.loaded.scenario.contacts[from];
    return c ? this.st(c.name) : from;
  }

  private appendMessage(ev: MessageEvent): void {
    this.setChat(ev.chat);
    const time = clockAt(this.lineCount++);
    const text = this.st(ev.id, ev.values);
    const image = ev.image ? this.st(ev.image) : undefined;
    const base = {
      text,
      time,
      sender: this.senderName(ev.from),
      showSender: this.lookOf(ev.chat).group,
      image,
      imageLabel: this.app.t('chat.image'),
    };
    if (ev.from === PLAYER) {
      this.log.append(playerBubble(ev.id, base));
      this.app.services.sound.play('message-sent');
    } else if (ev.from === NARRATOR) {
      this.log.append(noteItem(text, 'narrator'));
    } else {
      const c = this.loaded.scenario.contacts[ev.from];
      const speech = this.app.settings.readAloud && this.app.services.sound.speechAvailable;
      this.log.append(
        contactBubble(
          ev.id,
          { ...base, avatar: base.showSender ? c?.avatar : undefined },
          {
            flagLabel: this.app.t(this.app.profile?.ageBand === '7-11' ? 'flag.buttonYoung' : 'flag.button'),
            onFlag: () => void this.flag(ev.id, text),
            ...(speech ? { readLabel: this.app.t('chat.readAloud'), onRead: () => this.speak(text) } : {}),
          },
        ),
      );
      this.app.services.sound.play('message-received');
      if (speech && this.app.settings.autoReadAloud) this.speak(text);
    }
    this.scrollDown();
  }

  private speak(text: string): void {
    this.app.services.sound.speak(text, this.app.services.i18n.language());
  }

  private scrollDown(): void {
    const scroller = this.log.closest<HTMLElement>('.chat-scroll');
    if (!scroller) return;
    if (
      scroller.scrollHeight > scroller.clientHeight + 1 &&
      getComputedStyle(scroller).overflowY !== 'visible'
    ) {
      scroller.scrollTop = scroller.scrollHeight;
    } else {
      // The chat is one long page (large text): bring the newest line into view.
      this.log.lastElementChild?.scrollIntoView({ block: 'nearest' });
    }
  }

  /**
   * Shows a batch of events in order, pacing contact messages. `opening`: the
   * story has just started, and its first message is already waiting when
   * the chat opens, as in a real app opened from a notification; the ones
   * after it are typed at the usual pace.
   */
  private async render(events: EngineEvent[], instant: boolean, opening = false): Promise<void> {
    this.busy = true;
    this.pacer.reset();
    this.choices.replaceChildren();
    this.toolbar.replaceChildren();
    let pacedOnce = false;
    let waiting = opening;
    for (const ev of events) {
      if (this.left) return;
      switch (ev.type) {
        case 'message': {
          const fromContact = ev.from !== PLAYER && ev.from !== NARRATOR;
          const wait =
            instant || (waiting && fromContact)
              ? 0
              : scaledDelay(ev.delayMs, SPEED_FACTOR[this.app.settings.messageSpeed] ?? 1);
          if (fromContact) waiting = false;
          if (wait > 0 && fromContact) {
            if (!pacedOnce) this.showHurry(true);
            pacedOnce = true;
            this.showTyping(true);
            await this.pacer.wait(wait);
            this.showTyping(false);
            if (this.left) return;
          }
          this.appendMessage(ev);
          break;
        }
        case 'player-choice':
          this.setChat(ev.chat);
          if (ev.says) {
            this.log.append(
              playerBubble(ev.id, {
                text: this.st(ev.id),
                time: clockAt(this.lineCount++),
                sender: this.app.t('chat.you'),
                showSender: false,
              }),
            );
            if (!instant) this.app.services.sound.play('message-sent');
          } else {
            this.log.append(noteItem(this.st(ev.id), 'action'));
          }
          break;
        case 'feedback':
          this.log.append(noteItem(this.st(ev.id), `feedback-${ev.rating}`));
          break;
        case 'protective':
          this.log.append(
            noteItem(
              this.app.t(`protective.done.${ev.action}`, { name: this.lookOf(this.currentChat).name }),
              'protective',
            ),
          );
          if (ev.action === 'block' && !instant) this.app.services.sound.play('block');
          break;
        case 'flag-result':
          break; // flags shown as they happen, not replayed
        case 'choices':
          this.showChoices(ev);
          break;
        case 'ending':
          this.showEnding(ev, instant);
          break;
      }
      this.scrollDown();
    }
    this.showHurry(false);
    this.busy = false;
  }

  private showTyping(on: boolean): void {
    this.typing.hidden = !on;
    this.status.textContent = this.app.t(on ? 'chat.typing' : 'chat.online');
    if (on) this.scrollDown();
  }

  private showHurry(on: boolean): void {
    const hadFocus = document.activeElement === this.hurryButton;
    this.hurryButton.hidden = !on;
    if (on) this.hurryButton.focus({ preventScroll: true });
    else if (hadFocus)
      this.log.closest('main')?.querySelector<HTMLElement>('.choices button, .ending-card button')?.focus();
  }

  private showChoices(ev: ChoicesEvent): void {
    const t = (k: string) => this.app.t(k);
    this.choices.replaceChildren();
    for (const opt of ev.options) {
      const b = button(this.st(opt.id), () => void this.send({ type: 'choose', choice: opt.id }), {
        class: 'btn choice',
        testid: 'choice',
        attrs: { disabled: !opt.enabled, 'data-choice': opt.id },
      });
      if (!opt.enabled) b.append(h('span', { class: 'visually-hidden', text: ` (${t('chat.locked')})` }));
      this.choices.append(b);
    }
    this.toolbar.replaceChildren();
    for (const action of ev.protective) {
      this.toolbar.append(
        button(
          this.app.services.i18n.t(`action.${action}.label`, { ns: 'endings' }),
          () => void this.send({ type: 'protect', action }),
          {
            class: `btn tool tool-${action}`,
            testid: `action-${action}`,
          },
        ),
      );
    }
    const first = this.choices.querySelector<HTMLButtonElement>('button:not([disabled])');
    if (first) {
      first.dataset.autofocus = '';
      first.focus();
    }
  }

  private showEnding(ev: EndingEvent, instant: boolean): void {
    this.status.textContent = '';
    const card = h(
      'li',
      { class: 'msg msg-note ending-card', testid: 'ending-card' },
      h('p', { class: 'ending-kicker', text: this.app.t('chat.endReached') }),
      h('p', { class: 'ending-title', text: this.st(ev.title) }),
    );
    card.dataset.ending = ev.node;
    this.log.append(card);
    this.choices.replaceChildren(
      button(
        this.app.t('chat.seeDebrief'),
        () => void this.app.go(SCREENS.debrief, { id: this.scenarioId }),
        {
          class: 'btn btn-primary choice',
          testid: 'see-debrief',
        },
      ),
    );
    this.toolbar.replaceChildren();
    this.app.result = { scenarioId: this.scenarioId, transcript: this.state.transcript, ending: ev };
    if (!instant) this.app.services.sound.play('debrief');
    this.choices.querySelector('button')?.focus({ preventScroll: true });
  }

  private async send(input: PlayerInput): Promise<void> {
    if (this.busy) return;
    // Take the old choices away at once, so nothing can be pressed twice.
    this.busy = true;
    this.choices.replaceChildren();
    this.toolbar.replaceChildren();
    let step;
    try {
      step = this.engine.advance(this.state, input);
    } catch (e) {
      console.warn('Input refused', e);
      this.busy = false;
      this.showChoices(
        this.engine.replay(this.state).find((ev): ev is ChoicesEvent => ev.type === 'choices') ?? {
          type: 'choices',
          options: [],
          protective: [],
        },
      );
      return;
    }
    this.state = step.state;
    await this.save();
    const ended = step.events.some((e) => e.type === 'ending');
    if (ended) await this.finish();
    await this.render(step.events, false);
  }

  private async finish(): Promise<void> {
    const progress = this.app.services.progress;
    try {
      await progress.addAttempt({ profileId: this.profileId, transcript: this.state.transcript });
      await progress.clearState(this.profileId, this.scenarioId);
    } catch (e) {
      console.warn('Could not save the result', e);
    }
  }

  private markFlagged(messageId: string): HTMLElement | null {
    const row = this.log.querySelector<HTMLElement>(`li[data-message="${CSS.escape(messageId)}"]`);
    row?.classList.add('flagged');
    return row;
  }

  private async flag(messageId: string, text: string): Promise<void> {
    let sign: PlayerInput & { type: 'flag' };
    if (this.app.profile?.ageBand === '7-11') {
      sign = { type: 'flag', message: messageId };
    } else {
      const picked = await pickSign(this.app, text);
      if (picked === undefined) return;
      sign =
        picked === null
          ? { type: 'flag', message: messageId }
          : { type: 'flag', message: messageId, sign: picked };
    }
    let step;
    try {
      step = this.engine.advance(this.state, sign);
    } catch (e) {
      console.warn('Flag refused', e);
      return;
    }
    this.state = step.state;
    await this.save();
    const result = step.events.find((e) => e.type === 'flag-result');
    if (!result || result.type !== 'flag-result') return;
    const row = this.markFlagged(messageId);
    const names = result.signs.map((s) => signName(this.app, s)).join(', ');
    let message: string;
    if (result.repeated) message = this.app.t('flag.repeated');
    else if (!result.correct) message = this.app.t('flag.noSign');
    else if (result.sign && result.signMatched === false)
      message = this.app.t('flag.otherSign', { signs: names });
    else message = this.app.t('flag.correct', { signs: names });
    const extra = result.feedback ? this.st(result.feedback) : '';
    this.feedback.replaceChildren(
      h('p', { text: message }),
      ...(extra ? [h('p', { text: extra })] : []),
      button(
        this.app.t('flag.ok'),
        () => {
          this.feedback.hidden = true;
          (
            row?.querySelector<HTMLElement>('.flag-btn') ?? this.choices.querySelector<HTMLElement>('button')
          )?.focus();
        },
        { class: 'btn btn-secondary', testid: 'flag-ok' },
      ),
    );
    this.feedback.hidden = false;
    this.feedback.className = `flag-feedback ${result.correct ? 'is-correct' : 'is-neutral'}`;
    this.app.announce(extra ? `${message} ${extra}` : message);
    this.app.services.sound.play('flag');
    if (result.correct && !result.repeated) this.app.backdrop?.celebrate();
  }
}
