/**
 * The chat screen's view: a phone-styled conversation drawn from the
 * session's state. It only draws and forwards input (choices, flags,
 * protective actions, "faster", back); the session does the rest.
 */
import { useLayoutEffect, useEffect, useRef, useState } from 'preact/hooks';
import type { App } from '../app';
import { SCREENS } from '../screen-names';
import { QuickExitButton } from '../ui/top-bar';
import { Avatar } from '../ui/avatar-view';
import { ChatSide } from './chat-side';
import { FeedbackPanel } from './feedback-panel';
import { pickSign } from './flag-dialog';
import { chatName, LineView, type LineContext } from './line-view';
import { childWords } from './signs';
import { useMoreBelow } from './more-below';
import type { ChatSession, ChatSessionState } from './session/chat-session';
import type { FlagFeedback } from './session/flag-feedback';
import { chatStatus } from './session/chat-status';
import { chatLook } from './session/story-data';

function useSessionState(session: ChatSession): ChatSessionState {
  const [state, setState] = useState(session.state);
  useLayoutEffect(() => {
    setState(session.state);
    return session.subscribe(setState);
  }, [session]);
  return state;
}

export function ChatView({ app, session }: { app: App; session: ChatSession }) {
  const state = useSessionState(session);
  const story = session.story;
  const st = (key: string, values?: Record<string, unknown>) => app.st(session.scenarioId, key, values);
  const look = chatLook(story, state.chat);
  const scroller = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLOListElement>(null);
  const hurryButton = useRef<HTMLButtonElement>(null);
  const choicesBox = useRef<HTMLDivElement>(null);
  const moreChoices = useMoreBelow(choicesBox);

  // Only the message list scrolls (game.css), at every size and text scale.
  // It follows the newest line, unless the focus is on a message (its flag or
  // read-aloud button): then that stays in view, so the focus is never hidden.
  const scrollDown = () => {
    const box = scroller.current;
    if (box && !keepFocusInView(box)) box.scrollTop = box.scrollHeight;
  };

  // When the window or the panels change size: the newest line stays in view,
  // and so does a focused reply (the replies box may have shrunk under it).
  useEffect(() => {
    const box = scroller.current;
    const replies = choicesBox.current;
    if (!box || !replies) return;
    const resize = new ResizeObserver(() => {
      scrollDown();
      keepFocusInView(replies);
    });
    resize.observe(box);
    resize.observe(replies);
    return () => resize.disconnect();
  }, []);

  // Space hurries the messages, unless it is meant for a control.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (
        (e.key === ' ' || e.key === 'Spacebar') &&
        session.state.busy &&
        !target.closest('button, input, select, textarea, dialog')
      ) {
        e.preventDefault();
        session.hurry();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session]);

  useLayoutEffect(() => {
    app.backdrop?.setMood('chat', look.app);
  }, [state.chat]);

  // Focus follows the conversation: "faster" while messages arrive, then the
  // first choice or the way to the debrief. On arrival the app focuses the
  // screen (the first choice when one is marked data-autofocus, else the name).
  const before = useRef<ChatSessionState | null>(null);
  useLayoutEffect(() => {
    const prev = before.current;
    before.current = state;
    if (!prev || prev.lines !== state.lines || prev.typing !== state.typing || prev.choices !== state.choices)
      scrollDown();
    if (!prev) return;
    const box = choicesBox.current;
    if (state.choices && state.choices !== prev.choices)
      box?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    if (state.ending && !prev.ending) box?.querySelector('button')?.focus({ preventScroll: true });
    if (state.hurryOffered && !prev.hurryOffered) hurryButton.current?.focus({ preventScroll: true });
    else if (!state.hurryOffered && prev.hurryOffered && document.activeElement === hurryButton.current)
      box?.querySelector<HTMLElement>('button')?.focus();
  });

  const onFlag = async (messageId: string, text: string) => {
    const picked = await pickSign(app, text, story);
    if (picked !== undefined) await session.flag(messageId, picked);
  };

  const closeFeedback = (feedback: FlagFeedback) => {
    session.dismissFeedback();
    const row = log.current?.querySelector<HTMLElement>(`li[data-message="${CSS.escape(feedback.message)}"]`);
    (
      row?.querySelector<HTMLElement>('.flag-btn') ?? choicesBox.current?.querySelector<HTMLElement>('button')
    )?.focus();
  };

  const speech = app.settings.readAloud && app.services.sound.speechAvailable;
  const ctx: LineContext = {
    app,
    story,
    st,
    flagged: state.flagged,
    onFlag: (id, text) => void onFlag(id, text),
    onRead: speech ? (text) => app.services.sound.speak(text, app.services.i18n.language()) : undefined,
  };
  const statusKind = chatStatus(state.chat, state.lines, { typing: state.typing, ended: !!state.ending });
  const status = statusKind === 'none' ? '' : app.t(`chat.${statusKind}`);
  const firstEnabled = state.choices?.options.find((o) => o.enabled)?.id;
  const inChildWords = childWords(app, story.ageBands);

  return (
    <main class={`screen screen-chat app-${look.app}`} data-testid="screen-chat" data-app={look.app}>
      <div class="phone">
        <header class="chat-header">
          {/* An arrow, named "Stories" for screen readers, keeps the header on one line on phones. */}
          <button
            type="button"
            class="btn btn-ghost chat-back"
            data-testid="chat-back"
            aria-label={app.t('chat.back')}
            title={app.t('chat.back')}
            onClick={() => void app.go(SCREENS.hub)}
          >
            ‹
          </button>
          <div class="chat-avatar">
            <Avatar avatar={look.avatar} size={40} />
          </div>
          <div class="chat-title">
            <span class="chat-app">{app.t(`app.${look.app}`)}</span>
            <h1 class="chat-name" tabIndex={-1} data-testid="chat-name">
              {chatName(ctx, state.chat)}
            </h1>
            <p class="chat-status" data-testid="chat-status" data-status={statusKind}>
              {status}
            </p>
          </div>
          <QuickExitButton app={app} />
        </header>
        <div
          class="chat-scroll"
          ref={scroller}
          onClick={(e) => {
            if (!(e.target as HTMLElement).closest('button')) session.hurry();
          }}
        >
          {/* role="log" sits on a wrapper so the <ol> keeps its list semantics. */}
          <div role="log" aria-label={app.t('chat.transcript')} data-testid="transcript">
            <ol class="transcript" ref={log}>
              {state.lines.map((line) => (
                <LineView key={line.key} ctx={ctx} line={line} />
              ))}
            </ol>
          </div>
          <div class="typing" aria-hidden="true" hidden={!state.typing}>
            <span />
            <span />
            <span />
          </div>
        </div>
        <FeedbackPanel
          app={app}
          st={st}
          feedback={state.feedback}
          childWords={inChildWords}
          onClose={closeFeedback}
        />
        <div class="chat-bottom">
          <button
            type="button"
            class="btn btn-ghost hurry"
            data-testid="hurry"
            hidden={!state.hurryOffered}
            ref={hurryButton}
            onClick={() => session.hurry()}
          >
            {app.t('chat.hurry')}
          </button>
          <div
            class={moreChoices ? 'choices has-more' : 'choices'}
            role="group"
            aria-label={app.t('chat.choicesLabel')}
            data-testid="choices"
            ref={choicesBox}
          >
            {state.ending ? (
              <button
                type="button"
                class="btn btn-primary choice"
                data-testid="see-debrief"
                onClick={() => void app.go(SCREENS.debrief, { id: session.scenarioId })}
              >
                {app.t('chat.seeDebrief')}
              </button>
            ) : (
              state.choices?.options.map((opt) => (
                <button
                  key={opt.id}
                  type="button"
                  class="btn choice"
                  data-testid="choice"
                  data-choice={opt.id}
                  disabled={!opt.enabled}
                  data-autofocus={opt.id === firstEnabled ? '' : undefined}
                  onClick={() => void session.choose(opt.id)}
                >
                  {st(opt.id)}
                  {!opt.enabled && <span class="visually-hidden">{` (${app.t('chat.locked')})`}</span>}
                </button>
              ))
            )}
          </div>
          {/* A visible cue only: keyboard and screen-reader users reach every reply in the group. */}
          <p class="more-choices" aria-hidden="true" data-testid="more-choices" hidden={!moreChoices}>
            {app.t('chat.moreChoices')}
          </p>
        </div>
        {/* The protective row: its own bar at the bottom, outside every scrolling box. */}
        <div class="toolbar" role="toolbar" aria-label={app.t('chat.toolbarLabel')} data-testid="toolbar">
          {!state.ending &&
            state.protective.map((action) => (
              <button
                key={action}
                type="button"
                class={`btn tool tool-${action}`}
                data-testid={`action-${action}`}
                onClick={() => void session.protect(action)}
              >
                {app.services.i18n.t(`action.${action}.label`, { ns: 'endings' })}
              </button>
            ))}
        </div>
      </div>
      <ChatSide
        app={app}
        look={look}
        name={chatName(ctx, state.chat)}
        status={status}
        spotted={state.spotted}
        childWords={inChildWords}
      />
    </main>
  );
}

/**
 * If the focus is inside the scrolling `box`, scrolls the box just enough to
 * show the focused control with room for its focus ring; true if it did.
 */
function keepFocusInView(box: HTMLElement): boolean {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === box || !box.contains(focused)) return false;
  const edge = 8;
  const b = box.getBoundingClientRect();
  const r = focused.getBoundingClientRect();
  if (r.bottom > b.bottom - edge) box.scrollTop += r.bottom - (b.bottom - edge);
  // The top wins when the control is taller than the box.
  if (r.top < b.top + edge) box.scrollTop -= b.top + edge - r.top;
  return true;
}
