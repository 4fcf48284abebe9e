/**
 * Classroom mode's session, played on a shipped story with the real engine,
 * the teacher store over a fake IndexedDB and a fake clock: tallies, the
 * class's decisions, a rewind, flags, the saved class result and a resume
 * from what the store holds.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index';
import { ClassroomSession } from '../../../src/teacher/classroom/classroom-session';
import type { ClassroomSessionRecordT } from '../../../src/teacher/classroom/session-record';
import type { TeacherStore } from '../../../src/teacher/store/index';
import { FakeTimers, flush, STORY, STORY_DATA } from '../game/chat/session-harness';
import { openFakeTeacherStore } from './helpers';

const CODE = 'KP7M3X';

function newSession(store: TeacherStore, saved?: ClassroomSessionRecordT) {
  const timers = new FakeTimers();
  let clock = Date.UTC(2026, 2, 3, 9);
  let ids = 0;
  const session = new ClassroomSession({
    story: STORY_DATA,
    engine: () => {
      let r = 11;
      return createEngine(STORY_DATA, {
        now: () => (clock += 1000),
        random: () => (r = (r * 9301 + 49297) % 233280) / 233280,
      });
    },
    classCode: CODE,
    classLabel: 'La clase',
    storage: store,
    now: () => clock,
    newId: () => `class-test-${++ids}`,
    saved,
    timers,
    onSaveFailed: (e) => {
      throw e;
    },
  });
  return { session, timers };
}

/** Fires typing timers until the session waits for the teacher. */
async function idle({ session, timers }: ReturnType<typeof newSession>): Promise<void> {
  for (let guard = 0; guard < 10_000; guard++) {
    await flush();
    if (!session.state.chat.busy) {
      await session.saving();
      return;
    }
    if (!timers.fireNext()) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('the class session never came to rest');
}

async function goOn(h: ReturnType<typeof newSession>): Promise<void> {
  const done = h.session.next();
  await idle(h);
  await done;
  await idle(h);
}

const visible = (s: ClassroomSession) =>
  s.state.chat.lines.map((l) => ('id' in l ? `${l.kind}:${l.id}` : l.kind));

async function started() {
  const store = await openFakeTeacherStore();
  const h = newSession(store);
  await h.session.begin();
  await idle(h);
  return { store, h };
}

describe('a class session', () => {
  it('pauses at a choice with the open choices lettered, then the protective actions', async () => {
    const { h } = await started();
    const { options, selected } = h.session.state;
    const enabled = h.session.state.chat.choices!.options.filter((o) => o.enabled);
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.slice(0, enabled.length).map((o) => o.id)).toEqual(enabled.map((o) => o.id));
    expect(options.map((o) => o.letter)).toEqual(options.map((_, i) => 'ABCDEFGH'[i]));
    expect(options.filter((o) => o.kind === 'protect').map((o) => o.id)).toEqual(
      h.session.state.chat.choices!.protective.map((a) => `protect:${a}`),
    );
    // Nothing is decided until the teacher marks an option.
    expect(selected).toBeNull();
    const before = visible(h.session);
    await goOn(h);
    expect(visible(h.session)).toEqual(before);
    expect(h.session.state.decisions).toBe(0);
  });

  it('records the decision with the hands counted, and saves it at once', async () => {
    const { store, h } = await started();
    const [a, b] = h.session.state.options;
    h.session.setHands(b!.id, 9);
    h.session.setHands(a!.id, 12);
    h.session.setHands(b!.id, 7); // counted again: the last count stands
    h.session.select(b!.id);
    h.session.selectNext(-1); // the clicker moves the mark back to A
    expect(h.session.state.selected).toBe(a!.id);
    expect(h.session.state.hands).toEqual({ [a!.id]: 12, [b!.id]: 7 });
    const node = h.session.saved.state!.node;
    await goOn(h);
    expect(h.session.state.decisions).toBe(1);
    expect(h.session.state.hands).toEqual({});
    const stored = await store.getClassroomSession(CODE);
    expect(stored?.play.decisions).toEqual([
      {
        node,
        picked: a!.id,
        hands: [
          { option: a!.id, count: 12 },
          { option: b!.id, count: 7 },
        ],
      },
    ]);
    expect(stored?.checkpoints).toHaveLength(1);
    expect((stored?.state as { transcript: { choices: { choice: string }[] } }).transcript.choices).toEqual([
      expect.objectContaining({ choice: a!.id }),
    ]);
  });

  it('rewinds to the last choice as it was offered, remembering what was tried', async () => {
    const { store, h } = await started();
    await goOn(h);
    const atChoice = visible(h.session);
    const options = h.session.state.options.map((o) => o.id);
    const picked = options[1]!;
    h.session.select(picked);
    h.session.setHands(picked, 5);
    await goOn(h);
    expect(visible(h.session).length).toBeGreaterThan(atChoice.length);

    expect(await h.session.rewind()).toBe(true);
    await idle(h);
    expect(visible(h.session)).toEqual(atChoice);
    expect(h.session.state.options.map((o) => o.id)).toEqual(options);
    expect(h.session.state.selected).toBe(picked);
    expect(h.session.state.hands).toEqual({ [picked]: 5 });
    expect(h.session.state.decisions).toBe(0);
    expect(h.session.state.canRewind).toBe(false);
    expect(await h.session.rewind()).toBe(false);

    const stored = await store.getClassroomSession(CODE);
    expect(stored?.play).toEqual({ decisions: [], tried: [{ node: expect.any(String), picked }] });
    expect((stored?.state as { transcript: { choices: unknown[] } }).transcript.choices).toEqual([]);

    // The class takes the other road this time.
    h.session.select(options[0]!);
    await goOn(h);
    expect(h.session.state.decisions).toBe(1);
    expect(h.session.saved.play.decisions.map((d) => d.picked)).toEqual([options[0]]);
  });

  it('flags the messages the class names, kept through a rewind made before them', async () => {
    const { h } = await started();
    const first = await h.session.flag('start.leo.best', 'flattery');
    expect(first?.outcome).toBe('matched');
    expect(h.session.state.chat.flagged.has('start.leo.best')).toBe(true);
    h.session.select(h.session.state.options[0]!.id);
    await goOn(h);
    await h.session.rewind();
    await idle(h);
    // The flag came before the choice, so the checkpoint holds it.
    expect(h.session.state.chat.flagged.has('start.leo.best')).toBe(true);
    expect(h.session.state.chat.spotted).toContain('flattery');
  });

  it('saves one class result at the ending, with its tallies; a flag after it updates that result', async () => {
    const { store, h } = await started();
    await h.session.flag('start.leo.gg', 'flattery');
    let turns = 0;
    while (!h.session.state.chat.ending && turns++ < 40) {
      const choice = h.session.state.options.find((o) => o.kind === 'choice') ?? h.session.state.options[0]!;
      h.session.setHands(choice.id, 20 + turns);
      h.session.select(choice.id);
      await goOn(h);
    }
    expect(h.session.state.chat.ending).not.toBeNull();
    const results = await store.listAttempts({ classCode: CODE });
    expect(results).toHaveLength(1);
    const result = results[0]!;
    expect(result).toMatchObject({
      source: 'classroom',
      classCode: CODE,
      childKey: `class-${CODE}`,
      nickname: 'La clase',
      scenarioId: STORY,
      ageBand: STORY_DATA.ageBands[0],
    });
    expect(result.transcript.ending?.node).toBe(h.session.state.chat.ending!.event.node);
    expect(result.classroom!.decisions).toHaveLength(turns);
    expect(result.classroom!.decisions.map((d) => d.hands[0]!.count)).toEqual(
      Array.from({ length: turns }, (_, i) => 21 + i),
    );
    expect(result.transcript.flags.map((f) => f.message)).toEqual(['start.leo.gg']);

    // The ending, then the debrief, the warning and the teacher's screen, and back.
    await goOn(h);
    expect(h.session.state.step).toBe('debrief');
    await goOn(h);
    expect(h.session.state.step).toBe('warning');
    await goOn(h);
    expect(h.session.state.step).toBe('teacher');
    await h.session.back();
    expect(h.session.state.step).toBe('warning');

    // A sign named after the ending is added to the same result.
    await h.session.flag('coins.leo.intro', 'age-deception');
    const again = await store.listAttempts({ classCode: CODE });
    expect(again).toHaveLength(1);
    expect(again[0]!.transcript.flags.map((f) => f.message)).toEqual(['start.leo.gg', 'coins.leo.intro']);

    await h.session.finish();
    expect(await store.getClassroomSession(CODE)).toBeUndefined();
    expect(await store.listAttempts({ classCode: CODE })).toHaveLength(1);
  });

  it('resumes from the store at the same message, choice, marks and step', async () => {
    const { store, h } = await started();
    await h.session.flag('start.leo.gg', null);
    h.session.select(h.session.state.options[0]!.id);
    await goOn(h);
    const option = h.session.state.options[1]!;
    h.session.select(option.id);
    h.session.setHands(option.id, 3);
    await h.session.toggleSpot();
    await h.session.saving();
    const before = { lines: visible(h.session), state: h.session.state };
    h.session.leave();

    const saved = await store.getClassroomSession(CODE);
    const again = newSession(store, saved);
    await again.session.begin();
    await idle(again);
    expect(visible(again.session)).toEqual(before.lines);
    expect(again.session.state.step).toBe('spot');
    expect(again.session.state.options).toEqual(before.state.options);
    expect(again.session.state.selected).toBe(option.id);
    expect(again.session.state.hands).toEqual({ [option.id]: 3 });
    expect(again.session.state.chat.flagged).toEqual(before.state.chat.flagged);
    expect(again.session.state.canRewind).toBe(true);
    // Rewinding after the reload still reaches the first choice.
    await again.session.rewind();
    await idle(again);
    expect(again.session.state.decisions).toBe(0);
  });

  it('refuses a damaged saved session and keeps the class results untouched', async () => {
    const { store, h } = await started();
    h.session.select(h.session.state.options[0]!.id);
    await goOn(h);
    const saved = (await store.getClassroomSession(CODE))!;
    // One checkpoint too few: the record no longer fits together.
    await expect(store.putClassroomSession({ ...saved, checkpoints: [] })).rejects.toThrow(/checkpoint/);
    await expect(
      store.putClassroomSession({ ...saved, key: 'classroom:OTHER' } as ClassroomSessionRecordT),
    ).rejects.toThrow(/another class/);
    expect(await store.getClassroomSession(CODE)).toEqual(saved);
  });
});
