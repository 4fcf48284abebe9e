import { describe, expect, it } from 'vitest';
import { readPack } from '../../../src/format/pack/read';
import { readScenarioIndex } from '../../../src/game/services/scenario-index';
import { buildAllPacks } from '../../../src/vite/scenarios';

const ROOT = process.cwd();

describe('the scenario packs the game loads', () => {
  const { index, packs } = buildAllPacks(ROOT);

  it('lists every shipped scenario in an index the game accepts', () => {
    const list = readScenarioIndex(JSON.parse(JSON.stringify(index)));
    expect(list.map((e) => e.id)).toContain('first-tournament');
    const entry = list.find((e) => e.id === 'first-tournament')!;
    expect(entry.endings).toBeGreaterThanOrEqual(2);
    for (const lang of ['es', 'pt-BR', 'en']) {
      expect(entry.texts[lang]?.title, lang).toBeTruthy();
      expect(entry.texts[lang]?.contentNote, lang).toBeTruthy();
      expect(entry.texts[lang]?.playerNote, lang).toBeTruthy();
      // The children's note is its own text, never the teacher's (which may name the twist).
      expect(entry.texts[lang]?.playerNote, lang).not.toBe(entry.texts[lang]?.contentNote);
    }
  });

  it('builds packs that pass the game-side validation', () => {
    for (const [id, json] of packs) {
      const { loaded, findings } = readPack(JSON.parse(json));
      expect(
        findings.filter((f) => f.severity === 'error'),
        id,
      ).toEqual([]);
      expect(loaded?.scenario.id).toBe(id);
    }
  });

  it('fails the build with the checker findings when a scenario has errors', () => {
    expect(() => buildAllPacks(ROOT, 'tests/fixtures/broken')).toThrow(
      /scenario checker found errors[\s\S]*error/,
    );
  });
});
