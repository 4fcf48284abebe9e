import { describe, expect, it } from 'vitest';
import { createEngine, EngineInputError, ScenarioCompileError } from '../../../src/engine/index.js';
import { play } from './driver.js';
import { miniScenario } from './mini-scenario.js';

const text = { 'c.thanks': 'Thanks!', 'probe.1': 'How old are you? Are your parents home?' };

describe('playing a scenario', () => {
  it('starts with the first node and offers its choices and every protective action', () => {
    play(miniScenario())
      .expectMessage('hello.1')
      .expectMessage('hello.3')
      .expectChoices(['c.thanks', 'c.ask-ana'])
      .expectLocked(['c.secret'])
      .expectProtective(['block', 'report', 'tell-adult', 'save-evidence', 'leave']);
  });

  it('follows a choice by its text, applies effects and shows feedback', () => {
    const d = play(miniScenario(), { text })
      .choose('Thanks!')
      .expectMessage(text['probe.1'])
      .expectVar('trust', 1);
    expect(d.events[0]).toMatchObject({ type: 'player-choice', id: 'c.thanks', says: true });
    expect(d.events[1]).toMatchObject({ type: 'feedback', id: 'c.thanks.fb', rating: 'neutral' });
  });

  it('follows next-links across chats, applies node effects and unlocks a locked choice', () => {
    const d = play(miniScenario())
      .choose('c.ask-ana')
      .expectMessage('ana.2')
      .expectMessage('back.1')
      .expectMessage('hello.1');
    d.expectVar('toldAna', true).expectChoices(['c.thanks', 'c.secret']).expectLocked([]);
    const chats = d.events.filter((e) => e.type === 'message').map((e) => [e.id, e.chat]);
    expect(chats).toContainEqual(['ana.2', 'ana']);
    expect(chats).toContainEqual(['back.1', 'max']);
  });

  it('does not offer a once-only choice again and refuses it if sent', () => {
    const d = play(miniScenario()).choose('c.ask-ana');
    expect(() => d.choose('c.ask-ana')).toThrow(EngineInputError);
  });

  it('refuses a locked choice without changing anything', () => {
    const d = play(miniScenario());
    const before = JSON.stringify(d.state);
    expect(() => d.choose('c.secret')).toThrow(/not available/);
    expect(JSON.stringify(d.state)).toBe(before);
  });

  it('reaches each ending kind', () => {
    play(miniScenario()).choose('c.thanks').choose('c.tell').expectEnding('helped');
    play(miniScenario())
      .choose('c.thanks')
      .choose('c.answer')
      .expectMessage('sup.1')
      .expectEnding('supported');
    play(miniScenario()).protect('block').expectEnding('safe');
  });

  it('plays a protective action to its authored outcome, with node overrides and hidden actions', () => {
    play(miniScenario())
      .protect('save-evidence')
      .expectMessage('saved.1')
      .expectVar('trust', -1)
      .expectChoices(['c.back']);
    const d = play(miniScenario())
      .choose('c.thanks')
      .expectProtective(['block', 'report', 'tell-adult', 'save-evidence']);
    expect(() => d.protect('leave')).toThrow(/not available/);
    d.protect('report').expectEnding('end-helped');
    expect(d.state.transcript.protectiveActions.map((p) => [p.node, p.action])).toEqual([
      ['probe', 'report'],
    ]);
  });

  it('passes a number variable to plural lines as count', () => {
    const d = play(miniScenario());
    const m = d.events.find((e) => e.type === 'message' && e.id === 'hello.3');
    expect(m).toMatchObject({ values: { count: 3 } });
  });

  it('refuses input after the ending', () => {
    const d = play(miniScenario()).protect('block');
    expect(() => d.choose('c.thanks')).toThrow(/ended/);
  });
});

describe('flagging warning signs', () => {
  it('records a correct flag, a matched sign, a false flag and a repeat once', () => {
    const d = play(miniScenario()).flag('hello.2', 'flattery').expectFlag(true);
    expect(d.events[0]).toMatchObject({ signMatched: true, feedback: 'hello.2.fb', repeated: false });
    d.flag('hello.1').expectFlag(false).flag('hello.2');
    expect(d.events[0]).toMatchObject({ repeated: true });
    const t = d.state.transcript;
    expect(t.flags.map((f) => f.message)).toEqual(['hello.2', 'hello.1']);
    expect(t.signsSpotted).toEqual([{ message: 'hello.2', signs: ['flattery'] }]);
    expect(t.falseFlags).toEqual(['hello.1']);
  });

  it('says when a suspicious message is flagged with the wrong sign', () => {
    const d = play(miniScenario()).flag('hello.3', 'secrecy').expectFlag(true);
    expect(d.events[0]).toMatchObject({ signMatched: false, signs: ['gift-bribe'] });
  });

  it('refuses to flag a message not yet shown, or the player’s own', () => {
    const d = play(miniScenario());
    expect(() => d.flag('probe.1')).toThrow(/not a message/);
    d.choose('c.ask-ana');
    expect(() => d.flag('ana.1')).toThrow(/not a message/);
  });

  it('lists the signs missed at the end', () => {
    const d = play(miniScenario()).flag('hello.2').choose('c.thanks').choose('c.tell');
    expect(d.state.transcript.signsMissed).toEqual([
      { message: 'hello.3', signs: ['gift-bribe'] },
      { message: 'probe.1', signs: ['info-probing', 'supervision-check'] },
    ]);
  });
});

describe('the transcript', () => {
  it('records path, rated choices, timings and the ending', () => {
    const d = play(miniScenario()).choose('c.thanks').choose('c.answer');
    const t = d.state.transcript;
    expect(t.path).toEqual(['hello', 'probe', 'end-supported']);
    expect(t.choices.map((c) => [c.choice, c.rating])).toEqual([
      ['c.thanks', 'neutral'],
      ['c.answer', 'risky'],
    ]);
    expect(t.ending).toEqual({ node: 'end-supported', kind: 'supported' });
    expect(t.durationMs).toBe(t.endedAt! - t.startedAt);
    expect(t.durationMs).toBeGreaterThan(0);
  });

  it('never changes the state it was given', () => {
    const d = play(miniScenario());
    const snapshot = JSON.stringify(d.state);
    const kept = d.state;
    d.choose('c.thanks').flag('probe.1').choose('c.tell');
    expect(JSON.stringify(kept)).toBe(snapshot);
  });
});

describe('determinism', () => {
  it('gives identical states for the same clock and random source', () => {
    const a = play(miniScenario(), { seed: 0.5 }).choose('c.ask-ana').choose('c.secret');
    const b = play(miniScenario(), { seed: 0.5 }).choose('c.ask-ana').choose('c.secret');
    expect(b.state).toEqual(a.state);
  });

  it('varies typing delays with the random source, around the hint', () => {
    const a = play(miniScenario(), { seed: 0.1 }).events.find((e) => e.type === 'message');
    const b = play(miniScenario(), { seed: 0.9 }).events.find((e) => e.type === 'message');
    if (a?.type !== 'message' || b?.type !== 'message') return expect.fail('no message');
    expect(a.delayMs).not.toBe(b.delayMs);
    for (const m of [a, b]) {
      expect(m.delayMs).toBeGreaterThanOrEqual(850);
      expect(m.delayMs).toBeLessThanOrEqual(1150);
    }
  });
});

describe('a broken scenario', () => {
  it('is refused when the engine is created, naming the problem', () => {
    const s = miniScenario((raw) => {
      (raw.nodes as Record<string, { choices: { goto: string }[] }>).hello!.choices[0]!.goto = 'nowhere';
    });
    expect(() => createEngine(s, { now: () => 0, random: () => 0 })).toThrow(ScenarioCompileError);
    expect(() => createEngine(s, { now: () => 0, random: () => 0 })).toThrow(/"nowhere"/);
  });

  it('is refused when an expression does not parse', () => {
    const s = miniScenario((raw) => {
      (raw.nodes as Record<string, { choices: { if?: string }[] }>).hello!.choices[0]!.if = 'trust = 2';
    });
    expect(() => createEngine(s, { now: () => 0, random: () => 0 })).toThrow(/write "=="/);
  });
});
