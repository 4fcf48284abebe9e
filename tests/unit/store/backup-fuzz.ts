/**
 * Hostile backup files, as an attacker makes them: a real export cut short,
 * damaged, spliced, or edited as JSON and signed again (a checksum is no
 * signature), with prototype keys, odd ids and any JSON in any place. The
 * property: loading one never throws; it ends in a refusal with a known
 * reason and nothing stored changed, or in an import that only added what
 * the file holds; no prototype is ever polluted. Used by the unit test (few
 * cases) and `npm run bench:fuzz` (10,000 or more).
 */
import fc from 'fast-check';
import { canonicalJson } from '../../../src/store/json-guard.js';
import { sha256Hex } from '../../../src/store/sha256.js';
import { BACKUP_REJECTIONS, createMemoryStore, type ProgressStore } from '../../../src/store/index.js';
import { Clock, counterIds, engineState, transcript } from './helpers.js';

async function device(prefix: string): Promise<ProgressStore> {
  const clock = new Clock();
  const store = createMemoryStore({ now: clock.now, newId: counterIds(prefix) });
  const fox = await store.createProfile({
    nickname: 'Fox7',
    avatar: 'fox',
    ageBand: '11-14',
    classCode: '7A',
  });
  const owl = await store.createProfile({ nickname: 'Owl', avatar: 'owl', ageBand: '7-11' });
  await store.addAttempt({ profileId: fox.id, transcript: transcript('gift-card', clock.time) });
  await store.addAttempt({ profileId: owl.id, transcript: transcript('job-offer', clock.time + 1) });
  await store.putState(fox.id, 'job-offer', engineState('job-offer', 4));
  await store.updateSettings(owl.id, { textScale: 2, highContrast: true });
  return store;
}

/** What a store holds, as its own backup's data (the one complete view the API gives). */
async function holdings(store: ProgressStore): Promise<Record<string, unknown[]>> {
  return (JSON.parse(await store.exportBackup()) as { data: Record<string, unknown[]> }).data;
}

async function resign(file: Record<string, unknown>): Promise<string> {
  const { sha256: _old, ...body } = file;
  return JSON.stringify({ ...body, sha256: await sha256Hex(canonicalJson(body)) });
}

/** Every path to a value inside `value`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

const oddStrings = fc.constantFrom(
  '\ud800',
  'a/b',
  '',
  'x'.repeat(65),
  '__proto__',
  'constructor',
  '<b>7A</b>',
  '../..',
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  oddStrings,
  fc.constant({ __proto__: { polluted: 1 } }),
);

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'splice'; at: number; remove: number; insert: string }
  | { kind: 'edit'; pick: number; value: unknown; resign: boolean }
  | { kind: 'proto-key'; pick: number; key: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.nat({ max: 40 }),
    insert: fc.string({ maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    value: hostileValue,
    resign: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('proto-key' as const),
    pick: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
);

async function apply(text: string, m: Mutation): Promise<string> {
  switch (m.kind) {
    case 'cut':
      return text.slice(0, m.at % text.length);
    case 'flip': {
      const at = m.at % text.length;
      return text.slice(0, at) + m.char + text.slice(at + 1);
    }
    case 'splice': {
      const at = m.at % text.length;
      return text.slice(0, at) + m.insert + text.slice(at + m.remove);
    }
    case 'edit': {
      const file = JSON.parse(text) as Record<string, unknown>;
      const all = paths(file.data, ['data']);
      setAt(file, all[m.pick % all.length]!, m.value);
      return m.resign ? resign(file) : JSON.stringify(file);
    }
    case 'proto-key': {
      // Written as text: an object literal would not keep the key.
      const file = JSON.parse(text) as Record<string, unknown>;
      const objects = paths(file.data, ['data']).filter((p) => {
        let node: unknown = file;
        for (const k of p) node = (node as Record<string | number, unknown>)[k];
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const target = objects[m.pick % objects.length]!;
      const marker = '"__fuzz_marker__":1';
      setAt(file, [...target, '__fuzz_marker__'], 1);
      const signed = await resign(file);
      return signed.replace(marker, `"${m.key}":{"polluted":true},${marker}`);
    }
  }
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

export interface FuzzTally {
  refused: Record<string, number>;
  imported: number;
}

/** The property over `runs` mutated files (1–3 mutations each). */
export async function fuzzBackups(runs: number, seed?: number): Promise<FuzzTally> {
  const source = await device('src');
  const text = await source.exportBackup();
  const tally: FuzzTally = { refused: {}, imported: 0 };
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      let hostile = text;
      for (const m of mutations) {
        if (hostile.length === 0) break;
        try {
          hostile = await apply(hostile, m);
        } catch {
          // An earlier mutation left text that is not JSON: a JSON-level edit is not possible.
        }
      }
      const target = await device('dst');
      const problems: unknown[] = [];
      target.onProblem((p) => problems.push(p));
      const before = await holdings(target);
      const result = await target.importBackup(hostile); // must not throw
      if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_KEYS)
        throw new Error('Object.prototype was changed');
      if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('a prototype was polluted');
      const after = await holdings(target);
      if (!result.ok) {
        if (!(BACKUP_REJECTIONS as readonly string[]).includes(result.reason))
          throw new Error(`unknown reason ${result.reason}`);
        if (JSON.stringify(after) !== JSON.stringify(before))
          throw new Error(`refused (${result.reason}) yet changed`);
        tally.refused[result.reason] = (tally.refused[result.reason] ?? 0) + 1;
        return;
      }
      // Imported: only added; everything that was there is there unchanged.
      for (const [table, records] of Object.entries(before)) {
        const now = new Set(after[table]!.map((r) => JSON.stringify(r)));
        for (const record of records)
          if (!now.has(JSON.stringify(record))) throw new Error(`${table}: a record changed`);
      }
      if (problems.length > 0)
        throw new Error(`stored records unreadable after import: ${JSON.stringify(problems)}`);
      tally.imported++;
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return tally;
}
