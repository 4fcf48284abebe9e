/**
 * The studio's remembering checker (StoryChecker) against the plain one: over
 * random sequences of edits to a real story's files — a character typed or
 * deleted, a line removed, doubled or swapped for one from elsewhere, a file
 * put back as it was, a comment added (which changes no data, so the last
 * reading of the data is kept), a table added or dropped — it reports exactly the
 * findings `checkScenario` reports for the same files, in the same order.
 * A value swapped for another written under the same key elsewhere (a
 * message's sender, a typing time, a goto, a count) keeps the file valid, so
 * the checker validates only the changed nodes (revalidate.ts) and the
 * tables' analyses keep their findings while their view of the logic file
 * reads the same (table-view.ts).
 * This is what makes reusing a file's reading and an analysis's findings
 * safe: an analysis that reads a table but is listed as reading only the
 * logic file, or a view that leaves out something a table analysis needs,
 * keeps stale findings here and fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkScenario, StoryChecker } from '../../../src/format/check/index.js';
import { readScenarioSource } from '../../../src/cli/read-scenario.js';
import type { ScenarioSource, SourceFile } from '../../../src/format/load.js';
import { fixture } from './fixtures.js';
import { readdirSync } from 'node:fs';
import { assembleStory } from '../../../src/format/pack/compile.js';
import { exploreStory } from '../../../src/format/check/state-space.js';
import { loadScenario } from '../../../src/format/load.js';

const story = readScenarioSource(join('scenarios', 'the-secret-gift'))!;
/**
 * Where edits start: a clean shipped story, and small ones that already have
 * findings in their logic file or tables (so an edit that moves lines must
 * move those findings too), one of them inside a condition's text.
 */
const starts: ScenarioSource[] = [
  story,
  // Messages that pass a count to plural lines.
  readScenarioSource(join('scenarios', 'the-password'))!,
  ...['unreachable-node', 'stale-translation', 'expression-syntax', 'trapped', 'long-sentence'].map((name) =>
    fixture('broken', name),
  ),
];

type Edit =
  | { kind: 'type'; file: number; at: number; char: string }
  | { kind: 'delete'; file: number; at: number }
  | { kind: 'drop-line'; file: number; line: number }
  | { kind: 'double-line'; file: number; line: number }
  | { kind: 'borrow-line'; file: number; line: number; from: number; fromLine: number }
  | { kind: 'comment'; file: number; line: number; inline: boolean }
  | { kind: 'swap-value'; file: number; line: number; from: number }
  | { kind: 'restore'; file: number }
  | { kind: 'drop-table'; file: number }
  | { kind: 'add-table'; lang: string; from: number };

const fileIndex = fc.nat(20);
const spot = fc.nat(1_000_000);
const edits: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      file: fileIndex,
      at: spot,
      char: fc.constantFrom('x', ' ', ':', '"', '-', '\n', 'é', '#', '1'),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fileIndex, at: spot }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('drop-line' as const), file: fileIndex, line: spot }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('double-line' as const), file: fileIndex, line: spot }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('borrow-line' as const),
      file: fileIndex,
      line: spot,
      from: fileIndex,
      fromLine: spot,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('comment' as const),
      file: fileIndex,
      line: spot,
      inline: fc.boolean(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('swap-value' as const),
      file: fileIndex,
      line: spot,
      from: spot,
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('restore' as const), file: fileIndex }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('drop-table' as const), file: fileIndex }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('add-table' as const),
      lang: fc.constantFrom('es-AR', 'fr', 'Bad'),
      from: fileIndex,
    }),
    weight: 1,
  },
);

const lines = (text: string) => text.split('\n');

/** Applies one edit; the logic file is never removed, a table may be. */
function apply(current: ScenarioSource, edit: Edit): ScenarioSource {
  const all = [current.scenario, ...current.texts];
  const pick = (i: number) => all[i % all.length]!;
  const replace = (target: SourceFile, text: string): ScenarioSource => ({
    ...current,
    scenario: target === current.scenario ? { ...target, text } : current.scenario,
    texts: current.texts.map((t) => (t === target ? { ...t, text } : t)),
  });
  switch (edit.kind) {
    case 'type': {
      const f = pick(edit.file);
      const at = edit.at % (f.text.length + 1);
      return replace(f, f.text.slice(0, at) + edit.char + f.text.slice(at));
    }
    case 'delete': {
      const f = pick(edit.file);
      if (f.text.length === 0) return current;
      const at = edit.at % f.text.length;
      return replace(f, f.text.slice(0, at) + f.text.slice(at + 1));
    }
    case 'drop-line':
    case 'double-line': {
      const f = pick(edit.file);
      const ls = lines(f.text);
      const i = edit.line % ls.length;
      ls.splice(i, edit.kind === 'drop-line' ? 1 : 0, ...(edit.kind === 'double-line' ? [ls[i]!] : []));
      return replace(f, ls.join('\n'));
    }
    case 'borrow-line': {
      const f = pick(edit.file);
      const from = lines(pick(edit.from).text);
      const ls = lines(f.text);
      ls[edit.line % ls.length] = from[edit.fromLine % from.length]!;
      return replace(f, ls.join('\n'));
    }
    case 'comment': {
      // Text that changes no data (outside block scalars): a comment line, or one after a value.
      const f = pick(edit.file);
      const ls = lines(f.text);
      const i = edit.line % ls.length;
      if (edit.inline) ls[i] = `${ls[i]!} # a note`;
      else ls.splice(i, 0, '# a note');
      return replace(f, ls.join('\n'));
    }
    case 'swap-value': {
      // `key: value` lines: the value of one becomes that of another line with the same key.
      const f = pick(edit.file);
      const ls = lines(f.text);
      const pair = /^(\s*(?:- )?)([A-Za-z]+): (.+)$/;
      const keyed = ls.flatMap((l, i) => (pair.test(l) ? [i] : []));
      if (keyed.length === 0) return current;
      const i = keyed[edit.line % keyed.length]!;
      const [, indent, key] = ls[i]!.match(pair)!;
      const values = ls.flatMap((l) => {
        const m = l.match(pair);
        return m && m[2] === key ? [m[3]!] : [];
      });
      ls[i] = `${indent}${key}: ${values[edit.from % values.length]!}`;
      return replace(f, ls.join('\n'));
    }
    case 'restore': {
      const f = pick(edit.file);
      const original = starts.flatMap((o) => [o.scenario, ...o.texts]).find((o) => o.path === f.path);
      return original ? replace(f, original.text) : current;
    }
    case 'drop-table': {
      if (current.texts.length === 0) return current;
      const gone = current.texts[edit.file % current.texts.length]!;
      return { ...current, texts: current.texts.filter((t) => t !== gone) };
    }
    case 'add-table': {
      const path = `${current.folder}/text/${edit.lang}.yaml`;
      if (current.texts.some((t) => t.path === path)) return current;
      return { ...current, texts: [...current.texts, { path, text: pick(edit.from).text }] };
    }
  }
}

describe('the remembering checker', () => {
  it('reports exactly what a fresh check reports, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.array(edits, { minLength: 1, maxLength: 5 }),
        (start, sequence) => {
          const checker = new StoryChecker();
          let current: ScenarioSource = start;
          expect(checker.check(current).findings).toEqual(checkScenario(current));
          for (const edit of sequence) {
            current = apply(current, edit);
            expect(checker.check(current).findings).toEqual(checkScenario(current));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('re-reads nothing when a check repeats, and starts over for another story', () => {
    const checker = new StoryChecker();
    const first = checker.check(story).findings;
    expect(checker.check({ ...story }).findings).toEqual(first);
    const other = readScenarioSource(join('scenarios', 'the-password'))!;
    expect(checker.check(other).findings).toEqual(checkScenario(other));
    expect(checker.check(story).findings).toEqual(checkScenario(story));
  });

  it('hands back the logic file as read, for the map, and nothing when YAML refuses it', () => {
    const checker = new StoryChecker();
    const read = checker.check(story).logicValue as { id?: string };
    expect(read.id).toBe('the-secret-gift');
    const broken = { ...story, scenario: { ...story.scenario, text: 'id: [unclosed' } };
    expect(checker.check(broken).logicValue).toBeUndefined();
  });

  it('answers quickly without the state explorer, then completes with its findings', () => {
    const trapped = fixture('broken', 'trapped');
    const checker = new StoryChecker();
    const quick = checker.check(trapped, { quick: true });
    expect(quick.complete).toBe(false);
    expect(quick.findings.map((f) => f.code)).not.toContain('trapped');
    const full = checker.check(trapped);
    expect(full.complete).toBe(true);
    expect(full.findings).toEqual(checkScenario(trapped));
    expect(full.findings.map((f) => f.code)).toContain('trapped');
    // A story that does not validate runs no analysis: the quick answer is the whole answer.
    const broken = { ...trapped, scenario: { ...trapped.scenario, text: 'id: [unclosed' } };
    expect(checker.check(broken, { quick: true }).complete).toBe(true);
  });

  // The state explorer's last search is kept by the compiled story without its
  // messages (play-states.ts): that is only right while no rule of play reads
  // a message. Every shipped story explores the same with its messages gone.
  it('explores every shipped story the same without its messages', () => {
    for (const folder of readdirSync('scenarios', { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const { loaded } = loadScenario(readScenarioSource(join('scenarios', folder.name))!);
      if (!loaded) throw new Error(`${folder.name} does not load`);
      const story = assembleStory(loaded.scenario);
      const silent = {
        ...story,
        nodes: Object.fromEntries(Object.entries(story.nodes).map(([id, n]) => [id, { ...n, messages: [] }])),
      };
      expect(exploreStory(silent), folder.name).toEqual(exploreStory(story));
    }
  });
});
