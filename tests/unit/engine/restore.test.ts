import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index.js';
import { play } from './driver.js';
import { miniScenario } from './mini-scenario.js';

const env = { now: () => 5_000_000, random: () => 0.3 };

describe('saving and restoring', () => {
  it('continues identically after a JSON round trip at every step', () => {
    const plain = play(miniScenario())
      .choose('c.ask-ana')
      .flag('hello.2')
      .choose('c.secret')
      .choose('c.tell');
    const saved = play(miniScenario(), { saveEachStep: true })
      .choose('c.ask-ana')
      .flag('hello.2')
      .choose('c.secret')
      .choose('c.tell');
    expect(saved.state).toEqual(plain.state);
    expect(saved.all).toEqual(plain.all);
  });

  it('replays the conversation so far and the current choices', () => {
    const d = play(miniScenario()).choose('c.thanks');
    const restored = d.engine.restore(JSON.parse(JSON.stringify(d.state)));
    if (!restored.ok) return expect.fail(restored.detail);
    const ids = restored.step.events.map((e) => ('id' in e ? e.id : e.type));
    expect(ids).toEqual(['hello.1', 'hello.2', 'hello.3', 'c.thanks', 'probe.1', 'choices']);
  });

  it('replays an ended game with its ending', () => {
    const d = play(miniScenario()).protect('block');
    const restored = d.engine.restore(d.state);
    expect(restored.ok && restored.step.events.at(-1)?.type).toBe('ending');
  });

  it('resumes a save from an older scenario version whose node still exists', () => {
    const old = play(miniScenario((raw) => (raw.version = 1))).choose('c.thanks');
    const engine = createEngine(miniScenario(), env);
    const restored = engine.restore(JSON.parse(JSON.stringify(old.state)));
    if (!restored.ok) return expect.fail(restored.detail);
    expect(restored.step.state.node).toBe('probe');
    expect(restored.step.state.scenarioVersion).toBe(2);
    expect(restored.step.state.vars.trust).toBe(1);
    const next = engine.advance(restored.step.state, { type: 'choose', choice: 'c.tell' });
    expect(next.state.status).toBe('ended');
  });

  it('carries variables over by type and gives new ones their defaults', () => {
    const old = play(miniScenario((raw) => (raw.version = 1))).choose('c.thanks');
    const changed = miniScenario((raw) => {
      const vars = raw.variables as Record<string, unknown>;
      vars.trust = { type: 'boolean', default: false };
      vars.fresh = { type: 'string', default: 'x' };
      const hello = (raw.nodes as Record<string, { choices: { effects?: string[]; if?: string }[] }>).hello!;
      hello.choices[0]!.effects = [];
      hello.choices[3]!.if = 'trust';
      raw.protective = { ...(raw.protective as object), 'save-evidence': { goto: 'saved' } };
    });
    const restored = createEngine(changed, env).restore(old.state);
    if (!restored.ok) return expect.fail(restored.detail);
    expect(restored.step.state.vars).toMatchObject({ trust: false, fresh: 'x', coins: 3 });
  });

  it('restarts cleanly with a reason when the saved node was removed', () => {
    const old = play(miniScenario((raw) => (raw.version = 1))).protect('save-evidence');
    const removed = miniScenario((raw) => {
      const nodes = raw.nodes as Record<string, unknown>;
      delete nodes.saved;
      raw.protective = { ...(raw.protective as object), 'save-evidence': { goto: 'reported' } };
    });
    const restored = createEngine(removed, env).restore(old.state);
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.reason).toBe('node-missing');
    expect(restored.detail).toMatch(/"saved"/);
    expect(restored.step.state.node).toBe('hello');
    expect(restored.step.events.some((e) => e.type === 'choices')).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['a truncated state', { stateVersion: 1, scenarioId: 'mini' }],
    ['a future state version', { ...play(miniScenario()).state, stateVersion: 99 }],
    ['another scenario', { ...play(miniScenario()).state, scenarioId: 'other' }],
  ])('restarts cleanly from %s', (_label, saved) => {
    const restored = createEngine(miniScenario(), env).restore(saved);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.step.state.node).toBe('hello');
  });

  it('ignores prototype keys in a saved state', () => {
    const state = JSON.parse(JSON.stringify(play(miniScenario()).state)) as Record<string, unknown>;
    const tampered = JSON.parse(
      JSON.stringify(state).replace('"vars":{', '"vars":{"__proto__":{"polluted":true},'),
    );
    createEngine(miniScenario(), env).restore(tampered);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
