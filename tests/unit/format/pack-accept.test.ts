/**
 * Packs from outside the build, judged as the game judges them: the checker's
 * analyses run on the compiled story turned back into the authoring shape
 * (so that round trip must be exact), and a bad pack gets one reason.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packFolder } from '../../../src/cli/pack-scenario.js';
import { loadScenario, type ScenarioSource } from '../../../src/format/load.js';
import { acceptPack } from '../../../src/format/pack/accept.js';
import { buildPack } from '../../../src/format/pack/compile.js';
import { storyAsScenario } from '../../../src/format/pack/decompile.js';
import type { PackT } from '../../../src/format/pack/schema.js';
import { newScenarioFiles } from '../../../src/format/template/new-scenario.js';

const SHIPPED = readdirSync('scenarios', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function templatePack(id: string): PackT {
  const files = newScenarioFiles(id);
  const source: ScenarioSource = {
    folder: id,
    scenario: files.find((f) => f.path.endsWith('scenario.yaml'))!,
    texts: files.filter((f) => f.path.includes('/text/')),
  };
  return buildPack(loadScenario(source).loaded!);
}

describe('storyAsScenario', () => {
  it.each(SHIPPED)('%s compiles back to the very same pack', (id) => {
    const { pack } = packFolder(`scenarios/${id}`);
    const again = buildPack({ scenario: storyAsScenario(pack!.scenario), texts: pack!.texts });
    expect(again).toEqual(pack);
  });
});

describe('acceptPack', () => {
  const taken = new Set(SHIPPED);
  const good = templatePack('market-day');

  it('takes a checked pack, with its hub entry (topic, age bands, titles)', () => {
    const verdict = acceptPack(JSON.stringify(good), taken);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.entry).toMatchObject({ id: 'market-day', topics: ['grooming'], ageBands: ['11-14'] });
    expect(verdict.entry.texts.en!.title).toBe('My new story');
  });

  it('keeps text as data: a <script> in a line is just text', () => {
    const pack = structuredClone(good);
    pack.texts.en!['meta.title'] = { text: '<script>alert(1)</script>', source: 'bdd77b01' };
    const verdict = acceptPack(JSON.stringify(pack), taken);
    expect(verdict.ok && verdict.entry.texts.en!.title).toBe('<script>alert(1)</script>');
  });

  const refusals: [string, () => string, string][] = [
    ['an oversized file', () => JSON.stringify(good).padEnd(2_000_001, ' '), 'too-big'],
    ['a file that is not JSON', () => '{"format": "escudo-pack", ', 'not-json'],
    [
      'a __proto__ key',
      () => JSON.stringify(good).replace('"contacts":{', '"contacts":{"__proto__":{"polluted":1},'),
      'unsafe',
    ],
    [
      '10,000-deep nesting',
      () =>
        JSON.stringify({ ...good, extra: 0 }).replace(
          '"extra":0',
          `"extra":${'['.repeat(10_000)}${']'.repeat(10_000)}`,
        ),
      'unsafe',
    ],
    ['another kind of JSON file', () => JSON.stringify({ format: 'escudo-backup' }), 'not-a-pack'],
    ['a pack that brings help lines', () => JSON.stringify({ ...good, helplines: [] }), 'not-a-pack'],
    ['an old pack version', () => JSON.stringify({ ...good, version: 1 }), 'old-version'],
    ['a shipped story id', () => JSON.stringify(templatePack('first-tournament')), 'shipped-id'],
  ];
  it.each(refusals)('refuses %s, naming the reason', (_, text, reason) => {
    const verdict = acceptPack(text(), taken);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.reason).toBe(reason);
    expect(verdict.detail.length).toBeGreaterThan(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a pack edited so that it breaks a safeguarding rule the checker enforces', () => {
    const pack = structuredClone(good);
    // An ending that no longer says where to get help, nor that it is never too late.
    pack.scenario.nodes['end-safe']!.ending!.teaches = { 'lesson.secrets': ['good-and-bad-secrets'] };
    const verdict = acceptPack(JSON.stringify(pack), taken);
    expect(verdict).toMatchObject({ ok: false, reason: 'checker' });
    expect(!verdict.ok && verdict.detail).toMatch(/missing-help-lessons/);
  });

  it('refuses a pack with a blaming line, like the build does', () => {
    const pack = structuredClone(good);
    pack.texts.es!['end.safe.what'] = 'Fue tu culpa por contestar.';
    const verdict = acceptPack(JSON.stringify(pack), taken);
    expect(verdict).toMatchObject({ ok: false, reason: 'checker' });
  });
});
