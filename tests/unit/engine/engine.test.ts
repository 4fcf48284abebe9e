import { describe, expect, it } from 'vitest';
import {
  BrokenStoryError,
  createEngine,
  EngineInputError,
  MAX_AUTO_STEPS,
  type PlayerInput,
} from '../../../src/engine/index.js';
import { play } from './driver.js';
import { miniScenario } from './mini-scenario.js';

const env = { now: () => 0, random: () => 0 };
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

describe('a broken story', () => {
  it('is refused when the engine is created, naming the problem', () => {
    const story = miniScenario();
    story.nodes.hello!.choices[0]!.goto = 'nowhere';
    expect(() => createEngine(story, env)).toThrow(BrokenStoryError);
    expect(() => createEngine(story, env)).toThrow(/nodes\.hello\.choices\[0\]\.goto.*"nowhere"/);
  });

  it('is refused when a condition uses an undeclared variable', () => {
    const story = miniScenario();
    story.nodes.hello!.choices[0]!.condition = { kind: 'var', name: 'ghost' };
    expect(() => createEngine(story, env)).toThrow(/"ghost" is not a declared variable/);
  });
});

describe('refused inputs name their own reason', () => {
  const refusal = (run: () => unknown): string => {
    try {
      run();
    } catch (e) {
      if (e instanceof EngineInputError) return e.code;
      throw e;
    }
    return 'accepted';
  };

  it('gives each kind of refusal its own code', () => {
    const engine = createEngine(miniScenario(), env);
    const start = engine.start().state;
    const afterAna = engine.advance(start, { type: 'choose', choice: 'c.ask-ana' }).state;
    const ended = engine.advance(start, { type: 'protect', action: 'block' }).state;
    const atProbe = engine.advance(start, { type: 'choose', choice: 'c.thanks' }).state;
    const codes = {
      ended: refusal(() => engine.advance(ended, { type: 'choose', choice: 'c.thanks' })),
      unknownNode: refusal(() =>
        engine.advance({ ...start, node: 'gone' }, { type: 'protect', action: 'block' }),
      ),
      unknownInput: refusal(() => engine.advance(start, { type: 'dance' } as unknown as PlayerInput)),
      unknownChoice: refusal(() => engine.advance(start, { type: 'choose', choice: 'c.nope' })),
      used: refusal(() => engine.advance(afterAna, { type: 'choose', choice: 'c.ask-ana' })),
      locked: refusal(() => engine.advance(start, { type: 'choose', choice: 'c.secret' })),
      message: refusal(() => engine.advance(start, { type: 'flag', message: 'probe.1' })),
      hidden: refusal(() => engine.advance(atProbe, { type: 'protect', action: 'leave' })),
    };
    expect(codes).toEqual({
      ended: 'ended',
      unknownNode: 'unknown-node',
      unknownInput: 'unknown-input',
      unknownChoice: 'unknown-choice',
      used: 'choice-used',
      locked: 'choice-locked',
      message: 'unknown-message',
      hidden: 'action-hidden',
    });
  });

  it('refuses a next-chain longer than MAX_AUTO_STEPS instead of stopping silently', () => {
    const story = miniScenario();
    // hello -> c.thanks leads into a chain of MAX_AUTO_STEPS + 1 linked nodes.
    const chain = Array.from({ length: MAX_AUTO_STEPS + 1 }, (_, i) => `chain${i}`);
    chain.forEach((id, i) => {
      story.nodes[id] = {
        messages: [],
        choices: i === chain.length - 1 ? [{ ...story.nodes.probe!.choices[0]! }] : [],
        effects: [],
        protective: {},
        ...(i < chain.length - 1 ? { next: chain[i + 1]! } : {}),
      };
    });
    story.nodes.hello!.choices[0]!.goto = 'chain0';
    const engine = createEngine(story, env);
    const start = engine.start().state;
    const before = JSON.stringify(start);
    expect(refusal(() => engine.advance(start, { type: 'choose', choice: 'c.thanks' }))).toBe(
      'auto-step-limit',
    );
    expect(JSON.stringify(start)).toBe(before);
    // One node fewer is still played to its end.
    story.nodes.hello!.choices[0]!.goto = 'chain1';
    const shorter = createEngine(story, env);
    const step = shorter.advance(shorter.start().state, { type: 'choose', choice: 'c.thanks' });
    expect(step.state.node).toBe(chain.at(-1));
  });
});
