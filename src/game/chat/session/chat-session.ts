/**
 * One play of one story, without any DOM: it runs the engine, saves the
 * state after every step, records the result at the ending, decides what the
 * player's flags mean and paces the messages. A view subscribes to its state
 * and calls its input methods; the chat screen, classroom mode and the
 * studio's play-test each bring their own view.
 *
 * It never navigates: at an ending it records the result and reports the
 * ending and transcript in its state; the view decides where to go next.
 */
import type { Engine } from '../../../engine/index';
import type {
  ChoicesEvent,
  EndingEvent,
  EngineEvent,
  EngineState,
  MessageEvent,
  PlayerInput,
  Transcript,
} from '../../../engine/types';
import { NARRATOR, PLAYER, type ProtectiveAction, type WarningSign } from '../../../format/taxonomy';
import type { MessageSpeed, ProgressStore } from '../../../store/index';
import { SPEED_FACTOR } from '../../services/types';
import { clockAt } from '../clock';
import { Pacer, scaledDelay } from '../pacing';
import { flagFeedback, type FlagFeedback } from './flag-feedback';
import { recordResult } from './result-record';
import type { ChatLine, NewLine } from './lines';
import { storyId, type StoryData } from './story-data';
import { realTimers, type Timers } from './timers';

/** The part of the progress store a session uses. */
export type SessionProgress = Pick<ProgressStore, 'getState' | 'putState' | 'clearState' | 'addAttempt'>;

export interface ChatSessionOptions {
  engine: Engine;
  story: StoryData;
  progress: SessionProgress;
  profileId: string;
  /** The message-speed setting, read at every message. */
  messageSpeed: () => MessageSpeed;
  timers?: Timers;
  /** Problems the player need not see (a save failed, an input was refused). */
  warn?: (message: string, error: unknown) => void;
}

/** The story reached an ending; `live` is false when it was redrawn from a save. */
export interface SessionEnding {
  event: EndingEvent;
  transcript: Transcript;
  live: boolean;
}

export interface ChatSessionState {
  /** The conversation on screen. */
  chat: string;
  lines: readonly ChatLine[];
  /** The contact is typing the next message. */
  typing: boolean;
  /** Messages are being paced, so "faster" is worth offering. */
  hurryOffered: boolean;
  /** Events are being shown; choices and protective actions wait. */
  busy: boolean;
  /** What the player can answer now, or null while none is offered. */
  choices: { options: ChoicesEvent['options']; protective: ProtectiveAction[] } | null;
  /**
   * The protective actions that can be used now. Offered as soon as a batch
   * of messages starts arriving, not only with the replies: a way out is
   * always in reach, even while someone is typing.
   */
  protective: ProtectiveAction[];
  ending: SessionEnding | null;
  /**
   * Ids of flagged messages that show a warning sign: these stay marked (kept
   * across reloads). A message that looks normal loses its mark once the game
   * has said so.
   */
  flagged: ReadonlySet<string>;
  /** The warning signs on the messages flagged so far, each once, in the order found. */
  spotted: readonly WarningSign[];
  /** What the last flag meant, until the player dismisses it. */
  feedback: FlagFeedback | null;
}

/** Things that happen once, live, for sound, speech and announcements. Never sent for a redrawn save. */
export type ChatCue =
  | { type: 'line'; line: ChatLine }
  | { type: 'flag'; feedback: FlagFeedback }
  | { type: 'ended'; ending: SessionEnding };

export class ChatSession {
  readonly story: StoryData;
  private readonly engine: Engine;
  private readonly progress: SessionProgress;
  private readonly profileId: string;
  private readonly messageSpeed: () => MessageSpeed;
  private readonly warn: (message: string, error: unknown) => void;
  private readonly pacer: Pacer;
  private engineState!: EngineState;
  private current: ChatSessionState = {
    chat: '',
    lines: [],
    typing: false,
    hurryOffered: false,
    busy: false,
    choices: null,
    protective: [],
    ending: null,
    flagged: new Set(),
    spotted: [],
    feedback: null,
  };
  private readonly listeners = new Set<(state: ChatSessionState) => void>();
  private readonly cueListeners = new Set<(cue: ChatCue) => void>();
  private clockLines = 0;
  private left = false;
  /** The result being written (or written), so a later flag updates it instead of adding another. */
  private recording: Promise<void> | null = null;
  private showing: Promise<void> = Promise.resolve();

  constructor(options: ChatSessionOptions) {
    this.engine = options.engine;
    this.story = options.story;
    this.progress = options.progress;
    this.profileId = options.profileId;
    this.messageSpeed = options.messageSpeed;
    this.warn = options.warn ?? ((message, error) => console.warn(message, error));
    this.pacer = new Pacer(options.timers ?? realTimers);
  }

  get state(): ChatSessionState {
    return this.current;
  }

  get scenarioId(): string {
    return storyId(this.story);
  }

  /** The engine state as last saved (for tests and tools). */
  get engineSnapshot(): EngineState {
    return this.engineState;
  }

  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: (state: ChatSessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onCue(listener: (cue: ChatCue) => void): () => void {
    this.cueListeners.add(listener);
    return () => this.cueListeners.delete(listener);
  }

  /**
   * Continues the saved game (or starts one; `fresh` throws the save away)
   * and saves at once. Resolves when the first lines are in the state; the
   * rest arrive at the typing pace (see `settled`).
   */
  async begin(fresh = false): Promise<void> {
    let events: EngineEvent[];
    let instant = false;
    const saved = fresh ? undefined : await this.loadSaved();
    if (saved) {
      const restored = this.engine.restore(saved);
      this.engineState = restored.step.state;
      if (restored.ok) {
        events = this.engine.replay(restored.step.state);
        instant = true;
      } else {
        events = restored.step.events;
        this.addLine({ kind: 'restore', reason: restored.reason }, false);
      }
    } else {
      if (fresh) await this.guard('Could not clear the saved game', () => this.clearSaved());
      const step = this.engine.start();
      this.engineState = step.state;
      events = step.events;
    }
    await this.save();
    // A save that had already ended: the browser died before its result was
    // kept (or before the save was cleared). Recording it again is harmless.
    if (this.engineState.status === 'ended') await this.recordResult();
    this.setChat(this.engineState.chat);
    // Messages flagged before a reload keep their mark.
    this.update({ flagged: markedMessages(this.engineState), spotted: spottedSigns(this.engineState) });
    // A story just started opens with its first message waiting, as when a
    // chat app is opened from a notification.
    this.showing = this.show(events, instant, !saved);
  }

  /** Resolves when the events shown so far have all appeared. */
  settled(): Promise<void> {
    return this.showing;
  }

  choose(choice: string): Promise<void> {
    return this.send({ type: 'choose', choice });
  }

  /**
   * Uses a protective action. Pressed while messages are still arriving, it
   * shows the rest of them at once and then acts, so the child never has to
   * wait for a way out.
   */
  async protect(action: ProtectiveAction): Promise<void> {
    if (!this.current.protective.includes(action)) return;
    if (this.current.busy) {
      this.pacer.hurry();
      await this.showing;
    }
    return this.send({ type: 'protect', action });
  }

  /**
   * Flags a message, naming a sign or not (`null`: "I'm not sure, it just
   * feels wrong"). Flags are taken at any time, even while messages are still
   * arriving and after the ending; a flag after the ending updates the result
   * already recorded.
   */
  async flag(message: string, sign?: WarningSign | null): Promise<FlagFeedback | undefined> {
    const input: PlayerInput = sign ? { type: 'flag', message, sign } : { type: 'flag', message };
    let events: EngineEvent[];
    try {
      const step = this.engine.advance(this.engineState, input);
      this.engineState = step.state;
      events = step.events;
    } catch (e) {
      this.warn('Flag refused', e);
      return undefined;
    }
    if (this.recording) await this.recordResult();
    else await this.save();
    const result = events.find((e) => e.type === 'flag-result');
    if (!result) return undefined;
    const feedback = flagFeedback(result);
    const ending = this.current.ending && { ...this.current.ending, transcript: this.engineState.transcript };
    this.update({
      flagged: markedMessages(this.engineState),
      spotted: spottedSigns(this.engineState),
      feedback,
      ...(ending ? { ending } : {}),
    });
    this.cue({ type: 'flag', feedback });
    return feedback;
  }

  dismissFeedback(): void {
    if (this.current.feedback) this.update({ feedback: null });
  }

  /** Skips the rest of the typing pauses of the messages now arriving. */
  hurry(): void {
    this.pacer.hurry();
  }

  /** Stops pacing and drops listeners; the saved state stays for next time. */
  leave(): void {
    this.left = true;
    this.pacer.dispose();
    this.listeners.clear();
    this.cueListeners.clear();
  }

  private async loadSaved(): Promise<unknown> {
    try {
      return await this.progress.getState(this.profileId, this.scenarioId);
    } catch (e) {
      this.warn('Could not read the saved game', e);
      return undefined;
    }
  }

  private clearSaved(): Promise<void> {
    return this.progress.clearState(this.profileId, this.scenarioId);
  }

  private save(): Promise<void> {
    return this.guard('Could not save progress', () =>
      this.progress.putState(this.profileId, this.scenarioId, this.engineState),
    );
  }

  /** Saving must never stop the story: a failure is logged and play goes on. */
  private async guard(message: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.warn(message, e);
    }
  }

  private async send(input: PlayerInput): Promise<void> {
    if (this.current.busy || this.left) return;
    // Take the old choices away at once, so nothing can be pressed twice.
    this.update({ busy: true, choices: null, protective: [] });
    let events: EngineEvent[];
    try {
      const step = this.engine.advance(this.engineState, input);
      this.engineState = step.state;
      events = step.events;
    } catch (e) {
      this.warn('Input refused', e);
      const again = this.engine.replay(this.engineState).find((ev) => ev.type === 'choices');
      this.update({
        busy: false,
        choices: { options: again?.options ?? [], protective: again?.protective ?? [] },
        protective: again?.protective ?? [],
      });
      return;
    }
    await this.save();
    if (events.some((e) => e.type === 'ending')) await this.recordResult();
    this.showing = this.show(events, false);
    await this.showing;
  }

  /**
   * Keeps the finished attempt and drops the saved game. Called again for a
   * flag after the ending: each write waits for the one before, and the id
   * comes from the play (result-record.ts), so the result is updated, never
   * doubled, also when a resumed game records it again.
   */
  private recordResult(): Promise<void> {
    const previous = this.recording ?? Promise.resolve();
    const transcript = this.engineState.transcript;
    this.recording = previous.then(() =>
      this.guard('Could not save the result', () =>
        recordResult(this.progress, this.profileId, this.scenarioId, transcript),
      ),
    );
    return this.recording;
  }

  /**
   * Shows a batch of events in order. Contact messages wait for their
   * typing time, scaled by the speed setting; `instant` redraws a saved game
   * at once; `opening` shows the first contact message without waiting.
   */
  private async show(events: EngineEvent[], instant: boolean, opening = false): Promise<void> {
    this.pacer.reset();
    const upcoming = events.find((ev) => ev.type === 'choices');
    this.update({ busy: true, choices: null, protective: upcoming?.protective ?? [] });
    let waiting = opening;
    for (const ev of events) {
      if (this.left) return;
      switch (ev.type) {
        case 'message': {
          const fromContact = ev.from !== PLAYER && ev.from !== NARRATOR;
          const factor = SPEED_FACTOR[this.messageSpeed()] ?? 1;
          const wait = instant || (waiting && fromContact) ? 0 : scaledDelay(ev.delayMs, factor);
          if (fromContact) waiting = false;
          if (wait > 0 && fromContact) {
            this.update({ hurryOffered: true, typing: true });
            await this.pacer.wait(wait);
            if (this.left) return;
            this.update({ typing: false });
          }
          this.addMessage(ev, instant);
          break;
        }
        case 'player-choice':
          this.setChat(ev.chat);
          if (ev.says)
            this.addLine({ kind: 'player', id: ev.id, chat: ev.chat, time: this.nextTime() }, !instant);
          else this.addLine({ kind: 'action', id: ev.id }, !instant);
          break;
        case 'feedback':
          this.addLine({ kind: 'feedback', id: ev.id, rating: ev.rating }, !instant);
          break;
        case 'protective':
          this.setChat(ev.chat);
          this.addLine(
            {
              kind: 'protective',
              action: ev.action,
              chat: ev.chat,
              ...(ev.target !== undefined ? { target: ev.target } : {}),
            },
            !instant,
          );
          break;
        case 'flag-result':
          break; // flags are answered as they happen, not replayed
        case 'choices':
          this.update({ choices: { options: ev.options, protective: ev.protective } });
          break;
        case 'ending':
          this.end(ev, instant);
          break;
      }
    }
    this.update({ hurryOffered: false, busy: false });
  }

  private end(event: EndingEvent, instant: boolean): void {
    const ending: SessionEnding = { event, transcript: this.engineState.transcript, live: !instant };
    this.addLine({ kind: 'ending', ending: event }, false);
    this.update({ ending, choices: null, protective: [] });
    if (!instant) this.cue({ type: 'ended', ending });
  }

  private addMessage(ev: MessageEvent, instant: boolean): void {
    this.setChat(ev.chat);
    const time = this.nextTime();
    const extra = { ...(ev.values ? { values: ev.values } : {}), ...(ev.image ? { image: ev.image } : {}) };
    if (ev.from === PLAYER)
      this.addLine({ kind: 'player', id: ev.id, chat: ev.chat, time, ...extra }, !instant);
    else if (ev.from === NARRATOR)
      this.addLine({ kind: 'narrator', id: ev.id, ...(ev.values ? { values: ev.values } : {}) }, !instant);
    else this.addLine({ kind: 'contact', id: ev.id, chat: ev.chat, from: ev.from, time, ...extra }, !instant);
  }

  /** The fictional clock moves with every message line, so a resumed game shows the same times. */
  private nextTime(): string {
    return clockAt(this.clockLines++);
  }

  private setChat(chat: string): void {
    if (chat === this.current.chat) return;
    const first = this.current.chat === '';
    this.update({ chat });
    if (!first) this.addLine({ kind: 'switch', chat }, false);
  }

  private addLine(line: NewLine, live: boolean): void {
    const keyed = { ...line, key: this.current.lines.length } as ChatLine;
    this.update({ lines: [...this.current.lines, keyed] });
    if (live) this.cue({ type: 'line', line: keyed });
  }

  private update(change: Partial<ChatSessionState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }

  private cue(cue: ChatCue): void {
    for (const listener of this.cueListeners) listener(cue);
  }
}

/** Flagged messages that show a warning sign; a false flag leaves no mark. */
function markedMessages(state: EngineState): ReadonlySet<string> {
  return new Set(state.transcript.flags.filter((f) => f.correct).map((f) => f.message));
}

function spottedSigns(state: EngineState): readonly WarningSign[] {
  return [...new Set(state.transcript.signsSpotted.flatMap((m) => m.signs))];
}
