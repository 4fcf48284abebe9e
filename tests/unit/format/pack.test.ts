/** Packs: built from a loaded scenario, read back through the same checks, never trusted. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/format/load.js';
import { buildPack, readPack } from '../../../src/format/pack.js';
import { fixture } from './fixtures.js';

function validPack(): Record<string, unknown> {
  const { loaded } = loadScenario(fixture('valid', 'valid'));
  if (!loaded) throw new Error('the valid fixture should load');
  // Through JSON, as the game receives it.
  return JSON.parse(JSON.stringify(buildPack(loaded))) as Record<string, unknown>;
}

describe('packs', () => {
  it('round-trips a valid scenario through JSON', () => {
    const { loaded } = loadScenario(fixture('valid', 'valid'));
    const read = readPack(validPack());
    expect(read.findings).toEqual([]);
    expect(read.loaded).toEqual(loaded);
  });

  it('refuses things that are not packs, naming why', () => {
    const message = (json: unknown) => readPack(json).findings.map((f) => `${f.code}: ${f.message}`);
    expect(message(null)).toEqual(['bad-pack: this is not a scenario pack: expected a JSON object']);
    expect(message([1, 2])).toEqual(['bad-pack: this is not a scenario pack: expected a JSON object']);
    expect(message({ format: 'zip' })).toEqual([
      'bad-pack: this is not a scenario pack: "format" should be "escudo-pack"',
    ]);
    expect(message({ ...validPack(), version: 2 })).toEqual([
      'bad-pack: this pack has version 2; this game reads version 1',
    ]);
  });

  it('runs the graph analyses on packs, with <pack> and line 0', () => {
    const pack = validPack() as { scenario: { nodes: Record<string, { choices: { goto: string }[] }> } };
    pack.scenario.nodes.hello!.choices[0]!.goto = 'nowhere';
    const read = readPack(pack);
    expect(read.loaded).toBeUndefined();
    expect(read.findings).toContainEqual({
      severity: 'error',
      code: 'unknown-node',
      file: '<pack>',
      line: 0,
      column: 0,
      message: 'nodes.hello.choices[0].goto: there is no node called "nowhere"',
    });
  });

  it('reports schema errors inside the scenario and text tables', () => {
    const pack = validPack() as {
      scenario: Record<string, unknown>;
      texts: Record<string, Record<string, unknown>>;
    };
    pack.scenario.minutes = 'five';
    pack.texts.en!['sam.name'] = 42;
    const messages = readPack(pack).findings.map((f) => f.message);
    expect(messages).toContain('scenario: minutes: should be a number, but it is "five"');
    expect(messages).toContain(
      'texts.en: line sam.name: 42 is not allowed; use text or a set of fields (name: value)',
    );
  });

  it('keeps loading when only warnings are found', () => {
    const pack = validPack() as { texts: Record<string, Record<string, unknown>> };
    delete pack.texts.es!['sam.name'];
    const read = readPack(pack);
    expect(read.findings.map((f) => f.code)).toEqual(['missing-translation']);
    expect(read.loaded).toBeDefined();
  });

  it('drops __proto__ keys from parsed JSON without polluting anything', () => {
    const json = JSON.parse(
      `{"format":"escudo-pack","version":1,"__proto__":{"polluted":true},"scenario":{"__proto__":{"polluted":true}},"texts":{}}`,
    ) as unknown;
    const read = readPack(json);
    expect(read.loaded).toBeUndefined();
    expect(read.findings.filter((f) => f.code === 'forbidden-key').map((f) => f.message)).toEqual([
      '__proto__: "__proto__" cannot be used as a name or key (it is reserved); rename it',
      'scenario.__proto__: "__proto__" cannot be used as a name or key (it is reserved); rename it',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
