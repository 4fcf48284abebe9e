/**
 * Classroom mode on the projector: the conversation across the wide screen
 * (the game's own message lines, in large type), the class's options beside
 * it, lettered, and the teacher's controls in a strip of their own at the
 * bottom, away from what the class reads. It only draws and forwards input;
 * the classroom session does the rest. Keys: classroom-keys.ts.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { signsOffered } from '../../format/sign-sets';
import type { WarningSign } from '../../format/taxonomy';
import { feedbackText } from '../../game/chat/feedback-text';
import { chatName, LineView, type LineContext } from '../../game/chat/line-view';
import { signName } from '../../game/chat/signs';
import { chatLook } from '../../game/chat/session/story-data';
import { confirmDelete } from '../../game/ui/confirm';
import type { TeacherApp } from '../teacher-app';
import { TeacherTopBar } from '../ui/teacher-top-bar';
import { ClassDebrief, TeacherOnly, TeacherWarning } from './class-debrief';
import { letterOf, type ClassOption } from './class-options';
import { classroomCommand, type ClassroomCommand } from './classroom-keys';
import type { ClassroomSession, ClassroomState } from './classroom-session';
import { classroomWords, type ClassroomWords } from './words';
import '../styles/classroom.css';

function useClassroomState(session: ClassroomSession): ClassroomState {
  const [state, setState] = useState(session.state);
  useLayoutEffect(() => {
    setState(session.state);
    return session.subscribe(setState);
  }, [session]);
  return state;
}

/** The sign picker for one message: the signs of the child's picker, lettered, "not sure" first. */
interface Picking {
  message: string;
  text: string;
}

export function ClassroomView({
  app,
  session,
  onFinished,
}: {
  app: TeacherApp;
  session: ClassroomSession;
  onFinished: () => void;
}) {
  const state = useClassroomState(session);
  const w = classroomWords(app, session.scenarioId);
  const story = session.story;
  const [black, setBlack] = useState(false);
  const [question, setQuestion] = useState<number | null>(null);
  const [picking, setPicking] = useState<Picking | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLElement>(null);
  const signs = signsOffered(story.ageBands, undefined, story.topics);
  const questions = story.teacherNotes.discussionQuestions;

  useEffect(() => () => session.leave(), [session]);
  // The page scales with the window while it is on (classroom.css).
  useLayoutEffect(() => {
    document.documentElement.classList.add('classroom-projecting');
    return () => document.documentElement.classList.remove('classroom-projecting');
  }, []);

  // The newest line stays in view, unless the teacher is flagging an older one.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && box.contains(focused)) focused.scrollIntoView({ block: 'nearest' });
    else box.scrollTop = box.scrollHeight;
  }, [state.chat.lines, state.chat.typing, state.step]);

  // A new window size (the projector plugged in) keeps the newest line in view.
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const resize = new ResizeObserver(() => {
      if (!box.contains(document.activeElement)) box.scrollTop = box.scrollHeight;
    });
    resize.observe(box);
    return () => resize.disconnect();
  }, [state.step === 'story' || state.step === 'spot']);

  // "Spot it" starts on the newest message's flag button, the picker on its first answer,
  // and every other step on its heading.
  const root = useRef<HTMLElement>(null);
  const shown = useRef<{ step: string; picking: boolean } | null>(null);
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = { step: state.step, picking: picking !== null };
    if (!before) {
      // Opened from the story list, the pressed button is gone: start on the conversation's name.
      if (!root.current?.contains(document.activeElement))
        root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return;
    }
    if (picking) side.current?.querySelector<HTMLElement>('.class-pick button')?.focus();
    else if (state.step === 'spot') lastFlagButton(scroller.current)?.focus();
    else if (before.step !== state.step)
      root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [state.step, picking]);

  const pickSign = async (sign: WarningSign | null) => {
    const target = picking;
    setPicking(null);
    if (!target) return;
    const feedback = await session.flag(target.message, sign);
    if (feedback) app.announce(feedbackText(app, w.st, feedback).message);
    flagButtonOf(scroller.current, target.message)?.focus();
  };

  // Keys come faster than the view redraws: they read the session's state as it is now.
  const run = (command: ClassroomCommand) => {
    const state = session.state;
    if (black) {
      if (command.type === 'black') setBlack(false);
      return;
    }
    if (picking && command.type !== 'black') return pickerCommand(command);
    switch (command.type) {
      case 'black':
        setBlack(true);
        return;
      case 'next':
        setQuestion(null);
        void session.next();
        return;
      case 'back':
        if (state.step === 'story' && question !== null) setQuestion(null);
        else void session.back();
        return;
      case 'move':
        if (state.step === 'spot') moveFocus(scroller.current, '.flag-btn', command.by);
        else if (state.step === 'story') session.selectNext(command.by);
        else scrollPanel(root.current, command.by);
        return;
      case 'pick': {
        const option = state.options.find((o) => o.letter === command.letter);
        if (option) session.select(option.id);
        return;
      }
      case 'digit':
      case 'erase': {
        const id = state.selected;
        if (!id) return;
        const now = state.hands[id];
        const next =
          command.type === 'digit'
            ? Math.min(9999, (now ?? 0) * 10 + command.digit)
            : now
              ? Math.floor(now / 10)
              : 0;
        session.setHands(id, command.type === 'erase' && !now ? null : next);
        return;
      }
      case 'rewind':
        void rewind();
        return;
      case 'spot':
        void session.toggleSpot();
        return;
      case 'question':
        if (state.step === 'story' || state.step === 'spot')
          setQuestion(question === null ? 0 : question + 1 < questions.length ? question + 1 : null);
        return;
    }
  };

  const pickerCommand = (command: ClassroomCommand) => {
    if (command.type === 'back') setPicking(null);
    else if (command.type === 'move') moveFocus(side.current, '.class-pick button', command.by);
    else if (command.type === 'pick') {
      // In the picker every letter names an answer: A is "not sure", then the signs.
      const index = command.letter.charCodeAt(0) - 65;
      if (index === 0) void pickSign(null);
      else if (index - 1 < signs.length) void pickSign(signs[index - 1]!);
    }
  };

  const rewind = async () => {
    if (await session.rewind()) app.announce(w.t('control.rewound'));
  };

  // Keys anywhere on the page; typing in a count box and the buttons' own Enter and Space are left alone.
  // The listener is set once and calls the handler of the latest render: effects run after the
  // screen is drawn, so a listener set per render could still hold the last screen's state.
  const onKeyRef = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKeyRef.current = (e: KeyboardEvent) => {
    // Not under a question, nor behind the Quick exit cover (which makes the page inert).
    if (e.defaultPrevented || document.querySelector('dialog[open]') || root.current?.closest('[inert]'))
      return;
    const target = e.target as HTMLElement;
    const inField = !!target.closest('input, select, textarea');
    if (inField && e.key !== 'PageDown' && e.key !== 'PageUp') return;
    if (target.closest('button') && (e.key === 'Enter' || e.key === ' ')) return;
    const options = session.state.options;
    const letters = picking
      ? [letterOf(0), ...signs.map((_, i) => letterOf(i + 1))]
      : options.map((o) => o.letter);
    const command = classroomCommand(
      e.key,
      { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey },
      { atChoice: picking !== null || options.length > 0, letters },
    );
    if (!command) return;
    e.preventDefault();
    run(command);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => onKeyRef.current(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const endSession = async () => {
    if (state.step !== 'teacher') {
      const question = w.t(state.chat.ending ? 'control.endConfirmSaved' : 'control.endConfirm');
      if (!(await confirmDelete(app, question, w.t('control.endYes')))) return;
    }
    await session.finish();
    onFinished();
  };

  const look = chatLook(story, state.chat.chat);
  const ctx: LineContext = {
    app: { t: (k, o) => app.t(k, o) },
    story,
    st: w.st,
    flagged: state.chat.flagged,
    onFlag: (message, text) => setPicking({ message, text }),
  };
  const step = state.step;
  const onStage = step === 'story' || step === 'spot';

  return (
    <main
      class={`screen screen-teacher classroom step-${step}`}
      data-testid="classroom"
      data-step={step}
      ref={root}
    >
      <TeacherTopBar
        app={app}
        back={{ label: w.t('control.toClass'), go: () => app.go('class', { code: session.saved.classCode }) }}
        unlocked
      />
      {onStage ? (
        <div class="class-stage" data-testid="class-stage">
          <section class="class-chat" aria-labelledby="class-chat-name">
            <header class="class-chat-header">
              <span class="class-chat-app">{app.t(`app.${look.app}`)}</span>
              <h1 id="class-chat-name" tabIndex={-1} data-autofocus="">
                {chatName(ctx, state.chat.chat)}
              </h1>
            </header>
            <div class="class-scroll" ref={scroller}>
              <div role="log" aria-label={app.t('chat.transcript')} data-testid="transcript">
                <ol class="transcript class-transcript">
                  {state.chat.lines.map((line) => (
                    <LineView key={line.key} ctx={ctx} line={line} />
                  ))}
                </ol>
              </div>
              <div class="typing" aria-hidden="true" hidden={!state.chat.typing}>
                <span />
                <span />
                <span />
              </div>
            </div>
          </section>
          <aside class="class-side" ref={side} aria-label={w.t('projected.sideLabel')}>
            {picking ? (
              <SignPicker
                w={w}
                app={app}
                picking={picking}
                signs={signs}
                onPick={(s) => void pickSign(s)}
                onCancel={() => setPicking(null)}
              />
            ) : step === 'spot' ? (
              <SpotPanel w={w} app={app} state={state} />
            ) : (
              <DecisionPanel w={w} state={state} onSelect={(id) => session.select(id)} />
            )}
            {question !== null && questions[question] && (
              <p class="class-question" data-testid="class-question">
                <span class="class-question-kicker">{w.t('projected.questionKicker')}</span>
                {w.st(questions[question])}
              </p>
            )}
          </aside>
        </div>
      ) : step === 'debrief' ? (
        <ClassDebrief w={w} app={app} story={story} state={state} />
      ) : step === 'warning' ? (
        <TeacherWarning w={w} />
      ) : (
        <TeacherOnly w={w} story={story} />
      )}
      <Controls
        w={w}
        state={state}
        session={session}
        question={question}
        onBlack={() => setBlack(true)}
        onRewind={() => void rewind()}
        onQuestion={() => run({ type: 'question' })}
        onEnd={() => void endSession()}
      />
      {black && (
        <button
          type="button"
          class="class-black"
          data-testid="class-black"
          aria-label={w.t('control.blackOff')}
          ref={(el) => el?.focus()}
          onClick={() => setBlack(false)}
        />
      )}
    </main>
  );
}

function DecisionPanel({
  w,
  state,
  onSelect,
}: {
  w: ClassroomWords;
  state: ClassroomState;
  onSelect: (id: string) => void;
}) {
  const { chat, options } = state;
  if (chat.ending)
    return (
      <div class="class-decide" data-testid="class-ended">
        <h2>{w.t('projected.endedTitle')}</h2>
        <p>{w.t('projected.endedText')}</p>
      </div>
    );
  if (options.length === 0)
    return (
      <div class="class-decide" data-testid="class-waiting">
        <h2>{w.t(chat.busy ? 'projected.readTogether' : 'projected.waiting')}</h2>
      </div>
    );
  return (
    <div class="class-decide" data-testid="class-options">
      <h2>{w.t('projected.whatNow')}</h2>
      <ol class="class-options" role="list">
        {options.map((o) => (
          <OptionRow key={o.id} w={w} option={o} state={state} onSelect={onSelect} />
        ))}
      </ol>
    </div>
  );
}

function OptionRow({
  w,
  option,
  state,
  onSelect,
}: {
  w: ClassroomWords;
  option: ClassOption;
  state: ClassroomState;
  onSelect: (id: string) => void;
}) {
  const selected = state.selected === option.id;
  const hands = state.hands[option.id];
  const label = option.kind === 'choice' ? w.st(option.line) : w.action(option.action);
  return (
    <li class={`class-option option-${option.kind}${selected ? ' selected' : ''}`}>
      <button
        type="button"
        class="class-option-btn"
        aria-pressed={selected}
        data-testid="class-option"
        data-option={option.id}
        onClick={() => onSelect(option.id)}
      >
        <span class="class-letter" aria-hidden="true">
          {option.letter}
        </span>
        <span class="class-option-text">
          <span class="visually-hidden">{`${option.letter}: `}</span>
          {label}
        </span>
        {hands !== undefined && (
          <span class="class-hands" data-testid="class-hands">
            {w.t('projected.hands', { count: hands })}
          </span>
        )}
        {selected && <span class="class-chosen">{w.t('projected.ourChoice')}</span>}
      </button>
    </li>
  );
}

function SpotPanel({ w, app, state }: { w: ClassroomWords; app: TeacherApp; state: ClassroomState }) {
  const feedback = state.chat.feedback;
  return (
    <div class="class-spot" data-testid="class-spot">
      <h2>{w.t('projected.spotTitle')}</h2>
      <p>{w.t('projected.spotText')}</p>
      {feedback && (
        <p class="class-feedback" role="status" data-testid="class-feedback">
          {feedbackText(app, w.st, feedback).message}
        </p>
      )}
      <p class="class-spotted-count" data-testid="class-spotted">
        {state.chat.spotted.length === 0
          ? w.t('projected.spottedNone')
          : w.t('projected.spottedSoFar', {
              signs: state.chat.spotted.map((s) => signName(app, s)).join(', '),
            })}
      </p>
    </div>
  );
}

function SignPicker({
  w,
  app,
  picking,
  signs,
  onPick,
  onCancel,
}: {
  w: ClassroomWords;
  app: TeacherApp;
  picking: Picking;
  signs: readonly WarningSign[];
  onPick: (sign: WarningSign | null) => void;
  onCancel: () => void;
}) {
  return (
    <div class="class-pick" data-testid="class-pick" role="group" aria-labelledby="class-pick-title">
      <h2 id="class-pick-title">{w.t('projected.pickTitle')}</h2>
      <blockquote class="class-pick-quote">{picking.text}</blockquote>
      <ol class="class-pick-list" role="list">
        <li>
          <button
            type="button"
            class="class-pick-btn"
            data-testid="class-sign-unsure"
            onClick={() => onPick(null)}
          >
            <span class="class-letter" aria-hidden="true">
              A
            </span>
            {app.t('flag.unsure')}
          </button>
        </li>
        {signs.map((sign, i) => (
          <li key={sign}>
            <button
              type="button"
              class="class-pick-btn"
              data-testid={`class-sign-${sign}`}
              onClick={() => onPick(sign)}
            >
              <span class="class-letter" aria-hidden="true">
                {letterOf(i + 1)}
              </span>
              {signName(app, sign)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="btn btn-secondary" onClick={onCancel}>
        {app.t('flag.cancel')}
      </button>
    </div>
  );
}

/** The teacher's strip: the counts, next, rewind, spot it, a question, black screen, and ending the session. */
function Controls({
  w,
  state,
  session,
  question,
  onBlack,
  onRewind,
  onQuestion,
  onEnd,
}: {
  w: ClassroomWords;
  state: ClassroomState;
  session: ClassroomSession;
  question: number | null;
  onBlack: () => void;
  onRewind: () => void;
  onQuestion: () => void;
  onEnd: () => void;
}) {
  const step = state.step;
  const nextLabel =
    step === 'story'
      ? state.chat.busy
        ? w.t('control.showAll')
        : state.chat.ending
          ? w.t('control.toDebrief')
          : w.t('control.goOn')
      : step === 'spot'
        ? w.t('control.spotDone')
        : step === 'debrief'
          ? w.t('control.toWarning')
          : step === 'warning'
            ? w.t('control.toTeacher')
            : null;
  const nextDisabled = step === 'story' && !state.chat.busy && !state.chat.ending && !state.selected;
  return (
    <div class="class-controls" role="toolbar" aria-label={w.t('control.label')} data-testid="class-controls">
      {state.options.length > 0 && (
        <div class="class-counts" role="group" aria-labelledby="class-counts-title">
          <span class="class-counts-title" id="class-counts-title">
            {w.t('control.handsLabel')}
          </span>
          {state.options.map((o) => (
            <label key={o.id} class="class-count">
              <span aria-hidden="true">{o.letter}</span>
              <input
                aria-label={w.t('control.handsFor', { letter: o.letter })}
                type="number"
                min={0}
                max={9999}
                inputMode="numeric"
                data-testid={`hands-${o.letter}`}
                value={state.hands[o.id] ?? ''}
                onInput={(e) => {
                  const raw = (e.target as HTMLInputElement).value;
                  session.setHands(o.id, raw === '' ? null : Number(raw));
                }}
              />
            </label>
          ))}
        </div>
      )}
      <div class="class-buttons">
        {nextLabel && (
          <button
            type="button"
            class="btn btn-primary"
            data-testid="class-next"
            disabled={nextDisabled}
            title={nextDisabled ? w.t('control.pickFirst') : undefined}
            onClick={() => void session.next()}
          >
            {nextLabel}
          </button>
        )}
        {step !== 'story' && step !== 'spot' && (
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="class-back"
            onClick={() => void session.back()}
          >
            {w.t('control.back')}
          </button>
        )}
        {(step === 'story' || step === 'debrief') && (
          <button
            type="button"
            class="btn btn-secondary"
            data-testid="class-rewind"
            disabled={!state.canRewind}
            onClick={onRewind}
          >
            {w.t('control.rewind')}
          </button>
        )}
        {(step === 'story' || step === 'spot') && (
          <>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="class-spot-toggle"
              aria-pressed={step === 'spot'}
              onClick={() => void session.toggleSpot()}
            >
              {w.t('control.spot')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              data-testid="class-question-toggle"
              aria-pressed={question !== null}
              onClick={onQuestion}
            >
              {w.t('control.question')}
            </button>
          </>
        )}
        <button type="button" class="btn btn-secondary" data-testid="class-black-on" onClick={onBlack}>
          {w.t('control.black')}
        </button>
        <button type="button" class="btn btn-ghost" data-testid="class-end" onClick={onEnd}>
          {w.t(step === 'teacher' ? 'control.finish' : 'control.end')}
        </button>
      </div>
      <p class="class-keys" data-testid="class-keys">
        {w.t(
          step === 'spot'
            ? 'control.keysSpot'
            : step !== 'story'
              ? 'control.keysAfter'
              : state.options.length > 0
                ? 'control.keysChoice'
                : 'control.keys',
        )}
      </p>
    </div>
  );
}

function flagButtons(box: HTMLElement | null): HTMLElement[] {
  return box ? [...box.querySelectorAll<HTMLElement>('.flag-btn')] : [];
}

function lastFlagButton(box: HTMLElement | null): HTMLElement | undefined {
  return flagButtons(box).at(-1);
}

function flagButtonOf(box: HTMLElement | null, message: string): HTMLElement | null {
  return box?.querySelector<HTMLElement>(`li[data-message="${CSS.escape(message)}"] .flag-btn`) ?? null;
}

/** The debrief and the teacher's notes may be longer than the screen: the arrows scroll them. */
function scrollPanel(root: HTMLElement | null, by: 1 | -1): void {
  const panel = root?.querySelector<HTMLElement>('.class-panel');
  if (panel) panel.scrollBy({ top: by * panel.clientHeight * 0.6 });
}

/** Moves the focus to the next (or previous) control matching `selector` inside `box`. */
function moveFocus(box: HTMLElement | null, selector: string, by: 1 | -1): void {
  const all = box ? [...box.querySelectorAll<HTMLElement>(selector)] : [];
  if (all.length === 0) return;
  const at = all.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (by > 0 ? 0 : all.length - 1) : Math.max(0, Math.min(all.length - 1, at + by));
  all[next]!.focus();
}
