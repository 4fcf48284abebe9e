/**
 * One story played by a whole class on the projector, without any DOM. It
 * drives the game's own headless chat session (same engine, same pack, same
 * pacing and flag outcomes) and adds what a class needs: a pause at every
 * choice with the options lettered, the class's decision and an optional
 * show of hands, the "spot it" step, a rewind to the last choice, and the
 * steps after the ending (class debrief, "teacher only" warning, teacher's
 * screen). Every change is saved in the teacher store, so a reload resumes
 * at the same step; the result is saved as a class attempt at the ending.
 */
import type { Engine } from '../../engine/index';
import type { Attempt, MessageSpeed } from '../../store/index';
import type { WarningSign } from '../../format/taxonomy';
import {
  ChatSession,
  type ChatSessionState,
  type SessionProgress,
} from '../../game/chat/session/chat-session';
import type { FlagFeedback } from '../../game/chat/session/flag-feedback';
import type { StoryData } from '../../game/chat/session/story-data';
import type { Timers } from '../../game/chat/session/timers';
import type { ClassAttempt } from '../model';
import { classroomAttempt } from './class-attempt';
import { classOptions, type ClassOption } from './class-options';
import { classroomKey, type ClassroomSessionRecordT, type ClassroomStep } from './session-record';

/** The part of the teacher store a class session uses. */
export interface ClassroomStorage {
  putClassroomSession(record: ClassroomSessionRecordT): Promise<void>;
  saveClassroomResult(attempt: ClassAttempt, session: ClassroomSessionRecordT): Promise<void>;
  clearClassroomSession(classCode: string): Promise<void>;
}

export interface ClassroomSessionOptions {
  story: StoryData;
  /** A new engine for the story (the session makes another after a rewind). */
  engine: () => Engine;
  classCode: string;
  /** The teacher's word for the class, stored as the result's nickname. */
  classLabel: string;
  storage: ClassroomStorage;
  now: () => number;
  newId: () => string;
  /** The session to continue (read back from the store), or none to start the story. */
  saved?: ClassroomSessionRecordT | undefined;
  timers?: Timers;
  messageSpeed?: () => MessageSpeed;
  /** A save that failed: the class plays on, the page says so. */
  onSaveFailed?: (error: unknown) => void;
  warn?: (message: string, error: unknown) => void;
}

export interface ClassroomState {
  step: ClassroomStep;
  chat: ChatSessionState;
  /** At a choice: what the class can decide, lettered; empty otherwise. */
  options: readonly ClassOption[];
  /** The option marked as the class's decision, if any. */
  selected: string | null;
  /** Hands counted per option at this choice. */
  hands: Readonly<Record<string, number>>;
  /** Decisions made so far (rewinding takes one back). */
  decisions: number;
  canRewind: boolean;
}

export class ClassroomSession {
  readonly story: StoryData;
  private record: ClassroomSessionRecordT;
  private chat!: ChatSession;
  private current!: ClassroomState;
  private readonly listeners = new Set<(state: ClassroomState) => void>();
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: ClassroomSessionOptions) {
    this.story = options.story;
    this.record = options.saved
      ? structuredClone(options.saved)
      : {
          key: classroomKey(options.classCode),
          version: 1,
          attemptId: options.newId(),
          classCode: options.classCode,
          scenarioId: options.story.id,
          startedAt: options.now(),
          step: 'story',
          state: null,
          checkpoints: [],
          play: { decisions: [], tried: [] },
          draft: { selected: null, hands: [] },
          saved: false,
        };
  }

  get state(): ClassroomState {
    return this.current;
  }

  get scenarioId(): string {
    return this.story.id;
  }

  /** The record as last saved (for tests). */
  get saved(): ClassroomSessionRecordT {
    return this.record;
  }

  subscribe(listener: (state: ClassroomState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the story, or continues the saved session at the same message and step. */
  async begin(): Promise<void> {
    await this.openChat();
    await this.persist();
  }

  /** Resolves when the messages shown so far have all appeared. */
  settled(): Promise<void> {
    return this.chat.settled();
  }

  /** Resolves when every save asked for so far is done. */
  saving(): Promise<void> {
    return this.writing;
  }

  /** Shows the rest of the messages now arriving at once. */
  hurry(): void {
    this.chat.hurry();
  }

  /** Marks the class's decision at this choice (it is taken when the teacher goes on). */
  select(optionId: string): void {
    if (!this.current.options.some((o) => o.id === optionId)) return;
    this.setDraft({ ...this.record.draft, selected: optionId });
  }

  /** Moves the mark to the next (or previous) option: clickers have no letter keys. */
  selectNext(direction: 1 | -1): void {
    const options = this.current.options;
    if (options.length === 0) return;
    const at = options.findIndex((o) => o.id === this.record.draft.selected);
    const next =
      at < 0 ? (direction > 0 ? 0 : options.length - 1) : (at + direction + options.length) % options.length;
    this.select(options[next]!.id);
  }

  /** The hands raised for an option; null clears the count. */
  setHands(optionId: string, count: number | null): void {
    if (!this.current.options.some((o) => o.id === optionId)) return;
    const others = this.record.draft.hands.filter((h) => h.option !== optionId);
    const hands =
      count === null || !Number.isFinite(count)
        ? others
        : [...others, { option: optionId, count: Math.max(0, Math.min(10_000, Math.floor(count))) }];
    // Kept in the options' order, so the saved tally reads A, B, C.
    const order = this.current.options.map((o) => o.id);
    hands.sort((a, b) => order.indexOf(a.option) - order.indexOf(b.option));
    this.setDraft({ ...this.record.draft, hands });
  }

  /**
   * The teacher's "next" (Page Down, →, the clicker): shows the waiting
   * messages at once; at a choice, takes the marked decision; at the ending,
   * opens the class debrief; then the warning, then the teacher's screen.
   */
  async next(): Promise<void> {
    const { step, chat } = this.current;
    if (step === 'spot') return this.setStep('story');
    if (step === 'debrief') return this.setStep('warning');
    if (step === 'warning') return this.setStep('teacher');
    if (step !== 'story') return;
    if (chat.busy) return this.hurry();
    if (chat.ending) return this.setStep('debrief');
    if (this.record.draft.selected) await this.decide();
  }

  /** The teacher's "back": from the debrief and later steps, one step back. */
  back(): Promise<void> {
    const step = this.current.step;
    if (step === 'teacher') return this.setStep('warning');
    if (step === 'warning') return this.setStep('debrief');
    if (step === 'debrief' || step === 'spot') return this.setStep('story');
    return Promise.resolve();
  }

  /** Opens (or closes) the "spot it" step, where the teacher flags the messages the class names. */
  toggleSpot(): Promise<void> {
    if (this.current.step === 'story') return this.setStep('spot');
    if (this.current.step === 'spot') return this.setStep('story');
    return Promise.resolve();
  }

  /** Flags a message the class named, with the sign they named (null: "not sure, it feels wrong"). */
  async flag(message: string, sign: WarningSign | null): Promise<FlagFeedback | undefined> {
    const feedback = await this.chat.flag(message, sign);
    await this.writing;
    return feedback;
  }

  dismissFeedback(): void {
    this.chat.dismissFeedback();
  }

  /**
   * Back to the last choice, as it was offered: the decision taken there
   * (and everything after it) is undone and remembered as tried, so the
   * class can explore "what if we had chosen B?" without starting over. A
   * result already saved at an ending stays until the class reaches another.
   */
  async rewind(): Promise<boolean> {
    if (!this.current.canRewind) return false;
    const checkpoint = this.record.checkpoints.at(-1)!;
    const undone = this.record.play.decisions.at(-1)!;
    this.record = {
      ...this.record,
      step: 'story',
      state: checkpoint,
      checkpoints: this.record.checkpoints.slice(0, -1),
      play: {
        decisions: this.record.play.decisions.slice(0, -1),
        tried: [...this.record.play.tried, { node: undone.node, picked: undone.picked }],
      },
      // The same option stays marked and counted, as the class left it.
      draft: { selected: undone.picked, hands: undone.hands },
    };
    this.chat.leave();
    await this.openChat();
    await this.persist();
    return true;
  }

  /** Ends the session: its saved state goes; the result, if an ending was reached, stays. */
  async finish(): Promise<void> {
    this.leave();
    await this.writing;
    await this.options.storage.clearClassroomSession(this.record.classCode);
  }

  /** Stops pacing and listening; the saved session stays for next time. */
  leave(): void {
    this.closed = true;
    this.chat?.leave();
    this.listeners.clear();
  }

  private async decide(): Promise<void> {
    const option = this.current.options.find((o) => o.id === this.record.draft.selected);
    if (!option) return;
    const engineState = this.chat.engineSnapshot;
    this.record = {
      ...this.record,
      checkpoints: [...this.record.checkpoints, structuredClone(engineState) as never],
      play: {
        ...this.record.play,
        decisions: [
          ...this.record.play.decisions,
          { node: engineState.node, picked: option.id, hands: this.record.draft.hands },
        ],
      },
      draft: { selected: null, hands: [] },
    };
    void this.persist();
    if (option.kind === 'choice') await this.chat.choose(option.line);
    else await this.chat.protect(option.action);
  }

  private async openChat(): Promise<void> {
    this.chat = new ChatSession({
      engine: this.options.engine(),
      story: this.story,
      progress: this.progressAdapter(),
      profileId: this.record.classCode,
      messageSpeed: this.options.messageSpeed ?? (() => 'normal'),
      ...(this.options.timers ? { timers: this.options.timers } : {}),
      ...(this.options.warn ? { warn: this.options.warn } : {}),
    });
    this.chat.subscribe(() => this.refresh());
    this.refresh();
    await this.chat.begin();
    this.refresh();
  }

  /** The chat session's storage: the engine state lives in this session's record, the result in the class's results. */
  private progressAdapter(): SessionProgress {
    return {
      getState: () => Promise.resolve(this.record.state ?? undefined),
      putState: (_profile, _scenario, state) => {
        this.record = { ...this.record, state: structuredClone(state) as never };
        return this.persist();
      },
      // The record stays until the teacher finishes: the debrief and later steps come after the ending.
      clearState: () => Promise.resolve(),
      addAttempt: async (input) => {
        await this.saveResult(input.transcript);
        const t = input.transcript;
        return { id: this.record.attemptId, profileId: this.record.classCode, transcript: t } as Attempt;
      },
    };
  }

  private saveResult(transcript: Attempt['transcript']): Promise<void> {
    this.record = { ...this.record, saved: true };
    const attempt = classroomAttempt({
      id: this.record.attemptId,
      classCode: this.record.classCode,
      label: this.options.classLabel,
      ageBand: this.story.ageBands[0]!,
      transcript,
      play: this.record.play,
      now: this.options.now(),
    });
    const record = this.record;
    return this.queue(() => this.options.storage.saveClassroomResult(attempt, record));
  }

  private setStep(step: ClassroomStep): Promise<void> {
    this.record = { ...this.record, step };
    this.refresh();
    return this.persist();
  }

  private setDraft(draft: ClassroomSessionRecordT['draft']): void {
    this.record = { ...this.record, draft };
    this.refresh();
    void this.persist();
  }

  private persist(): Promise<void> {
    const record = this.record;
    return this.queue(() => this.options.storage.putClassroomSession(record));
  }

  /** Saves one after another, in the order asked; a failure is reported and play goes on. */
  private queue(write: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(async () => {
      try {
        await write();
      } catch (error) {
        (this.options.onSaveFailed ?? ((e) => console.warn('Could not save the class session', e)))(error);
      }
    });
    return this.writing;
  }

  private refresh(): void {
    if (this.closed) return;
    const chat = this.chat.state;
    const atChoice = !chat.busy && !chat.ending && chat.choices !== null;
    const options = atChoice ? classOptions(chat.choices) : [];
    const hands: Record<string, number> = {};
    for (const h of this.record.draft.hands) hands[h.option] = h.count;
    const selected = options.some((o) => o.id === this.record.draft.selected)
      ? this.record.draft.selected
      : null;
    this.current = {
      step: this.record.step,
      chat,
      options,
      selected,
      hands,
      decisions: this.record.play.decisions.length,
      canRewind: this.record.checkpoints.length > 0 && !chat.busy,
    };
    for (const listener of this.listeners) listener(this.current);
  }
}
