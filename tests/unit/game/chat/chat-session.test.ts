/**
 * The headless chat session, played on the shipped example story with an
 * in-memory store and a fake clock.
 */
import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineState } from '../../../../src/engine/types';
import { NARRATOR, PLAYER } from '../../../../src/format/taxonomy';
import type { ChatCue, SessionProgress } from '../../../../src/game/chat/session/chat-session';
import { finishEndedSave } from '../../../../src/game/chat/session/result-record';
import type { ChatLine } from '../../../../src/game/chat/session/lines';
import { scaledDelay } from '../../../../src/game/chat/pacing';
import { SPEED_FACTOR } from '../../../../src/game/services/types';
import type { MessageSpeed } from '../../../../src/store/index';
import { act, flush, makeSession, recordingStore, STORY, untilIdle, type Harness } from './session-harness';

async function newPlayer() {
  const rec = recordingStore();
  const me = await rec.store.createProfile({ nickname: 'Fox7', avatar: 'fox', ageBand: '11-14' });
  return { ...rec, profileId: me.id };
}

function firstEnabled(h: Harness): string {
  const option = h.session.state.choices?.options.find((o) => o.enabled);
  if (!option) throw new Error('no choice offered');
  return option.id;
}

const messageIds = (lines: readonly ChatLine[]) =>
  lines.flatMap((l) => (l.kind === 'contact' || l.kind === 'player' ? [`${l.id}@${l.time}`] : []));

describe('playing a story', () => {
  it('plays to an ending, records the result once and clears the saved game', async () => {
    const { store, progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'fast');
    const cues: ChatCue[] = [];
    h.session.onCue((c) => cues.push(c));
    await h.session.begin();
    await untilIdle(h);
    for (let turn = 0; turn < 40 && !h.session.state.ending; turn++) {
      await act(h, () => h.session.choose(firstEnabled(h)));
    }
    const ending = h.session.state.ending;
    expect(ending?.live).toBe(true);
    expect(h.session.state.choices).toBeNull();
    expect(h.session.state.lines.at(-1)).toMatchObject({
      kind: 'ending',
      ending: { node: ending?.event.node },
    });
    expect(cues.filter((c) => c.type === 'ended')).toHaveLength(1);

    const attempts = await store.listAttempts({ profileId });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.transcript.ending?.node).toBe(ending?.event.node);
    expect(attempts[0]?.transcript).toEqual(ending?.transcript);
    expect(await store.getState(profileId, STORY)).toBeUndefined();

    // After the ending nothing protective is offered, and pressing records nothing more.
    expect(h.session.state.protective).toEqual([]);
    await h.session.protect('block');
    expect(await store.listAttempts({ profileId })).toHaveLength(1);
  });

  it('saves the engine state after every step', async () => {
    const { progress, profileId, saves } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    await h.session.begin();
    await untilIdle(h);
    expect(saves).toHaveLength(1);
    expect(saves.at(-1)).toEqual(h.session.engineSnapshot);
    await act(h, () => h.session.choose(firstEnabled(h)));
    expect(saves).toHaveLength(2);
    expect(saves.at(-1)).toEqual(h.session.engineSnapshot);
    await h.session.flag('start.leo.gg', 'flattery');
    expect(saves).toHaveLength(3);
    expect((saves.at(-1) as EngineState).transcript.flags.map((f) => f.message)).toEqual(['start.leo.gg']);
  });

  it('reopened from the save mid-story, continues at the same message with the same choices and flags', async () => {
    const { progress, profileId } = await newPlayer();
    const a = makeSession(progress, profileId, 'fast');
    await a.session.begin();
    await untilIdle(a);
    await act(a, () => a.session.choose('c.start.who'));
    await a.session.flag('coins.leo.offer', 'gift-bribe');
    await act(a, () => a.session.choose('c.coins.no'));
    a.session.leave();

    const b = makeSession(progress, profileId, 'slow');
    await b.session.begin();
    // A save is redrawn at once: no typing pause, not even at the slow speed.
    expect(b.timers.asked).toEqual([]);
    expect(b.session.state.busy).toBe(false);
    expect(messageIds(b.session.state.lines)).toEqual(messageIds(a.session.state.lines));
    expect(b.session.state.choices).toEqual(a.session.state.choices);
    expect([...b.session.state.flagged]).toEqual(['coins.leo.offer']);
    expect(b.session.state.chat).toBe(a.session.state.chat);
    // It goes on from there as the first session would have.
    await act(b, () => b.session.choose('c.probe.no'));
    expect(b.session.engineSnapshot.transcript.choices.map((c) => c.choice)).toEqual([
      'c.start.who',
      'c.coins.no',
      'c.probe.no',
    ]);
  });

  it('starting fresh throws the saved game away', async () => {
    const { progress, profileId } = await newPlayer();
    const a = makeSession(progress, profileId, 'instant');
    await a.session.begin();
    await act(a, () => a.session.choose('c.start.who'));
    a.session.leave();
    const b = makeSession(progress, profileId, 'instant');
    await b.session.begin(true);
    await untilIdle(b);
    expect(b.session.engineSnapshot.transcript.choices).toEqual([]);
    expect(b.session.state.choices?.options.map((o) => o.id)).toContain('c.start.who');
  });

  /** Plays to an ending while the browser "dies" before the writes after the ending state. */
  async function endThenDie(lose: 'result' | 'clear') {
    const player = await newPlayer();
    let died = false;
    const never = () => {
      died = true;
      return new Promise<never>(() => {});
    };
    const dying: SessionProgress = {
      ...player.progress,
      addAttempt: (input) => (lose === 'result' ? never() : player.progress.addAttempt(input)),
      clearState: never,
    };
    const h = makeSession(dying, player.profileId, 'instant');
    await h.session.begin();
    await untilIdle(h);
    for (let turn = 0; turn < 40 && !died; turn++) {
      void h.session.choose(firstEnabled(h)); // the ending's writes never finish
      // Until the next turn, or until the browser "died" at the ending's writes.
      for (let wait = 0; wait < 10_000 && !died && h.session.state.busy; wait++) {
        await flush();
        h.timers.fireNext();
      }
    }
    h.session.leave();
    expect(died).toBe(true);
    return { ...player, ended: h.session.engineSnapshot };
  }

  for (const lose of ['result', 'clear'] as const) {
    it(`killed at the last tap before the ${lose === 'result' ? 'result' : 'save was cleared'}: resuming counts it exactly once`, async () => {
      const { store, progress, profileId, ended } = await endThenDie(lose);
      expect(await store.listAttempts({ profileId })).toHaveLength(lose === 'result' ? 0 : 1);
      expect((await store.getState(profileId, STORY)) as EngineState).toMatchObject({ status: 'ended' });

      const again = makeSession(progress, profileId, 'instant');
      await again.session.begin();
      await untilIdle(again);
      const attempts = await store.listAttempts({ profileId });
      expect(attempts).toHaveLength(1);
      expect(attempts[0]?.transcript).toEqual(ended.transcript);
      expect(await store.getState(profileId, STORY)).toBeUndefined();
      // The ending is shown again, quietly (no new "ended" cue).
      expect(again.session.state.ending?.live).toBe(false);
    });
  }

  it('the hub finishes an ended save it finds, so the story is not left "in progress"', async () => {
    const { store, profileId, ended } = await endThenDie('result');
    const saved = await store.getState(profileId, STORY);
    expect(await finishEndedSave(store, profileId, STORY, saved)).toBe(true);
    expect(await finishEndedSave(store, profileId, STORY, saved)).toBe(true); // again: still one result
    const attempts = await store.listAttempts({ profileId });
    expect(attempts.map((a) => a.transcript)).toEqual([ended.transcript]);
    expect(await store.getState(profileId, STORY)).toBeUndefined();
    // A save still playing, or one from another story, is left alone.
    expect(await finishEndedSave(store, profileId, STORY, { ...(saved as object), status: 'playing' })).toBe(
      false,
    );
    expect(await finishEndedSave(store, profileId, STORY, { ...(saved as object), scenarioId: 'x' })).toBe(
      false,
    );
  });

  it('a save it cannot continue says why and starts the story again', async () => {
    const { store, progress, profileId } = await newPlayer();
    const a = makeSession(progress, profileId, 'instant');
    await a.session.begin();
    const foreign = { ...a.session.engineSnapshot, scenarioId: 'another-story' };
    await store.putState(profileId, STORY, foreign);
    const b = makeSession(progress, profileId, 'instant');
    await b.session.begin();
    await untilIdle(b);
    expect(b.session.state.lines[0]).toMatchObject({ kind: 'restore', reason: 'other-scenario' });
    expect(b.session.engineSnapshot.scenarioId).toBe(STORY);
  });
});

describe('lines', () => {
  it('shows narrator notes, contact and player bubbles, feedback, a chat switch and an action', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    await h.session.begin();
    await untilIdle(h);
    const [scene, hello] = h.session.state.lines;
    expect(scene).toMatchObject({ kind: 'narrator', id: 'start.narrator.scene' });
    expect(hello).toMatchObject({
      kind: 'contact',
      id: 'start.leo.gg',
      chat: 'leo',
      from: 'leo',
      time: '18:02',
    });
    expect(h.session.state.chat).toBe('leo');

    await act(h, () => h.session.choose('c.start.who'));
    const kinds = h.session.state.lines.map((l) => l.kind);
    expect(kinds.slice(3, 5)).toEqual(['player', 'feedback']);
    expect(
      h.session.state.lines.find((l) => l.kind === 'contact' && l.id === 'coins.leo.chest'),
    ).toMatchObject({
      image: 'img.coins.chest',
    });
    await act(h, () => h.session.choose('c.coins.no'));
    await act(h, () => h.session.choose('c.probe.friends'));
    const lines = h.session.state.lines;
    expect(lines.find((l) => l.kind === 'action')).toMatchObject({ id: 'c.probe.friends' });
    expect(lines.find((l) => l.kind === 'switch')).toMatchObject({ chat: 'team' });
    expect(h.session.state.chat).toBe('team');
    // In the friends' group, blocking is hidden.
    expect(h.session.state.choices?.protective).not.toContain('block');
    expect(lines.find((l) => l.kind === 'player' && l.id === 'group.player.ask')).toBeDefined();
  });

  it('a protective action is noted in the conversation it was taken in', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    const cues: ChatCue[] = [];
    h.session.onCue((c) => cues.push(c));
    await h.session.begin();
    await untilIdle(h);
    await act(h, () => h.session.protect('block'));
    expect(h.session.state.lines.find((l) => l.kind === 'protective')).toMatchObject({
      action: 'block',
      chat: 'leo',
    });
    expect(cues.some((c) => c.type === 'line' && c.line.kind === 'protective')).toBe(true);
    expect(h.session.engineSnapshot.transcript.protectiveActions.map((p) => p.action)).toEqual(['block']);
  });
});

describe('flags', () => {
  async function atGroup() {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    await h.session.begin();
    await untilIdle(h);
    return h;
  }

  it('the named sign is one the message shows: matched, worth celebrating', async () => {
    const h = await atGroup();
    const feedback = await h.session.flag('start.leo.best', 'flattery');
    expect(feedback).toMatchObject({
      outcome: 'matched',
      textKey: 'flag.matched',
      signs: ['flattery', 'isolation'],
      correct: true,
      celebrate: true,
    });
    expect(h.session.state.feedback).toEqual(feedback);
    expect(h.session.state.flagged.has('start.leo.best')).toBe(true);
  });

  it('"not sure" on a message that shows a sign: a real catch, and the sign is explained', async () => {
    const h = await atGroup();
    expect(await h.session.flag('start.leo.best', null)).toMatchObject({
      outcome: 'unsure',
      textKey: 'flag.unsureResult',
      explain: ['flattery', 'isolation'],
      correct: true,
    });
  });

  it('"gg" after a match is a normal thing to say: flagging it is a false flag, kindly answered', async () => {
    const h = await atGroup();
    expect(await h.session.flag('start.leo.gg', 'flattery')).toMatchObject({
      outcome: 'false-flag',
      correct: false,
    });
  });

  it("a warning sign, but not the one picked: says which it is, with the author's note", async () => {
    const h = await atGroup();
    expect(await h.session.flag('start.leo.best', 'secrecy')).toMatchObject({
      outcome: 'other-sign',
      textKey: 'flag.otherSign',
      signs: ['flattery', 'isolation'],
      authorLine: 'flag.start.best',
      picked: 'secrecy',
      explain: ['flattery', 'isolation'],
      correct: true,
    });
  });

  it('a message with no warning sign: a false flag, kindly answered, nothing to celebrate', async () => {
    const h = await atGroup();
    await act(h, () => h.session.choose('c.start.who'));
    await act(h, () => h.session.choose('c.coins.no'));
    await act(h, () => h.session.choose('c.probe.friends'));
    const feedback = await h.session.flag('group.sofi.weird', 'pressure');
    expect(feedback).toMatchObject({
      outcome: 'false-flag',
      textKey: 'flag.noSign',
      correct: false,
      celebrate: false,
    });
    expect(h.session.engineSnapshot.transcript.falseFlags).toEqual(['group.sofi.weird']);
    // "This one looks normal": the message loses its mark.
    expect(h.session.state.flagged.has('group.sofi.weird')).toBe(false);
  });

  it('flagged twice: says so and records nothing new', async () => {
    const h = await atGroup();
    await h.session.flag('start.leo.gg', 'flattery');
    const again = await h.session.flag('start.leo.gg', 'flattery');
    expect(again).toMatchObject({ outcome: 'repeated', textKey: 'flag.repeated', celebrate: false });
    expect(again?.authorLine).toBeUndefined();
    expect(h.session.engineSnapshot.transcript.flags).toHaveLength(1);
  });

  it('an unknown message is refused without changing anything', async () => {
    const h = await atGroup();
    const before = h.session.engineSnapshot;
    expect(await h.session.flag('no.such.message')).toBeUndefined();
    expect(h.session.engineSnapshot).toBe(before);
    expect(h.session.state.feedback).toBeNull();
  });

  it('a flag on the last messages, after the ending, updates the one recorded result', async () => {
    const { store, progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    await h.session.begin();
    await untilIdle(h);
    for (let turn = 0; turn < 40 && !h.session.state.ending; turn++) {
      await act(h, () => h.session.choose(firstEnabled(h)));
    }
    const last = [...h.session.state.lines].reverse().find((l) => l.kind === 'contact');
    if (last?.kind !== 'contact') throw new Error('no contact message before the ending');
    const feedback = await h.session.flag(last.id, null);
    expect(feedback).toBeDefined();
    const attempts = await store.listAttempts({ profileId });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.transcript.flags.map((f) => f.message)).toContain(last.id);
    // The debrief reads the ending's transcript: it has the flag too.
    expect(h.session.state.ending?.transcript.flags.map((f) => f.message)).toContain(last.id);
    // The saved game stays cleared, so the story starts afresh next time.
    expect(await store.getState(profileId, STORY)).toBeUndefined();
  });

  it('after a reload, only flags on real warning signs keep their mark', async () => {
    const { progress, profileId } = await newPlayer();
    const a = makeSession(progress, profileId, 'instant');
    await a.session.begin();
    await untilIdle(a);
    await act(a, () => a.session.choose('c.start.who'));
    await act(a, () => a.session.choose('c.coins.no'));
    await act(a, () => a.session.choose('c.probe.friends'));
    await a.session.flag('group.sofi.weird', null);
    await a.session.flag('start.leo.best', 'flattery');
    a.session.leave();
    const b = makeSession(progress, profileId, 'instant');
    await b.session.begin();
    expect([...b.session.state.flagged]).toEqual(['start.leo.best']);
  });

  it('lists the signs spotted so far, each once, also after a reload (the panel beside a wide chat)', async () => {
    const { progress, profileId } = await newPlayer();
    const a = makeSession(progress, profileId, 'instant');
    await a.session.begin();
    await untilIdle(a);
    expect(a.session.state.spotted).toEqual([]);
    await a.session.flag('start.leo.best', 'secrecy');
    expect(a.session.state.spotted).toEqual(['flattery', 'isolation']);
    await act(a, () => a.session.choose('c.start.who'));
    await act(a, () => a.session.choose('c.coins.no'));
    await act(a, () => a.session.choose('c.probe.friends'));
    // A message that looks normal adds nothing.
    await a.session.flag('group.sofi.weird', null);
    expect(a.session.state.spotted).toEqual(['flattery', 'isolation']);
    a.session.leave();
    const b = makeSession(progress, profileId, 'instant');
    await b.session.begin();
    expect(b.session.state.spotted).toEqual(['flattery', 'isolation']);
  });

  it('the feedback stays until dismissed', async () => {
    const h = await atGroup();
    await h.session.flag('start.leo.best');
    h.session.dismissFeedback();
    expect(h.session.state.feedback).toBeNull();
    expect(h.session.state.flagged.has('start.leo.best')).toBe(true);
  });
});

describe('pacing', () => {
  /** The typing pauses each contact message should get at this speed. */
  function expectedWaits(batches: EngineEvent[][], speed: MessageSpeed): number[] {
    return batches.flatMap((events, batch) => {
      let opening = batch === 0;
      return events.flatMap((ev) => {
        if (ev.type !== 'message' || ev.from === PLAYER || ev.from === NARRATOR) return [];
        if (opening) {
          opening = false; // the first message of a new story is already there
          return [];
        }
        const wait = scaledDelay(ev.delayMs, SPEED_FACTOR[speed]);
        return wait > 0 ? [wait] : [];
      });
    });
  }

  it.each(['slow', 'normal', 'fast'] as const)(
    'waits each message’s typing time scaled by the %s setting',
    async (speed) => {
      const { progress, profileId } = await newPlayer();
      const h = makeSession(progress, profileId, speed);
      await h.session.begin();
      await untilIdle(h);
      await act(h, () => h.session.choose('c.start.who'));
      expect(h.timers.asked.length).toBeGreaterThan(2);
      expect(h.timers.asked).toEqual(expectedWaits(h.batches, speed));
    },
  );

  it('the slow setting waits longer than the fast one for the same messages', async () => {
    const waited: Record<string, number> = {};
    for (const speed of ['slow', 'fast'] as const) {
      const { progress, profileId } = await newPlayer();
      const h = makeSession(progress, profileId, speed);
      await h.session.begin();
      await untilIdle(h);
      waited[speed] = h.timers.now;
    }
    expect(waited.fast).toBeGreaterThan(0);
    expect(waited.slow).toBeGreaterThan(waited.fast! * 2);
  });

  it('"at once" never waits', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'instant');
    await h.session.begin();
    await act(h, () => h.session.choose('c.start.who'));
    expect(h.timers.asked).toEqual([]);
  });

  it('shows the first message at once, then types the next one with "faster" offered', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'normal');
    await h.session.begin();
    const s = h.session.state;
    expect(s.lines.map((l) => l.kind)).toEqual(['narrator', 'contact']);
    expect(s).toMatchObject({ typing: true, hurryOffered: true, busy: true, choices: null });
    expect(h.timers.pending).toBe(1);
    h.timers.fireNext();
    await flush();
    expect(h.session.state.lines).toHaveLength(3);
    expect(h.session.state).toMatchObject({ typing: false, hurryOffered: false, busy: false });
    expect(h.session.state.choices?.options.length).toBeGreaterThan(0);
  });

  it('hurrying shows the rest of the batch at once', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'slow');
    await h.session.begin();
    await untilIdle(h);
    const asked = h.timers.asked.length;
    const done = h.session.choose('c.start.who');
    await flush();
    expect(h.session.state.typing).toBe(true);
    h.session.hurry();
    await done;
    expect(h.timers.asked.length).toBe(asked + 1); // only the pause that was cut short
    expect(h.timers.pending).toBe(0);
    expect(h.session.state.lines.some((l) => l.kind === 'contact' && l.id === 'coins.leo.chest')).toBe(true);
    expect(h.session.state.busy).toBe(false);
  });

  it('offers the protective actions while someone is still typing, not only with the replies', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'slow');
    await h.session.begin();
    await untilIdle(h);
    const done = h.session.choose('c.start.who');
    await flush();
    expect(h.session.state).toMatchObject({ typing: true, busy: true, choices: null });
    expect(h.session.state.protective).toContain('block');
    expect(h.session.state.protective).toContain('tell-adult');
    h.session.hurry();
    await done;
  });

  it('a protective action pressed while messages arrive shows them at once, then acts', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'slow');
    await h.session.begin();
    await untilIdle(h);
    const done = h.session.choose('c.start.who');
    await flush();
    expect(h.session.state.typing).toBe(true);
    await h.session.protect('block');
    await done;
    await untilIdle(h);
    // The messages of the batch were all shown before the block, which is recorded once.
    expect(h.session.state.lines.some((l) => l.kind === 'contact' && l.id === 'coins.leo.chest')).toBe(true);
    expect(h.session.engineSnapshot.transcript.protectiveActions.map((p) => p.action)).toEqual(['block']);
    expect(h.session.state.lines.some((l) => l.kind === 'protective' && l.action === 'block')).toBe(true);
  });

  it('an action that is not offered now does nothing', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'normal');
    await h.session.begin();
    await untilIdle(h);
    const before = h.session.engineSnapshot;
    await h.session.protect('block');
    await untilIdle(h);
    await h.session.protect('block'); // blocked already: no longer offered
    await untilIdle(h);
    expect(
      h.session.engineSnapshot.transcript.protectiveActions.filter((p) => p.action === 'block'),
    ).toHaveLength(1);
    expect(before.transcript.protectiveActions).toHaveLength(0);
  });

  it('choices wait while messages arrive: a second input is ignored', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'normal');
    await h.session.begin();
    await untilIdle(h);
    const first = h.session.choose('c.start.who');
    await flush();
    await h.session.choose('c.start.team');
    await untilIdle(h);
    await first;
    expect(h.session.engineSnapshot.transcript.choices.map((c) => c.choice)).toEqual(['c.start.who']);
  });

  it('leaving stops the pacing and the listeners', async () => {
    const { progress, profileId } = await newPlayer();
    const h = makeSession(progress, profileId, 'normal');
    await h.session.begin();
    let calls = 0;
    h.session.subscribe(() => calls++);
    h.session.leave();
    await h.session.settled();
    expect(calls).toBe(0);
    expect(h.session.state.lines).toHaveLength(2);
  });
});
