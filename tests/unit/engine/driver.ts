/**
 * A test driver that reads like a script:
 *
 *   play(scenario).choose('c.thanks').flag('hello.2').expectMessage('probe.1').expectEnding('helped')
 *
 * It drives the real engine, on a compiled story, with a fake clock (one second per step) and a
 * fixed random source, and saves/restores through JSON at every step when
 * asked, so tests also prove that a saved game continues identically.
 */
import { expect } from 'vitest';
import {
  createEngine,
  type Engine,
  type EngineEvent,
  type EngineState,
  type PlayerInput,
} from '../../../src/engine/index.js';
import type { StoryT } from '../../../src/format/pack/schema.js';
import type { ProtectiveAction, WarningSign } from '../../../src/format/taxonomy.js';

export interface DriverOptions {
  /** Map from line id to text, so steps can name lines by their words. */
  text?: Record<string, string>;
  /** Round-trip the state through JSON.stringify/restore before each input. */
  saveEachStep?: boolean;
  seed?: number;
}

export class Driver {
  readonly engine: Engine;
  state: EngineState;
  /** Events of the latest step only. */
  events: EngineEvent[];
  /** Every event since the start. */
  readonly all: EngineEvent[] = [];
  private clock = 1_000_000;

  constructor(
    readonly scenario: StoryT,
    private readonly options: DriverOptions = {},
  ) {
    const seed = options.seed ?? 0.25;
    this.engine = createEngine(scenario, { now: () => (this.clock += 1000), random: () => seed });
    const step = this.engine.start();
    this.state = step.state;
    this.events = step.events;
    this.all.push(...step.events);
  }

  /** Finds a line id by id or by its text. */
  private lineId(idOrText: string): string {
    const text = this.options.text;
    if (!text || Object.hasOwn(text, idOrText)) return idOrText;
    const found = Object.entries(text).find(([, t]) => t === idOrText);
    return found ? found[0] : idOrText;
  }

  private send(input: PlayerInput): this {
    if (this.options.saveEachStep) {
      const restored = this.engine.restore(JSON.parse(JSON.stringify(this.state)));
      expect(restored.ok).toBe(true);
      this.state = restored.step.state;
    }
    const step = this.engine.advance(this.state, input);
    this.state = step.state;
    this.events = step.events;
    this.all.push(...step.events);
    return this;
  }

  choose(choice: string): this {
    return this.send({ type: 'choose', choice: this.lineId(choice) });
  }
  flag(message: string, sign?: WarningSign): this {
    return this.send({ type: 'flag', message: this.lineId(message), ...(sign ? { sign } : {}) });
  }
  protect(action: ProtectiveAction): this {
    return this.send({ type: 'protect', action });
  }

  /** The latest step showed this message. */
  expectMessage(message: string): this {
    const id = this.lineId(message);
    const ids = this.events.filter((e) => e.type === 'message').map((e) => e.id);
    expect(ids, `messages of the latest step`).toContain(id);
    return this;
  }
  /** The player can now pick exactly these choices (enabled ones), in order. */
  expectChoices(choices: string[]): this {
    const event = this.events
      .slice()
      .reverse()
      .find((e) => e.type === 'choices');
    expect(event, 'a choices event').toBeDefined();
    if (event?.type === 'choices') {
      expect(event.options.filter((o) => o.enabled).map((o) => o.id)).toEqual(
        choices.map((c) => this.lineId(c)),
      );
    }
    return this;
  }
  expectLocked(choices: string[]): this {
    const event = this.events
      .slice()
      .reverse()
      .find((e) => e.type === 'choices');
    if (event?.type === 'choices') {
      expect(event.options.filter((o) => !o.enabled).map((o) => o.id)).toEqual(
        choices.map((c) => this.lineId(c)),
      );
    } else expect.fail('no choices event');
    return this;
  }
  expectProtective(actions: ProtectiveAction[]): this {
    const event = this.events
      .slice()
      .reverse()
      .find((e) => e.type === 'choices');
    if (event?.type === 'choices') expect(event.protective).toEqual(actions);
    else expect.fail('no choices event');
    return this;
  }
  expectFlag(correct: boolean): this {
    const event = this.events.find((e) => e.type === 'flag-result');
    expect(event?.type === 'flag-result' && event.correct).toBe(correct);
    return this;
  }
  /** The scenario ended with this ending kind (or node id). */
  expectEnding(kindOrNode: string): this {
    const ending = this.events.find((e) => e.type === 'ending');
    expect(ending, 'an ending event').toBeDefined();
    if (ending?.type === 'ending') expect([ending.kind, ending.node]).toContain(kindOrNode);
    expect(this.state.status).toBe('ended');
    return this;
  }
  expectVar(name: string, value: unknown): this {
    expect(this.state.vars[name]).toEqual(value);
    return this;
  }
}

export function play(scenario: StoryT, options?: DriverOptions): Driver {
  return new Driver(scenario, options);
}
