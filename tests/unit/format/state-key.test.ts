/**
 * Which variable values the state explorer keeps apart. Merging two values
 * that could behave differently would let it miss a stuck player; keeping
 * apart values that cannot would make a counter in a loop endless.
 */
import { describe, expect, it } from 'vitest';
import { variableKeying } from '../../../src/format/check/state-key.js';
import { miniScenario } from '../engine/mini-scenario.js';

type Raw = Record<string, Record<string, Record<string, unknown>>>;
const vars = (trust: number, coins = 3, toldAna = false) => ({ trust, coins, toldAna });

describe('the variables that tell play states apart', () => {
  it('leaves out a number only shown to the player, keeps those conditions read', () => {
    // coins is only a message's {{count}}; trust and toldAna are read by choice conditions.
    const keying = variableKeying(miniScenario());
    expect(keying.relevant).toEqual(['toldAna', 'trust']);
    expect(keying.key(vars(1, 3))).toBe(keying.key(vars(1, 99)));
    expect(keying.key(vars(1, 3, false))).not.toBe(keying.key(vars(1, 3, true)));
  });

  it('keeps every value of a number that goes both up and down', () => {
    // c.thanks adds to trust, save-evidence takes away: 100 and 200 may come back below 5.
    const keying = variableKeying(miniScenario());
    expect(keying.key(vars(100))).not.toBe(keying.key(vars(200)));
  });

  it('counts a number that only grows up to one past the largest value it is compared with', () => {
    // Without save-evidence's "trust -= 1", trust only grows, and is compared with 5.
    const keying = variableKeying(
      miniScenario((raw) => {
        ((raw as Raw).protective!['save-evidence'] as { effects: string[] }).effects = [];
      }),
    );
    expect(keying.key(vars(6))).toBe(keying.key(vars(600)));
    expect(keying.key(vars(5))).not.toBe(keying.key(vars(6)));
  });

  it('keeps a number exact once another variable that matters is computed from it', () => {
    const keying = variableKeying(
      miniScenario((raw) => {
        ((raw as Raw).protective!['save-evidence'] as { effects: string[] }).effects = ['trust = coins'];
      }),
    );
    expect(keying.relevant).toEqual(['coins', 'toldAna', 'trust']);
    expect(keying.key(vars(6, 3))).not.toBe(keying.key(vars(600, 3)));
    expect(keying.key(vars(1, 3))).not.toBe(keying.key(vars(1, 4)));
  });
});
