/**
 * The engine never leaves a child with nothing to press. Where a node's own
 * choices are all closed and its protective actions hidden (or pointless in
 * the open chat), the story-wide protective actions are offered instead.
 * The checker reports such a node as an error (`stuck`); this is the safety
 * net for a pack that reached the game anyway.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index.js';
import { loadScenario } from '../../../src/format/load.js';
import { buildPack } from '../../../src/format/pack/compile.js';
import { readPack } from '../../../src/format/pack/read.js';
import { PACK_VERSION } from '../../../src/format/pack/schema.js';
import { fixture } from '../format/fixtures.js';
import { play } from './driver.js';
import { miniScenario } from './mini-scenario.js';

type Raw = Record<string, Record<string, Record<string, unknown>>>;

/**
 * `saved` (reached by save-evidence, which takes trust to -1) can only go
 * back to `probe` when trust > 5, and hides every protective action.
 */
const stuckAtSaved = (raw: Record<string, unknown>) => {
  const saved = (raw as Raw).nodes!.saved!;
  saved.choices = [{ id: 'c.back', goto: 'probe', rating: 'neutral', if: 'trust > 5' }];
  saved.protective = {
    block: 'hidden',
    report: 'hidden',
    'tell-adult': 'hidden',
    'save-evidence': 'hidden',
    leave: 'hidden',
  };
};

describe('a node that would leave nothing to press', () => {
  it('offers the story-wide protective actions instead, and they lead where the story says', () => {
    const d = play(miniScenario(stuckAtSaved)).protect('save-evidence').expectVar('trust', -1);
    d.expectChoices([]).expectProtective(['block', 'report', 'tell-adult', 'save-evidence', 'leave']);
    d.protect('tell-adult').expectEnding('helped');
  });

  it('keeps block and report to chats with a stranger in them', () => {
    const d = play(
      miniScenario((raw) => {
        stuckAtSaved(raw);
        (raw as Raw).nodes!.saved!.chat = 'ana';
      }),
    ).protect('save-evidence');
    d.expectProtective(['tell-adult', 'save-evidence', 'leave']);
    d.protect('leave').expectEnding('safe');
  });

  it('still offers a locked choice greyed out, but never counts it as a way on', () => {
    const d = play(
      miniScenario((raw) => {
        stuckAtSaved(raw);
        (raw as Raw).nodes!.saved!.choices = [
          { id: 'c.back', goto: 'probe', rating: 'neutral', if: 'trust > 5', showLocked: true },
        ];
      }),
    ).protect('save-evidence');
    d.expectLocked(['c.back']).expectProtective(['block', 'report', 'tell-adult', 'save-evidence', 'leave']);
  });

  it('hides what the node hides as long as something else can be pressed', () => {
    const d = play(
      miniScenario((raw) => {
        stuckAtSaved(raw);
        (raw as Raw).nodes!.saved!.choices = [{ id: 'c.back', goto: 'probe', rating: 'neutral' }];
      }),
    ).protect('save-evidence');
    d.expectChoices(['c.back']).expectProtective([]);
    expect(() => d.protect('leave')).toThrow(/not available here/);
  });

  it('restores a saved game at such a node with the same way on', () => {
    const story = miniScenario(stuckAtSaved);
    const engine = createEngine(story, { now: () => 0, random: () => 0.5 });
    const at = engine.advance(engine.start().state, { type: 'protect', action: 'save-evidence' }).state;
    const restored = engine.restore(JSON.parse(JSON.stringify(at)));
    const last = restored.step.events.at(-1);
    expect(last).toMatchObject({
      type: 'choices',
      options: [],
      protective: expect.arrayContaining(['leave']),
    });
  });

  it('reads a version 3 pack, which has no story-wide actions, as having none', () => {
    const { loaded } = loadScenario(fixture('valid', 'valid'));
    const pack = buildPack(loaded!);
    expect(pack.version).toBe(PACK_VERSION);
    expect(Object.keys(pack.scenario.protective).length).toBeGreaterThan(0);
    const { protective: _wide, ...v3Story } = pack.scenario;
    const read = readPack(JSON.parse(JSON.stringify({ ...pack, version: 3, scenario: v3Story })));
    expect(read.findings).toEqual([]);
    expect(read.loaded?.scenario.protective).toEqual({});
  });
});
