/** Compiled packs: built from a checked scenario, read back as untrusted input, versioned. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/format/load.js';
import { buildPack, compileStory, StoryCompileError } from '../../../src/format/pack/compile.js';
import { packVersionProblem, readPack } from '../../../src/format/pack/read.js';
import { MIN_COMPATIBLE_PACK_VERSION, PACK_VERSION } from '../../../src/format/pack/schema.js';
import { miniSource } from '../engine/mini-scenario.js';
import { packFolder } from '../../../src/cli/pack-scenario.js';
import { fixture } from './fixtures.js';

function loadedValid() {
  const { loaded } = loadScenario(fixture('valid', 'valid'));
  if (!loaded) throw new Error('the valid fixture should load');
  return loaded;
}

/** A pack through JSON, as the game receives it. */
type RawPack = {
  version: unknown;
  scenario: Record<string, unknown> & { nodes: Record<string, Record<string, unknown>> };
  texts: Record<string, Record<string, unknown>>;
};
function validPack(): RawPack {
  return JSON.parse(JSON.stringify(buildPack(loadedValid()))) as RawPack;
}
const messages = (json: unknown) => readPack(json).findings.map((f) => `${f.code}: ${f.message}`);

describe('compiling a scenario', () => {
  it('parses expressions into trees without source positions', () => {
    const story = compileStory(loadedValid().scenario);
    expect(story.nodes.hello!.choices[0]!.effects).toEqual([
      { target: 'trust', op: '+=', value: { kind: 'literal', value: 1 } },
    ]);
    expect(story.nodes.secret!.choices[0]!.condition).toEqual({
      kind: 'binary',
      op: '>=',
      left: { kind: 'var', name: 'trust' },
      right: { kind: 'literal', value: 1 },
    });
    expect(JSON.stringify(story)).not.toMatch(/"at":|"if":/);
  });

  it('merges scenario-wide protective actions with node overrides, leaving hidden ones out', () => {
    const story = compileStory(miniSource());
    expect(Object.keys(story.nodes.hello!.protective)).toEqual([
      'block',
      'report',
      'tell-adult',
      'save-evidence',
      'leave',
    ]);
    expect(story.nodes.hello!.protective['save-evidence']).toEqual({
      goto: 'saved',
      effects: [{ target: 'trust', op: '-=', value: { kind: 'literal', value: 1 } }],
    });
    // probe overrides report and hides leave.
    expect(story.nodes.probe!.protective.report).toEqual({ goto: 'end-helped', effects: [] });
    expect(story.nodes.probe!.protective.leave).toBeUndefined();
    expect(story.firstChat).toBe('max');
  });

  it('keeps the authoring data under its own names', () => {
    const source = loadedValid().scenario;
    const story = compileStory(source);
    expect(story.contacts).toEqual(source.contacts);
    expect(story.teacherNotes).toEqual(source.teacherNotes);
    expect(story.nodes.hello!.messages).toEqual(source.nodes.hello!.messages);
    expect(story.nodes.blocked!.ending).toEqual(source.nodes.blocked!.ending);
    expect(story.nodes.blocked!.ending!.teaches).toEqual({
      'told.debrief': ['tell-trusted-adult', 'never-too-late'],
    });
  });

  it('refuses a scenario with a broken link or expression, naming it', () => {
    const badGoto = miniSource((raw) => {
      (raw.nodes as Record<string, { choices: { goto: string }[] }>).hello!.choices[0]!.goto = 'nowhere';
    });
    expect(() => compileStory(badGoto)).toThrow(StoryCompileError);
    expect(() => compileStory(badGoto)).toThrow(
      /nodes\.hello\.choices\[0\]\.goto: there is no node called "nowhere"/,
    );
    const badIf = miniSource((raw) => {
      (raw.nodes as Record<string, { choices: { if?: string }[] }>).hello!.choices[0]!.if = 'trust = 2';
    });
    expect(() => compileStory(badIf)).toThrow(/write "=="/);
  });
});

describe('reading a pack', () => {
  it('round-trips a valid scenario through JSON', () => {
    const loaded = loadedValid();
    const read = readPack(validPack());
    expect(read.findings).toEqual([]);
    expect(read.loaded).toEqual({ scenario: compileStory(loaded.scenario), texts: loaded.texts });
  });

  it('reads an ending written before lessons existed as teaching nothing', () => {
    const pack = validPack();
    delete (pack.scenario.nodes.blocked!.ending as Record<string, unknown>).teaches;
    const read = readPack(pack);
    expect(read.findings).toEqual([]);
    expect(read.loaded!.scenario.nodes.blocked!.ending!.teaches).toEqual({});
  });

  it('refuses things that are not packs, naming why', () => {
    expect(messages(null)).toEqual(['bad-pack: this is not a scenario pack: expected a JSON object']);
    expect(messages([1, 2])).toEqual(['bad-pack: this is not a scenario pack: expected a JSON object']);
    expect(messages({ format: 'zip' })).toEqual([
      'bad-pack: this is not a scenario pack: "format" should be "escudo-pack"',
    ]);
    expect(messages({ ...validPack(), extra: 1 })).toEqual(['bad-pack: "extra" is not part of a pack']);
  });

  it('refuses packs of other versions with a reason naming the version', () => {
    expect(MIN_COMPATIBLE_PACK_VERSION).toBeLessThanOrEqual(PACK_VERSION);
    const v1 = messages({ ...validPack(), version: 1 });
    expect(v1).toHaveLength(1);
    expect(v1[0]).toMatch(
      /^pack-version: this pack uses pack format version 1, which this game no longer reads/,
    );
    expect(v1[0]).toContain(`versions ${MIN_COMPATIBLE_PACK_VERSION} to ${PACK_VERSION}`);
    expect(messages({ ...validPack(), version: PACK_VERSION + 1 })[0]).toMatch(
      new RegExp(`version ${PACK_VERSION + 1}, newer than this game reads.*update the game`),
    );
    expect(messages({ ...validPack(), version: '2' })[0]).toMatch(/no valid "version"/);
    for (let v = MIN_COMPATIBLE_PACK_VERSION; v <= PACK_VERSION; v++)
      expect(packVersionProblem(v)).toBeNull();
  });

  it('verifies links, variables and lines of an untrusted story', () => {
    const pack = validPack();
    const hello = pack.scenario.nodes.hello as { choices: { goto: string; condition?: unknown }[] };
    hello.choices[0]!.goto = 'nowhere';
    hello.choices[1]!.condition = { kind: 'literal', value: 3 };
    (pack.scenario.nodes.secret as { next?: string }).next = 'secret';
    delete pack.texts.en!['sam.name'];
    const read = readPack(pack);
    expect(read.loaded).toBeUndefined();
    expect(read.findings.map((f) => `${f.code}: ${f.message}`)).toEqual([
      'unknown-node: scenario.nodes.hello.choices[0].goto: there is no node called "nowhere"',
      'type-error: scenario.nodes.hello.choices[1].condition: a condition must be true or false, not a number',
      'next-loop: scenario.nodes.secret.next: the "next" links from "secret" come back to it and never stop',
      'missing-line: scenario.contacts.sam.name: "sam.name" has no text in en',
    ]);
    expect(read.findings.every((f) => f.file === '<pack>' && f.line === 0 && f.column === 0)).toBe(true);
  });

  it('reports schema errors inside the story and text tables', () => {
    const pack = validPack();
    pack.scenario.minutes = 'five';
    pack.texts.en!['sam.name'] = 42;
    const found = readPack(pack).findings.map((f) => f.message);
    expect(found).toContain('scenario: minutes: should be a number, but it is "five"');
    expect(found).toContain(
      'texts.en: line sam.name: 42 is not allowed; use text or a set of fields (name: value)',
    );
  });

  it('refuses an authoring (uncompiled) scenario labelled as the current version', () => {
    const pack = validPack();
    pack.scenario = loadedValid().scenario as unknown as RawPack['scenario'];
    const read = readPack(pack);
    expect(read.loaded).toBeUndefined();
    expect(read.findings.length).toBeGreaterThan(0);
  });

  it('drops __proto__ keys from parsed JSON without polluting anything', () => {
    const json = JSON.parse(
      `{"format":"escudo-pack","version":${PACK_VERSION},"__proto__":{"polluted":true},"scenario":{"__proto__":{"polluted":true}},"texts":{}}`,
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

describe('packing a folder (npm run scenarios:pack)', () => {
  it('writes a pack only for a folder the checker accepts', () => {
    const good = packFolder('tests/fixtures/valid/valid');
    expect(readPack(JSON.parse(JSON.stringify(good.pack))).findings).toEqual([]);
    const bad = packFolder('tests/fixtures/broken/unknown-node');
    expect(bad.pack).toBeUndefined();
    expect(bad.findings.map((f) => f.code)).toContain('unknown-node');
    expect(packFolder('tests/fixtures/none').findings.map((f) => f.code)).toEqual(['no-scenario']);
  });

  it('stops, as the game build does, on a safeguarding finding even when it is a warning', () => {
    const unsafe = packFolder('tests/fixtures/broken/wording');
    expect(unsafe.pack).toBeUndefined();
    expect(unsafe.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'wording']]);
    const warned = packFolder('tests/fixtures/broken/unused-line');
    expect(warned.pack?.scenario.id).toBe('unused-line');
    expect(warned.findings.map((f) => f.code)).toEqual(['unused-line']);
  });
});
